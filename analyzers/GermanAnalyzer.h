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

// The steps of the chain in order, for showing what each one does (the analysis view); a stream
// built up to a step stops after it.
enum class AnalysisStep { Tokens, LowerCase, StopWords, Normalization, CompoundParts, Stems };

class GermanAnalyzer : public Lucene::Analyzer {
 public:
  GermanAnalyzer(AnalysisConfig config, std::shared_ptr<const LanguageData> language,
                 std::vector<Lucene::String> wholeWordFields = {});

  Lucene::TokenStreamPtr tokenStream(const Lucene::String& fieldName,
                                     const Lucene::ReaderPtr& reader) override;
  // The same recipe cut after `last`; steps switched off in the configuration are left out as
  // in tokenStream(). REQUIRES: not the "baseline" configuration.
  Lucene::TokenStreamPtr tokenStreamUpTo(const Lucene::String& fieldName,
                                         const Lucene::ReaderPtr& reader, AnalysisStep last);
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
