#include "analyzers/GermanNormalizationFilter.h"

namespace querverweis {

GermanNormalizationFilter::GermanNormalizationFilter(const Lucene::TokenStreamPtr& input,
                                                     const GermanNormalizer& normalizer)
    : Lucene::TokenFilter(input), normalizer_(normalizer) {
  termAtt_ = addAttribute<Lucene::TermAttribute>();
}

bool GermanNormalizationFilter::incrementToken() {
  if (!input->incrementToken()) {
    return false;
  }
  termAtt_->setTermBuffer(normalizer_.normalize(termAtt_->term()));
  return true;
}

}  // namespace querverweis
