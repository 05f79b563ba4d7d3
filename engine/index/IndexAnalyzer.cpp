#include "engine/index/IndexAnalyzer.h"

#include "engine/index/IndexSchema.h"

namespace querverweis {

GermanAnalyzerPtr indexAnalyzer(const AnalysisConfig& config,
                                std::shared_ptr<const LanguageData> language) {
  std::vector<Lucene::String> wholeWordFields = {schema::kTitle, schema::kAliases, schema::kTags,
                                                 schema::kBody, schema::kAnchors};
  return Lucene::newLucene<GermanAnalyzer>(config, std::move(language), wholeWordFields);
}

}  // namespace querverweis
