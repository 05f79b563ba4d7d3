#include <memory>

#include "analyzers/AnalyzedText.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "querverweis/Analysis.h"
#include "querverweis/Error.h"
#include "querverweis/Limits.h"

namespace querverweis {

std::vector<AnalyzedTerm> analyze(std::string_view text, const AnalysisConfig& config,
                                  const LanguageDataPaths& paths) {
  return guarded("analyze", [&] {
    checkUtf8(text, "the text");
    auto language = std::make_shared<const LanguageData>(LanguageDataOptions{paths.wordList});
    Lucene::AnalyzerPtr analyzer = Lucene::newLucene<GermanAnalyzer>(config, language);
    std::vector<AnalyzedTerm> terms;
    for (const AnalyzedToken& token : analyzeText(analyzer, text)) {
      terms.push_back(
          {toUtf8(token.term), toUtf8(token.type), token.position, token.begin, token.end});
    }
    return terms;
  });
}

}  // namespace querverweis
