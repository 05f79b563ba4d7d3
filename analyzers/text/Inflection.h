// German inflection rules on single words, without a lexicon: which endings inflection adds
// ("Präventionsräten" ~ "Präventionsrat"), how a word stands inside a compound ("Schule" as
// "Schul-" in "Schulhof", "Beratungsstelle" as the head of "Fachberatungsstellen"), and forms a
// stemmer does not bring together (Latin plurals "Zentrum"/"Zentren", separable participles
// "angezeigt" → "anzeigt", a verb's nouns "wirk" → "wirkung"). Words are lower-case and
// umlaut-folded where the signature says "folded"; irregular forms (ging/gehen) are not known.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace querverweis {

// The folded word and what is left of it without each inflectional ending it has (-e, -n, -en,
// -s, -es, -er, -ern, -em, -nen, -ns, -ens), keeping at least three letters:
// "handelskammern" → handelskammern, handelskammer, handelskamme.
std::vector<std::wstring> inflectionBases(const std::wstring& folded);

// True if two folded words can be forms of one word: equal once each loses an inflectional
// ending. "praventionsraten" ~ "praventionsrat"; "selbstverwaltung" !~ "selbstverwalter".
bool inflectedForms(const std::wstring& a, const std::wstring& b);

enum class PartPlace { Modifier, Middle, Head };
// Whether the folded compound `word` shows the folded `name` where a splitter found it: a
// modifier as the name itself or without a final -e/-n/-en (Schule → Schulhof), a head with an
// inflectional ending at most (Beratungsstelle → Fachberatungsstellen).
bool partStandsInWord(const std::wstring& word, const std::wstring& name, PartPlace place);

// Other inflected surface forms of `word` (UTF-8, as typed) that a stemmer misses: the Latin
// plural or singular, and for a lower-case word the participle of a separable verb without its
// "ge". Candidates only: callers keep those their index knows.
std::vector<std::string> inflectionVariants(std::string_view word);

// Index terms of nouns derived from a verb stem: "wirk" → "wirkung", "mobb" → "mobbing".
std::vector<std::wstring> derivedNounTerms(const std::wstring& verbStem);

}  // namespace querverweis
