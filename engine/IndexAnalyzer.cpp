#include "engine/IndexAnalyzer.h"

#include "engine/IndexSchema.h"

namespace querverweis {

Lucene::AnalyzerPtr indexAnalyzer(const AnalysisConfig& config,
                                  std::shared_ptr<const LanguageData> language) {
  std::vector<Lucene::String> wholeWordFields = {schema::kTitle, schema::kAliases, schema::kTags,
                                                 schema::kBody, schema::kAnchors};
  return Lucene::newLucene<GermanAnalyzer>(config, std::move(language), wholeWordFields);
}

}  // namespace querverweis
