#include "engine/CorpusLanguage.h"

#include <set>

#include "analyzers/GermanTokenizer.h"
#include "engine/Utf8.h"

namespace querverweis {

namespace {

void collectWords(const std::string& text, std::set<std::string>& words) {
  std::wstring wide = Lucene::StringUtils::toUnicode(text);
  GermanTokenizer::forEachWord(wide, [&](const std::wstring& word) {
    if (word.size() >= 3) {
      words.insert(Lucene::StringUtils::toUTF8(word));
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
