// The words a corpus actually uses, folded ("burgersprechstunde") with their frequency and the
// spelling readers see ("bürgersprechstunde"): the dictionary behind "did you mean" and typo
// tolerance, so corrections are always words of the glossary.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyzers/GermanNormalizer.h"
#include "engine/Entry.h"

namespace querverweis {

struct VocabularyWord {
  std::uint64_t frequency = 0;
  std::string display;  // the most frequent lower-case spelling of the folded word
};

using Vocabulary = std::unordered_map<std::string, VocabularyWord>;

// Words of titles, aliases and bodies; titles and aliases count extra, so names win ties.
Vocabulary collectVocabulary(const std::vector<Entry>& entries, const GermanNormalizer& normalizer);

}  // namespace querverweis
