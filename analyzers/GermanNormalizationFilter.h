// Token filter applying GermanNormalizer to every token, so "Buergersprechstunde" and
// "Bürgersprechstunde" index and query as "burgersprechstunde". Offsets and positions are
// untouched; it expects lower-case tokens and does not stem.
#pragma once

#include "analyzers/LuceneSupport.h"
#include "analyzers/text/GermanNormalizer.h"

namespace querverweis {

class GermanNormalizationFilter : public Lucene::TokenFilter {
 public:
  // The normalizer is shared, read-only, and must outlive the filter.
  GermanNormalizationFilter(const Lucene::TokenStreamPtr& input,
                            const GermanNormalizer& normalizer);

  bool incrementToken() override;

 private:
  const GermanNormalizer& normalizer_;
  Lucene::TermAttributePtr termAtt_;
};

}  // namespace querverweis
