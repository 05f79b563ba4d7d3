#include "analyzers/GermanStopwords.h"

#include "analyzers/WordLists.h"
#include "analyzers/text/Utf8.h"

namespace querverweis {

const std::vector<std::wstring>& germanStopwords() {
  static const std::vector<std::wstring> words = [] {
    std::vector<std::wstring> wide;
    for (const std::string& word : wordList("german-stopwords")) {
      wide.push_back(toWide(word));
    }
    return wide;
  }();
  return words;
}

}  // namespace querverweis
