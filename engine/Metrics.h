// Pure ranking and classification metrics for the evaluation command: nDCG@10 of the ranked
// slugs for "Enkeltrick" against {"enkeltrick": 2, "schockanruf": 1}, precision/recall/F1 of
// suggested links. They know nothing about the engine or the gold files.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace querverweis {

// In all ranking metrics a slug repeated in `ranked` counts only at its first rank, and
// relevance values <= 0 count as not relevant.

// Graded nDCG@k with gain 2^rel - 1 and log2(rank + 1) discount; 0 if nothing is relevant.
double ndcgAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevance,
              std::size_t k);

// 1/rank of the first result with relevance > 0 within k, else 0.
double reciprocalRankAt(const std::vector<std::string>& ranked,
                        const std::map<std::string, int>& relevance, std::size_t k);

// Share of the relevant items (relevance > 0) found within k; 0 if nothing is relevant.
double recallAt(const std::vector<std::string>& ranked, const std::map<std::string, int>& relevance,
                std::size_t k);

// Counts of one prediction task, summed with += for a micro average. Where a ratio has no
// denominator it is vacuously perfect: precision is 1 without predictions (nothing claimed
// wrongly), recall is 1 without gold items (nothing missed). So doing nothing scores precision 1
// but recall and F1 0 whenever there was something to find. F1 is 0 when precision and recall are
// both 0.
struct ClassificationCounts {
  std::size_t truePositives = 0;
  std::size_t falsePositives = 0;
  std::size_t falseNegatives = 0;

  double precision() const;
  double recall() const;
  double f1() const;
  ClassificationCounts& operator+=(const ClassificationCounts& other);
};

// Median of a sample (for benchmark-style summaries); the mean of the two middle values for an
// even count. Empty → 0.
double median(std::vector<double> values);

}  // namespace querverweis
