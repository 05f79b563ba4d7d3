#include "engine/TermKey.h"

#include <algorithm>

#include "analyzers/CistemStemmer.h"
#include "analyzers/GermanStopwords.h"
#include "analyzers/GermanTokenizer.h"
#include "analyzers/LuceneSupport.h"

namespace querverweis {

namespace {

bool isStopword(const std::wstring& word) {
  static const std::vector<std::wstring> sorted = [] {
    std::vector<std::wstring> words = germanStopwords();
    std::sort(words.begin(), words.end());
    return words;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

std::string stem(const std::string& word) {
  static const CistemStemmer stemmer;  // stateless, safe to share between threads
  return stemmer.stem(word);
}

}  // namespace

std::string foldedWord(std::string_view word, const GermanNormalizer& normalizer) {
  std::wstring wide = Lucene::StringUtils::toUnicode(std::string(word));
  Lucene::CharFolder::toLower(wide.begin(), wide.end());
  return Lucene::StringUtils::toUTF8(normalizer.normalize(wide));
}

std::string termKey(std::string_view phrase, const GermanNormalizer& normalizer) {
  std::wstring wide = Lucene::StringUtils::toUnicode(std::string(phrase));
  Lucene::CharFolder::toLower(wide.begin(), wide.end());
  std::string key;
  GermanTokenizer::forEachWord(wide, [&](const std::wstring& word) {
    if (!isStopword(word)) {
      key +=
          (key.empty() ? "" : " ") + stem(Lucene::StringUtils::toUTF8(normalizer.normalize(word)));
    }
  });
  return key;
}

}  // namespace querverweis
