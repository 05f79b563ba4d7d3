// Runs an analyzer over a UTF-8 text and returns its tokens with byte offsets into that text
// (AnalyzedToken.h): the one bridge from Lucene++'s token streams, which count in wchar_t code
// points, to the byte offsets of the API contracts.
#pragma once

#include <string_view>
#include <vector>

#include "analyzers/AnalyzedToken.h"
#include "analyzers/LuceneSupport.h"

namespace querverweis {

// `field` picks the analyzer's per-field behaviour; the default gives words with their compound
// parts, as queries, linking and snippets need.
std::vector<AnalyzedToken> analyzeText(const Lucene::AnalyzerPtr& analyzer, std::string_view text,
                                       const wchar_t* field = L"text");

}  // namespace querverweis
