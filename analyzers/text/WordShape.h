// What the spelling of one German word says about it, without a dictionary: German capitalises
// nouns ("Überschuldung", not "überprüft"), writes abbreviations with several capitals ("PKS",
// "GewSchG"), and builds abstract nouns and adjectives with a few suffixes ("Abhängigkeit",
// "finanzieller"). These are hints read from letters, so a capitalised word at the start of a
// sentence is no proof of a noun.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace querverweis {

// The first letter is a capital ("Überschuldung"; not "überprüft", "110").
bool startsCapitalised(std::string_view word);

// Capital letters in the word.
std::size_t capitalCount(std::string_view word);

// Only ASCII digits, and at least one.
bool isDigits(std::string_view word);

// Equal to one of `words` (lower-case) after lower-casing.
bool isOneOfLowered(std::string_view word, std::initializer_list<std::wstring_view> words);

// A lower-case, umlaut-folded noun built with an abstract suffix: "abhangigkeit", "vorbeugung".
bool hasAbstractNounSuffix(std::wstring_view folded);

// An inflected adjective built with a derivational suffix: "finanzieller", "sexualisierte".
// Articles and pronouns ("diese", "keine") have none.
bool isDerivedAdjective(std::string_view word);

// A capitalised infinitive used as a noun: "Kiffen", "Wegschauen".
bool looksNominalisedInfinitive(std::string_view word);

}  // namespace querverweis
