// Runs the analysis chain over a UTF-8 text and returns its tokens with byte offsets into that
// text, the common currency of query building, snippets and linking:
//   "Bürgersprechstunden" → {burgersprechstund, pos 0, bytes 0–20, word},
//                            {burg, pos 0, bytes 0–20, compound_part}, …
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzers/LuceneSupport.h"

namespace querverweis {

struct AnalyzedToken {
  std::wstring term;
  std::wstring type;
  int position = 0;       // 0-based; tokens at one position are alternatives
  std::size_t begin = 0;  // byte offsets into the analyzed text
  std::size_t end = 0;
};

// `field` picks the analyzer's per-field behaviour; the default gives words with their compound
// parts, as queries, linking and snippets need.
std::vector<AnalyzedToken> analyzeText(const Lucene::AnalyzerPtr& analyzer, std::string_view text,
                                       const wchar_t* field = L"text");

// The terms at the first token of each position, joined by spaces: a normalized key for
// comparing whole names ("Kommunale Präventionsräte" → "kommunal praventionsrat").
std::wstring headTermKey(const std::vector<AnalyzedToken>& tokens);

}  // namespace querverweis
