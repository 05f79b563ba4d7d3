// The grammar rules the linker applies around a match, telling from the neighbouring words that a
// name is used in another sense: a lower-case "sucht" is a verb, "50 Zoll" a unit,
// "110 Teilnehmende" a count, "Es ist OK" an interjection; and the separators of coordinations
// ("Jugend- und Opferschutz"). They read only the words next to a match and know nothing about
// its topic. Word shapes and inflection are the text toolkit's (analyzers/text/).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace querverweis {

// For abbreviations: the letters of `text` begin with exactly the letters of `name`, case
// included, and continue in lower case only: "PKS" ~ "PKS", "IHKs" ~ "IHK", "ok" !~ "OK".
bool sameCase(std::string_view name, std::string_view text);

// A separator " und ", " oder ", " sowie " between two words.
bool isConjunction(const std::wstring& separator);
// What may follow a truncated word in a coordination: "-", "-, ", "- und ", "- oder ".
bool isCoordinationGap(const std::wstring& separator);

struct NameTraits {
  bool caseSensitive = false;  // an abbreviation: a word with two capitals (PKS, GewSchG)
  bool noun = false;           // its last word is capitalised: a German noun
  bool number = false;         // digits only ("110")
  bool measure = false;        // also a unit of measure (Zoll, Fuß, Pfund)
  bool interjection = false;   // also an interjection (OK)
  bool abstractAlias = false;  // a one-word alias that is an abstract noun (Abhängigkeit)
};

// `folded`: the name lower-cased, umlaut-folded, letters only (LookupKeys::foldLetters).
NameTraits nameTraits(std::string_view surface, std::wstring_view folded, bool title);

struct SenseQuery {
  std::string_view text;
  std::size_t begin = 0;  // the mention, bytes
  std::size_t end = 0;
  std::size_t nounBegin = 0;  // the word standing for the name's last word
  bool insideWord = false;    // the name is only part of the mention's word (compound)
};

enum class Sense {
  Intended,
  Narrowed,  // an alias narrowed by an adjective, perhaps to another sense
  Other,     // the grammar says: another sense
};

// The rules, in order (each derived from German grammar, not from particular texts):
// - German capitalises nouns: a noun name matched by a lower-case word is a verb or adjective
//   ("sucht", "betrug", "einbruchhemmende").
// - A capitalised word at the start of a sentence followed by a personal pronoun is a verb
//   ("Sucht er …").
// - A unit of measure after a number or a quantifying article ("50 Zoll", "keinen Zoll").
// - A number followed by a noun or unit counts something ("110 Teilnehmende"), after a noun it is
//   a value ("Tempo 110").
// - An interjection in quotes or next to a form of "sein" ("„OK“", "es ist OK").
// - An abstract one-word alias after a derived adjective may be narrowed to another sense
//   ("finanzieller Abhängigkeit" is no addiction); concrete nouns and titles keep their sense.
Sense senseOf(const NameTraits& traits, const SenseQuery& query);

}  // namespace querverweis
