// UTF-8 to code points and back, for the algorithms that count letters ("ü" is one letter):
// the CISTEM stemmer and the spelling index. Malformed bytes become U+FFFD instead of failing,
// because these run on text that was validated, or is only being compared, elsewhere.
#pragma once

#include <string>
#include <string_view>

namespace querverweis {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Each byte that does not start a well-formed sequence becomes U+FFFD.
std::u32string decodeUtf8Lenient(std::string_view text);

// Code points UTF-8 cannot carry (surrogates, above U+10FFFF) are dropped, so the output is
// always valid UTF-8.
void appendUtf8(std::string& out, char32_t codePoint);

}  // namespace querverweis
