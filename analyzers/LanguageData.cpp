#include "analyzers/LanguageData.h"

#include <fstream>

#include "analyzers/LuceneSupport.h"

namespace querverweis {

namespace {

std::string normalizedWord(const GermanNormalizer& normalizer, const std::string& word) {
  std::wstring wide = Lucene::StringUtils::toUnicode(word);
  Lucene::CharFolder::toLower(wide.begin(), wide.end());
  return Lucene::StringUtils::toUTF8(normalizer.normalize(wide));
}

// Word-list lines that are abbreviations ("ADAC") or hold digits or punctuation would only add
// junk parts to the compound dictionary.
bool isDictionaryWord(const std::string& line) {
  int capitals = 0;
  for (unsigned char c : line) {
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
    } else if (c < 0x80 && !(c >= 'a' && c <= 'z')) {
      return false;
    }
  }
  return !line.empty() && capitals <= 1;
}

}  // namespace

LanguageData::LanguageData(const LanguageDataOptions& options)
    : normalizer_(GermanNormalizer::protectedWordsFromList(options.wordListPath)) {
  std::ifstream in(options.wordListPath);
  std::string line;
  while (std::getline(in, line)) {
    if (isDictionaryWord(line)) {
      splitter_.addWord(normalizedWord(normalizer_, line));
    }
  }
  for (const std::string& word : options.corpusWords) {
    splitter_.addWord(normalizedWord(normalizer_, word));
  }
  for (const std::string& word : options.preferredWords) {
    splitter_.addWord(normalizedWord(normalizer_, word), /*preferred=*/true);
  }
}

}  // namespace querverweis
