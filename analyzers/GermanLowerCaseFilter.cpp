#include "analyzers/GermanLowerCaseFilter.h"

#include "analyzers/text/CaseFolding.h"

namespace querverweis {

GermanLowerCaseFilter::GermanLowerCaseFilter(const Lucene::TokenStreamPtr& input)
    : Lucene::TokenFilter(input) {
  termAtt_ = addAttribute<Lucene::TermAttribute>();
}

bool GermanLowerCaseFilter::incrementToken() {
  if (!input->incrementToken()) {
    return false;
  }
  wchar_t* buffer = termAtt_->termBufferArray();
  const int32_t length = termAtt_->termLength();
  for (int32_t i = 0; i < length; ++i) {
    buffer[i] = static_cast<wchar_t>(lowerCase(static_cast<char32_t>(buffer[i])));
  }
  return true;
}

}  // namespace querverweis
