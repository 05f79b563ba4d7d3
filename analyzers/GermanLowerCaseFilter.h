// Token filter lower-casing every token with the project's one German case folding
// (text/CaseFolding.h), so index terms and lookup keys agree: "ÜBERSCHULDUNG" → "überschuldung",
// "GROẞ" → "groß". Offsets, positions and types are untouched; it folds no umlauts.
#pragma once

#include "analyzers/LuceneSupport.h"

namespace querverweis {

class GermanLowerCaseFilter : public Lucene::TokenFilter {
 public:
  explicit GermanLowerCaseFilter(const Lucene::TokenStreamPtr& input);

  bool incrementToken() override;

 private:
  Lucene::TermAttributePtr termAtt_;
};

}  // namespace querverweis
