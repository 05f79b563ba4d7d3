// Lower-casing for German text, the one rule every part of querverweis uses, so that an index
// key, a lookup key and a displayed comparison never disagree: "ÜBERSCHULDUNG" → "überschuldung",
// "GROẞ" → "groß". Covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals, and
// the capital sharp s (U+1E9E). It does not fold umlauts or accents (GermanNormalizer does) and
// applies no locale rules (Turkish dotless i stays as it is).
#pragma once

#include <string>
#include <string_view>

namespace querverweis {

char32_t lowerCase(char32_t c);

// The capital of a small letter where lowerCase() has a pair for it; ß has none and stays.
char32_t upperCase(char32_t c);

// The word with its first letter capitalised: "trick" → "Trick", "übung" → "Übung".
std::string capitaliseFirst(std::string_view word);

// A letter that lowerCase() changes.
inline bool isUpperCase(char32_t c) {
  return lowerCase(c) != c;
}

// Malformed bytes pass through unchanged.
std::string lowerUtf8(std::string_view text);
std::wstring lowerWide(std::wstring_view text);

}  // namespace querverweis
