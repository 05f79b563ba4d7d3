// Token filter that stems every word token with a Stemmer ("einbrüche" → "einbruch").
// Abbreviations ("acab", "pks") and tokens with digits pass unchanged, since stemming them
// only invents collisions. It does not normalize umlauts; put GermanNormalizationFilter first.
#pragma once

#include <memory>

#include "analyzers/LuceneSupport.h"
#include "analyzers/Stemmer.h"

namespace querverweis {

class GermanStemFilter : public Lucene::TokenFilter {
 public:
  GermanStemFilter(const Lucene::TokenStreamPtr& input, std::shared_ptr<Stemmer> stemmer);

  bool incrementToken() override;

 private:
  std::shared_ptr<Stemmer> stemmer_;
  Lucene::TermAttributePtr termAtt_;
  Lucene::TypeAttributePtr typeAtt_;
};

}  // namespace querverweis
