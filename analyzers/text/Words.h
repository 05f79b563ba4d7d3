// Where the words of a text are: which characters make words, the words and characters around a
// byte offset, and white space. "Die Polizei warnt" has the words "Die", "Polizei", "warnt";
// the word before byte 4 is "Die", the character after byte 11 (white space skipped) is "w".
// A word here is a run of word characters: no abbreviation or hyphen rules (GermanTokenizer
// has those) and no case or umlaut folding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace querverweis {

// Letters of the Latin, Greek and Cyrillic scripts and ASCII digits.
bool isWordChar(char32_t c);
// A word character that is no digit.
inline bool isLetter(char32_t c) {
  return isWordChar(c) && !(c >= U'0' && c <= U'9');
}

// ASCII blank, tab, carriage return or line feed: the white space of the corpus format.
inline bool isAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
// White space including the no-break space (U+00A0).
inline bool isSpaceCodePoint(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0;
}

// Without ASCII white space at either end.
std::string_view trimSpaces(std::string_view text);

// Lower case, each run of ASCII white space one blank, everything else kept: "- und\n" →
// "- und ".
std::wstring foldSpacing(std::string_view text);

// Calls visit(word) for every maximal run of word characters of `text`.
template <typename Visit>
void forEachWord(std::wstring_view text, Visit&& visit) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && isWordChar(static_cast<char32_t>(text[i]))) {
      continue;
    }
    if (i > start) {
      visit(std::wstring(text.substr(start, i - start)));
    }
    start = i + 1;
  }
}

// The code point starting at byte `pos` (U+FFFD for a malformed byte, 0 at the end).
char32_t codePointAt(std::string_view text, std::size_t pos);
// The code point before `begin`, white space skipped; 0 at the start of the text.
char32_t charBefore(std::string_view text, std::size_t begin);
// The code point at or after `end`, white space skipped; 0 at the end of the text.
char32_t charAfter(std::string_view text, std::size_t end);
// The word ending right before `begin`, with only white space between; empty after punctuation.
std::string_view wordBefore(std::string_view text, std::size_t begin);
// The word starting at `end` after white space; empty if something else comes first.
std::string_view wordAfter(std::string_view text, std::size_t end);

}  // namespace querverweis
