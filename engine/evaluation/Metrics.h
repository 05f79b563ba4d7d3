// Pure ranking and classification metrics for the evaluation command: nDCG@10 of the ranked
// slugs for "Enkeltrick" against {"enkeltrick": 2, "schockanruf": 1}, precision/recall/F1 of
// suggested links. They know nothing about the engine or the gold files.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "querverweis/Evaluation.h"

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

// Median of a sample (for benchmark-style summaries); the mean of the two middle values for an
// even count. Empty → 0.
double median(std::vector<double> values);

}  // namespace querverweis
