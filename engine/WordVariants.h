// Forms of a typed word that the stemmer does not bring together, for query expansion:
// Latin plurals ("Jugendzentrum" ↔ "Jugendzentren"), participles of separable verbs
// ("angezeigt" → "anzeigt", meeting "Anzeige"), and the nouns a verb names ("wirkt" →
// "Wirkung", "gemobbt" → "Mobbing"). Candidates only: the caller keeps those its index knows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace querverweis {

// Other inflected surface forms of `word` (UTF-8, as typed), without `word` itself.
std::vector<std::string> inflectionVariants(std::string_view word);

// Index terms of nouns derived from a verb stem: "wirk" → "wirkung", "mobb" → "mobbing".
std::vector<std::wstring> derivedNounTerms(const std::wstring& verbStem);

// True for a capitalised infinitive used as a noun: "Kiffen", "Wegschauen".
bool looksNominalisedInfinitive(std::string_view word);

}  // namespace querverweis
