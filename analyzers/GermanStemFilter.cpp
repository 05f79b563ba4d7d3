#include "analyzers/GermanStemFilter.h"

#include "analyzers/TokenTypes.h"

namespace querverweis {

GermanStemFilter::GermanStemFilter(const Lucene::TokenStreamPtr& input, const LookupKeys& keys)
    : Lucene::TokenFilter(input), keys_(keys) {
  termAtt_ = addAttribute<Lucene::TermAttribute>();
  typeAtt_ = addAttribute<Lucene::TypeAttribute>();
}

bool GermanStemFilter::incrementToken() {
  if (!input->incrementToken()) {
    return false;
  }
  if (typeAtt_->type() != token_type::kAbbreviation) {
    termAtt_->setTermBuffer(keys_.stem(std::wstring_view(termAtt_->term())));
  }
  return true;
}

}  // namespace querverweis
