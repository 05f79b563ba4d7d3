// One token of analyzed text with byte offsets into that text, the common currency of query
// building, snippets and linking: "Bürgersprechstunden" → {burgersprechstu, pos 0, bytes 0–20,
// word}, {burg, pos 0, bytes 0–20, compound_part}, … No Lucene++ here, so algorithms on tokens
// (the linker's matcher) are testable with hand-made tokens.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace querverweis {

struct AnalyzedToken {
  std::wstring term;
  std::wstring type;      // analyzers/TokenTypes.h
  int position = 0;       // 0-based; tokens at one position are alternatives
  std::size_t begin = 0;  // byte offsets into the analyzed text
  std::size_t end = 0;
};

// A text analysis: words with their compound parts, as GermanAnalyzer gives them for queries.
using AnalyzeFunction = std::function<std::vector<AnalyzedToken>(std::string_view text)>;

// The terms at the first token of each position, joined by spaces: a normalized key for
// comparing whole names ("Kommunale Präventionsräte" → "kommunal praventionsrat").
std::wstring headTermKey(const std::vector<AnalyzedToken>& tokens);

}  // namespace querverweis
