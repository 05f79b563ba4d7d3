#include "engine/Vocabulary.h"

#include <map>

#include "analyzers/GermanTokenizer.h"
#include "analyzers/LuceneSupport.h"

namespace querverweis {

namespace {

constexpr std::uint64_t kNameWeight = 5;
constexpr std::size_t kMinLetters = 3;

using SpellingCounts = std::unordered_map<std::string, std::map<std::string, std::uint64_t>>;

void countWords(const std::string& text, std::uint64_t weight, const GermanNormalizer& normalizer,
                SpellingCounts& counts) {
  std::wstring wide = Lucene::StringUtils::toUnicode(text);
  Lucene::CharFolder::toLower(wide.begin(), wide.end());
  std::wstring word;
  auto flush = [&] {
    if (word.size() >= kMinLetters) {
      std::string folded = Lucene::StringUtils::toUTF8(normalizer.normalize(word));
      counts[folded][Lucene::StringUtils::toUTF8(word)] += weight;
    }
    word.clear();
  };
  for (wchar_t c : wide) {
    if (GermanTokenizer::isWordChar(c)) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
}

}  // namespace

Vocabulary collectVocabulary(const std::vector<Entry>& entries, const GermanNormalizer& normalizer) {
  SpellingCounts counts;
  for (const Entry& entry : entries) {
    countWords(entry.title, kNameWeight, normalizer, counts);
    for (const std::string& alias : entry.aliases) {
      countWords(alias, kNameWeight, normalizer, counts);
    }
    countWords(entry.plainBody, 1, normalizer, counts);
  }
  Vocabulary vocabulary;
  for (const auto& [folded, spellings] : counts) {
    VocabularyWord& word = vocabulary[folded];
    std::uint64_t best = 0;
    for (const auto& [spelling, count] : spellings) {
      word.frequency += count;
      if (count > best) {
        best = count;
        word.display = spelling;
      }
    }
  }
  return vocabulary;
}

}  // namespace querverweis
