// Completes the unfinished last word of a query typed into a search-as-you-type field from the
// words the corpus uses: "buergersprech" → bürgersprechstunde, bürgersprechstunden. The search
// asks it only when the word as typed matches nothing, so a finished word keeps its meaning.
// Built once per index, then read-only and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/search/Vocabulary.h"

namespace querverweis {

class WordCompletions {
 public:
  explicit WordCompletions(const Vocabulary& vocabulary);

  // Display forms of the vocabulary's folded words that start with `foldedPrefix` and are longer
  // than it, most frequent first, at most `limit`. Prefixes shorter than three letters complete
  // to nothing: they begin too many words to say anything.
  std::vector<std::string> complete(const std::string& foldedPrefix, std::size_t limit = 3) const;

 private:
  struct Word {
    std::string folded;
    std::uint64_t frequency;
    const std::string* display;  // owned by the vocabulary
  };
  std::vector<Word> words_;  // sorted by folded
};

}  // namespace querverweis
