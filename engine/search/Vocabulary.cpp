#include "engine/search/Vocabulary.h"

#include <algorithm>
#include <map>

#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/Utf8.h"
#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

constexpr std::uint64_t kNameWeight = 5;
constexpr std::size_t kMinLetters = 3;

using SpellingCounts = std::unordered_map<std::string, std::map<std::string, std::uint64_t>>;

void countWords(const std::string& text, std::uint64_t weight, const LookupKeys& keys,
                SpellingCounts& counts) {
  forEachWord(lowerWide(toWide(text)), [&](const std::wstring& word) {
    if (word.size() >= kMinLetters) {
      std::string folded = toUtf8(keys.fold(word));
      counts[folded][toUtf8(word)] += weight;
    }
  });
}

}  // namespace

Vocabulary collectVocabulary(const std::vector<Entry>& entries, const LookupKeys& keys) {
  SpellingCounts counts;
  for (const Entry& entry : entries) {
    countWords(entry.title, kNameWeight, keys, counts);
    for (const std::string& alias : entry.aliases) {
      countWords(alias, kNameWeight, keys, counts);
    }
    countWords(entry.plainBody, 1, keys, counts);
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

namespace querverweis {

CompoundTailIndex::CompoundTailIndex(const Vocabulary& vocabulary) {
  reversed_.reserve(vocabulary.size());
  for (const auto& [word, info] : vocabulary) {
    reversed_.emplace_back(std::string(word.rbegin(), word.rend()), info.frequency);
  }
  std::sort(reversed_.begin(), reversed_.end());
}

std::vector<std::string> CompoundTailIndex::compoundsEndingWith(const std::string& foldedTail,
                                                                std::size_t minModifierBytes,
                                                                std::size_t limit) const {
  std::string key(foldedTail.rbegin(), foldedTail.rend());
  std::vector<std::pair<std::uint64_t, std::string>> found;
  auto it =
      std::lower_bound(reversed_.begin(), reversed_.end(), std::make_pair(key, std::uint64_t{0}));
  for (; it != reversed_.end() && it->first.compare(0, key.size(), key) == 0; ++it) {
    if (it->first.size() >= key.size() + minModifierBytes) {
      found.emplace_back(it->second, std::string(it->first.rbegin(), it->first.rend()));
    }
  }
  std::sort(found.begin(), found.end(), std::greater<>());
  std::vector<std::string> words;
  for (std::size_t i = 0; i < found.size() && i < limit; ++i) {
    words.push_back(found[i].second);
  }
  return words;
}

}  // namespace querverweis
