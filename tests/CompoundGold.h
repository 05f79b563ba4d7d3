// Compound-splitting gold for tests: a TSV of words with their parts
// ("Bürgersprechstunde<TAB>bürger sprechstunde", "-" for a word that stays whole), and the
// measurement of a splitter against it through the production path: the words folded by the
// language data's normalizer exactly as the analysis chain folds them, then split by its
// (cached) splitter. Boundary precision and recall count where parts after the first begin.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analyzers/LanguageData.h"

namespace querverweis::test {

struct GoldCompound {
  std::string word;                 // lower-cased, as written
  std::vector<std::size_t> starts;  // byte offsets of parts 2..n; empty: stays whole
};

// Throws std::runtime_error naming the line when parts do not spell the word.
std::vector<GoldCompound> readCompoundGold(const std::string& path);

struct GoldMeasurement {
  std::size_t compounds = 0, wholes = 0, falseSplits = 0;
  std::size_t predicted = 0, expected = 0, correct = 0;
  std::string errors;  // one line per word split wrongly

  double precision() const;
  double recall() const;
  double falseSplitRate() const;
};

GoldMeasurement measureCompoundGold(const LanguageData& language,
                                    const std::vector<GoldCompound>& gold);

// Prints the figures and the wrong words (for the test log).
void printMeasurement(const char* title, const GoldMeasurement& m);

}  // namespace querverweis::test
