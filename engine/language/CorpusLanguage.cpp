#include "engine/language/CorpusLanguage.h"

#include <set>

#include "analyzers/text/Utf8.h"
#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

void collectWords(const std::string& text, std::set<std::string>& words) {
  forEachWord(toWide(text), [&](const std::wstring& word) {
    if (word.size() >= 3) {
      words.insert(toUtf8(word));
    }
  });
}

}  // namespace

std::shared_ptr<const LanguageData> languageDataForCorpus(const std::vector<Entry>& entries,
                                                          const std::string& wordListPath) {
  std::set<std::string> corpusWords;
  std::set<std::string> preferred;
  for (const Entry& entry : entries) {
    collectWords(entry.plainBody, corpusWords);
    collectWords(entry.title, preferred);
    for (const std::string& alias : entry.aliases) {
      collectWords(alias, preferred);
    }
  }
  LanguageDataOptions options;
  options.wordListPath = wordListPath;
  options.corpusWords.assign(corpusWords.begin(), corpusWords.end());
  options.preferredWords.assign(preferred.begin(), preferred.end());
  return std::make_shared<const LanguageData>(options);
}

}  // namespace querverweis
