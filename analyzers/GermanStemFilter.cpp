#include "analyzers/GermanStemFilter.h"

#include <algorithm>

#include "analyzers/TokenTypes.h"

namespace querverweis {

namespace {

bool hasDigit(const Lucene::String& term) {
  return std::any_of(term.begin(), term.end(), [](wchar_t c) { return c >= L'0' && c <= L'9'; });
}

}  // namespace

GermanStemFilter::GermanStemFilter(const Lucene::TokenStreamPtr& input,
                                   std::shared_ptr<Stemmer> stemmer)
    : Lucene::TokenFilter(input), stemmer_(std::move(stemmer)) {
  termAtt_ = addAttribute<Lucene::TermAttribute>();
  typeAtt_ = addAttribute<Lucene::TypeAttribute>();
}

bool GermanStemFilter::incrementToken() {
  if (!input->incrementToken()) {
    return false;
  }
  Lucene::String term = termAtt_->term();
  if (typeAtt_->type() == token_type::kAbbreviation || hasDigit(term)) {
    return true;
  }
  std::string stemmed = stemmer_->stem(Lucene::StringUtils::toUTF8(term));
  termAtt_->setTermBuffer(Lucene::StringUtils::toUnicode(stemmed));
  return true;
}

}  // namespace querverweis
