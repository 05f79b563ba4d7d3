#include "analyzers/text/Words.h"

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {

bool isWordChar(char32_t c) {
  if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')) {
    return true;
  }
  if (c >= 0xC0 && c <= 0x24F) {
    return c != 0xD7 && c != 0xF7;  // × and ÷ sit inside Latin-1's letter block
  }
  return (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x4FF) || c == 0x1E9E;
}

std::string_view trimSpaces(std::string_view text) {
  while (!text.empty() && isAsciiSpace(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && isAsciiSpace(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::wstring foldSpacing(std::string_view text) {
  std::wstring folded;
  bool space = false;
  for (wchar_t c : lowerWide(toWide(text))) {
    if (c == L' ' || c == L'\n' || c == L'\t' || c == L'\r') {
      space = true;
      continue;
    }
    if (space) {
      folded += L' ';
      space = false;
    }
    folded += c;
  }
  if (space) {
    folded += L' ';
  }
  return folded;
}

char32_t codePointAt(std::string_view text, std::size_t pos) {
  return pos < text.size() ? decodeAt(text, pos).value : 0;
}

char32_t charBefore(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  while (i > 0 && isAsciiSpace(text[i - 1])) {
    --i;
  }
  return i == 0 ? 0 : codePointAt(text, previousCodePointStart(text, i));
}

char32_t charAfter(std::string_view text, std::size_t end) {
  std::size_t i = end;
  while (i < text.size() && isAsciiSpace(text[i])) {
    ++i;
  }
  return codePointAt(text, i);
}

std::string_view wordBefore(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end > 0 && isAsciiSpace(text[end - 1])) {
    --end;
  }
  std::size_t start = end;
  while (start > 0) {
    std::size_t previous = previousCodePointStart(text, start);
    if (!isWordChar(codePointAt(text, previous))) {
      break;
    }
    start = previous;
  }
  return text.substr(start, end - start);
}

std::string_view wordAfter(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start < text.size() && isAsciiSpace(text[start])) {
    ++start;
  }
  std::size_t stop = start;
  while (stop < text.size()) {
    DecodedCodePoint decoded = decodeAt(text, stop);
    if (!isWordChar(decoded.value)) {
      break;
    }
    stop += decoded.length;
  }
  return text.substr(start, stop - start);
}

}  // namespace querverweis
