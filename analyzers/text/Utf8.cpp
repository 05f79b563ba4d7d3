#include "analyzers/text/Utf8.h"

#include <algorithm>

namespace querverweis {

// Hand-written: a few lines, and the decoders at hand (Lucene++'s StringUtils, iconv) replace
// bad bytes silently instead of saying where they are.
DecodedCodePoint decodeAt(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    return {lead, 1, true};
  }
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || pos + length > text.size()) {
    return {};
  }
  char32_t value = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if (!isContinuationByte(text[pos + k])) {
      return {};
    }
    value = (value << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  }
  constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kMinimum[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return {};
  }
  return {value, length, true};
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    DecodedCodePoint decoded = decodeAt(text, i);
    if (!decoded.valid) {
      return i;
    }
    i += decoded.length;
  }
  return std::nullopt;
}

std::u32string decodeUtf8Lenient(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    DecodedCodePoint decoded = decodeAt(text, i);
    out.push_back(decoded.value);
    i += decoded.length;
  }
  return out;
}

std::wstring toWide(std::string_view text) {
  std::wstring out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    DecodedCodePoint decoded = decodeAt(text, i);
    out.push_back(static_cast<wchar_t>(decoded.value));
    i += decoded.length;
  }
  return out;
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return;
    }
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp <= 0x10FFFF) {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string toUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) {
    appendUtf8(out, c);
  }
  return out;
}

std::string toUtf8(std::wstring_view text) {
  std::string out;
  out.reserve(text.size());
  for (wchar_t c : text) {
    appendUtf8(out, static_cast<char32_t>(c));
  }
  return out;
}

std::size_t codePointCount(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); i += decodeAt(text, i).length) {
    ++count;
  }
  return count;
}

std::size_t previousCodePointStart(std::string_view text, std::size_t pos) {
  do {
    --pos;
  } while (pos > 0 && isContinuationByte(text[pos]));
  return pos;
}

std::size_t lineOfOffset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

LineIndex::LineIndex(std::string_view text) {
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts_.push_back(i + 1);
  }
}

std::size_t LineIndex::lineOf(std::size_t offset) const {
  return 1 + static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) -
                                      starts_.begin());
}

std::vector<std::size_t> codePointByteOffsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  offsets.reserve(text.size() + 1);
  // Step like the lenient decoders, so a malformed byte is one code point here as well.
  for (std::size_t i = 0; i < text.size(); i += decodeAt(text, i).length) {
    offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

}  // namespace querverweis
