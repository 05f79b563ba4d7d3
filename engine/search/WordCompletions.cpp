#include "engine/search/WordCompletions.h"

#include <algorithm>

#include "analyzers/text/Utf8.h"

namespace querverweis {

namespace {

constexpr std::size_t kMinPrefixLetters = 3;

}  // namespace

WordCompletions::WordCompletions(const Vocabulary& vocabulary) {
  words_.reserve(vocabulary.size());
  for (const auto& [folded, info] : vocabulary) {
    words_.push_back({folded, info.frequency, &info.display});
  }
  std::sort(words_.begin(), words_.end(),
            [](const Word& a, const Word& b) { return a.folded < b.folded; });
}

std::vector<std::string> WordCompletions::complete(const std::string& foldedPrefix,
                                                   std::size_t limit) const {
  if (codePointByteOffsets(foldedPrefix).size() - 1 < kMinPrefixLetters) {
    return {};
  }
  auto first = std::lower_bound(
      words_.begin(), words_.end(), foldedPrefix,
      [](const Word& word, const std::string& prefix) { return word.folded < prefix; });
  std::vector<const Word*> found;
  for (auto it = first; it != words_.end() && it->folded.starts_with(foldedPrefix); ++it) {
    if (it->folded.size() > foldedPrefix.size()) {
      found.push_back(&*it);
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Word* a, const Word* b) { return a->frequency > b->frequency; });
  std::vector<std::string> completions;
  for (std::size_t i = 0; i < found.size() && i < limit; ++i) {
    completions.push_back(*found[i]->display);
  }
  return completions;
}

}  // namespace querverweis
