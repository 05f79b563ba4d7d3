// The German analysis chain, one recipe for indexing and for queries so the two cannot drift:
//   GermanTokenizer → LowerCaseFilter → StopFilter (German) → GermanNormalizationFilter
//   → CompoundSplitFilter → GermanStemFilter
// "Bürgersprechstunden" → burgersprechstu + parts burg / sprechstu at the same position.
// Steps switched off in the AnalysisConfig are left out; "baseline" is Lucene++'s
// StandardAnalyzer. Synonyms and typo correction are query-time steps of the searcher, not here.
// Compound parts depend on the field: whole-word fields get none, fields named "…_parts" get
// only the parts, every other field (queries, linking, snippets) the word and its parts.
#pragma once

#include <memory>
#include <vector>

#include "analyzers/LanguageData.h"
#include "analyzers/LookupKeys.h"
#include "analyzers/LuceneSupport.h"

namespace querverweis {

class GermanAnalyzer : public Lucene::Analyzer {
 public:
  GermanAnalyzer(AnalysisConfig config, std::shared_ptr<const LanguageData> language,
                 std::vector<Lucene::String> wholeWordFields = {});

  Lucene::TokenStreamPtr tokenStream(const Lucene::String& fieldName,
                                     const Lucene::ReaderPtr& reader) override;
  // Keeps phrases from matching across two aliases of one entry.
  int32_t getPositionIncrementGap(const Lucene::String& fieldName) override;

  const AnalysisConfig& config() const { return config_; }
  const LanguageData& language() const { return *language_; }
  // The normalize-only recipe of this chain, for lookup keys.
  const LookupKeys& keys() const { return keys_; }

 private:
  AnalysisConfig config_;
  std::shared_ptr<const LanguageData> language_;
  std::vector<Lucene::String> wholeWordFields_;
  LookupKeys keys_;
  Lucene::AnalyzerPtr standard_;
};

using GermanAnalyzerPtr = boost::shared_ptr<GermanAnalyzer>;

}  // namespace querverweis
