#include <memory>

#include "analyzers/AnalyzedText.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"
#include "engine/boundary/Boundary.h"
#include "querverweis/Analysis.h"
#include "querverweis/Error.h"

namespace querverweis {

std::vector<AnalyzedTerm> analyze(std::string_view text, const AnalysisConfig& config,
                                  const LanguageDataPaths& paths) {
  return guarded("analyze", [&] {
    if (auto bad = firstInvalidUtf8(text)) {
      throw Error(ErrorKind::InvalidArgument,
                  "the text is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
    }
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
