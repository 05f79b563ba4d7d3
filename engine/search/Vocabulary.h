// The words a corpus actually uses, folded ("burgersprechstunde") with their frequency and the
// spelling readers see ("bürgersprechstunde"): the dictionary behind "did you mean" and typo
// tolerance, so corrections are always words of the glossary.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/LookupKeys.h"
#include "querverweis/Entry.h"

namespace querverweis {

struct VocabularyWord {
  std::uint64_t frequency = 0;
  std::string display;  // the most frequent lower-case spelling of the folded word
};

using Vocabulary = std::unordered_map<std::string, VocabularyWord>;

// Words of titles, aliases and bodies; titles and aliases count extra, so names win ties.
Vocabulary collectVocabulary(const std::vector<Entry>& entries, const LookupKeys& keys);

// Finds the vocabulary's compounds ending in a word: "kriminalamt" → "bundeskriminalamt",
// "audit" → "sicherheitsaudit". It catches compounds the splitter cannot split because a part
// is missing from the dictionary. Built once, then read-only.
class CompoundTailIndex {
 public:
  explicit CompoundTailIndex(const Vocabulary& vocabulary);
  // Folded words ending in `foldedTail` with at least `minModifierBytes` bytes before it, most
  // frequent first.
  std::vector<std::string> compoundsEndingWith(const std::string& foldedTail,
                                               std::size_t minModifierBytes = 3,
                                               std::size_t limit = 5) const;

 private:
  std::vector<std::pair<std::string, std::uint64_t>> reversed_;  // sorted reversed words
};

}  // namespace querverweis
