// What the German analysis chain makes of a text, step by step, for the page's analysis view and
// GET /api/analyze. "Bürgersprechstunden" goes
//   tokens: Bürgersprechstunden → lower case: bürgersprechstunden → stop words: (kept)
//   → normalization: burgersprechstunden → compound parts: + burg, sprechstunden
//   → stems: burgersprechstu, burg, sprechstu
// and each step says what changed against the one before. compareTerms() answers "do these two
// texts meet?" ("Häuser" and "Haus" both become "hau"). Query-time steps (synonyms, spelling
// correction) are not shown: they belong to the searcher, not to the chain.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/LuceneSupport.h"
#include "querverweis/Analysis.h"

namespace querverweis {

// `analyzer` must be the index's analyzer (a GermanAnalyzer, or the baseline's). The text is
// analyzed as a query would be: words and their compound parts.
std::vector<AnalysisStage> analysisStages(const Lucene::AnalyzerPtr& analyzer,
                                          std::string_view text);

TermComparison compareTerms(const Lucene::AnalyzerPtr& analyzer, std::string_view a,
                            std::string_view b);

}  // namespace querverweis
