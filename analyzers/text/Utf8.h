// UTF-8 for every part of querverweis: the one decoder, validator and encoder, and conversions
// between byte offsets (the unit of the API contracts) and code points (the unit of letters and
// of Lucene++'s wchar_t strings). "Bürger" is 7 bytes and 6 code points; its "ü" is one letter.
// Malformed input is never undefined behaviour: validation reports the first bad byte, and the
// lenient decoders turn each bad byte into U+FFFD.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace querverweis {

static_assert(sizeof(wchar_t) == 4, "wide strings hold one code point per wchar_t");

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct DecodedCodePoint {
  char32_t value = kReplacementCharacter;
  std::size_t length = 1;  // bytes consumed; 1 for a malformed byte
  bool valid = false;
};

// The code point starting at byte `pos` (REQUIRES: pos < text.size()). Overlong forms,
// surrogates, values above U+10FFFF and truncated sequences are invalid.
DecodedCodePoint decodeAt(std::string_view text, std::size_t pos);

// Byte offset of the first invalid sequence, or nullopt when the whole text is valid UTF-8.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// Each byte that does not start a well-formed sequence becomes U+FFFD.
std::u32string decodeUtf8Lenient(std::string_view text);
std::wstring toWide(std::string_view text);

// Code points UTF-8 cannot carry (surrogates, above U+10FFFF) are dropped, so the output is
// always valid UTF-8.
void appendUtf8(std::string& out, char32_t codePoint);
std::string toUtf8(std::u32string_view text);
std::string toUtf8(std::wstring_view text);

inline bool isContinuationByte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Letters of a word: code points, a malformed byte counting as one.
std::size_t codePointCount(std::string_view text);

// Start of the code point that ends right before byte `pos` (REQUIRES: 0 < pos <= size).
std::size_t previousCodePointStart(std::string_view text, std::size_t pos);

// Line number (1-based) of a byte offset.
std::size_t lineOfOffset(std::string_view text, std::size_t offset);

// Line numbers of many offsets into one text: the line starts once, then a binary search each,
// so that a 50 MB entry with a link on every line is located in linear time.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  std::size_t lineOf(std::size_t offset) const;  // 1-based, as lineOfOffset

 private:
  std::vector<std::size_t> starts_;  // byte offset of every line after the first
};

// byteOffsets[i] is the byte offset of code point i; the last element is text.size().
std::vector<std::size_t> codePointByteOffsets(std::string_view text);

}  // namespace querverweis
