#include "analyzers/LanguageData.h"

#include <algorithm>
#include <fstream>

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/WordShape.h"

namespace querverweis {

namespace {

std::string normalizedWord(const GermanNormalizer& normalizer, const std::string& word) {
  return normalizer.normalize(lowerUtf8(word));
}

// Word-list lines that are abbreviations ("ADAC") or hold digits or punctuation would only add
// junk parts to the compound dictionary.
bool isDictionaryWord(const std::string& line) {
  bool asciiNonLetter = std::any_of(line.begin(), line.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && !((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z'));
  });
  return !line.empty() && !asciiNonLetter && capitalCount(line) <= 1;
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
