#include "analyzers/text/CaseFolding.h"

#include "analyzers/text/Utf8.h"

namespace querverweis {

// Hand-written: the ranges German text meets are a few lines, and the C library's towlower
// depends on the process locale, which a library must not.
char32_t lowerCase(char32_t c) {
  if (c < 0x80) {
    return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
  }
  if (c >= 0xC0 && c <= 0xDE) {
    return c == 0xD7 ? c : c + 0x20;  // × sits among the Latin-1 capitals
  }
  if (c >= 0x100 && c <= 0x17F) {
    // Latin Extended-A pairs capital and small letters, capital first; the pairs start on an
    // even code point except in 0x139–0x148 and 0x179–0x17E, which start on an odd one.
    const bool oddPairs = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (c == 0x130) {
      return U'i';
    }
    if (c == 0x138 || c == 0x149 || c == 0x17F) {
      return c;  // ĸ, ŉ, ſ have no capital partner
    }
    if (c == 0x178) {
      return 0xFF;  // Ÿ
    }
    return (c % 2 == 0) != oddPairs ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) {
    return c + 0x20;  // Greek capitals
  }
  if (c >= 0x410 && c <= 0x42F) {
    return c + 0x20;  // Cyrillic capitals
  }
  if (c >= 0x400 && c <= 0x40F) {
    return c + 0x50;  // Cyrillic Ѐ–Џ
  }
  if (c == 0x1E9E) {
    return 0xDF;  // ẞ → ß
  }
  return c;
}

char32_t upperCase(char32_t c) {
  if (c >= U'a' && c <= U'z') {
    return c - 0x20;
  }
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) {
    return c - 0x20;
  }
  if (c == 0xFF) {
    return 0x178;
  }
  if (c >= 0x100 && c <= 0x17F && c != 0x131) {
    return lowerCase(c - 1) == c ? c - 1 : c;
  }
  if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) {
    return c - 0x20;
  }
  if (c >= 0x430 && c <= 0x44F) {
    return c - 0x20;
  }
  if (c >= 0x450 && c <= 0x45F) {
    return c - 0x50;
  }
  return c;
}

std::string capitaliseFirst(std::string_view word) {
  if (word.empty()) {
    return {};
  }
  DecodedCodePoint first = decodeAt(word, 0);
  if (!first.valid) {
    return std::string(word);
  }
  std::string out;
  appendUtf8(out, upperCase(first.value));
  out.append(word.substr(first.length));
  return out;
}

std::string lowerUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    DecodedCodePoint decoded = decodeAt(text, i);
    if (decoded.valid) {
      appendUtf8(out, lowerCase(decoded.value));
    } else {
      out.push_back(text[i]);
    }
    i += decoded.length;
  }
  return out;
}

std::wstring lowerWide(std::wstring_view text) {
  std::wstring out(text);
  for (wchar_t& c : out) {
    c = static_cast<wchar_t>(lowerCase(static_cast<char32_t>(c)));
  }
  return out;
}

}  // namespace querverweis
