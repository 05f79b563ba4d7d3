// Token filter that stems every word token by the analyzer's LookupKeys recipe ("einbruche" →
// "einbruch"), so index terms and lookup keys are stemmed alike. Abbreviations ("acab", "pks")
// and tokens with digits pass unchanged, since stemming them only invents collisions. It does
// not normalize umlauts; put GermanNormalizationFilter first.
#pragma once

#include "analyzers/LookupKeys.h"
#include "analyzers/LuceneSupport.h"

namespace querverweis {

class GermanStemFilter : public Lucene::TokenFilter {
 public:
  // The keys are shared, read-only, and must outlive the filter.
  GermanStemFilter(const Lucene::TokenStreamPtr& input, const LookupKeys& keys);

  bool incrementToken() override;

 private:
  const LookupKeys& keys_;
  Lucene::TermAttributePtr termAtt_;
  Lucene::TypeAttributePtr typeAtt_;
};

}  // namespace querverweis
