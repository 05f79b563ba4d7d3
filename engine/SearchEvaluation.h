// Scores ranked search against graded gold queries (Contract 4): nDCG@10, MRR@10 and Recall@10
// per query kind and overall, the per-query numbers for comparing two configurations, and the
// typo-robustness checks (misspelled titles found first; correct queries keep their top hit).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/Engine.h"
#include "engine/EvalGold.h"

namespace querverweis {

struct QueryScore {
  std::string query;
  std::string kind;
  double ndcg = 0;
  double reciprocalRank = 0;
  double recall = 0;
  std::string top;  // slug of the first hit, empty if none
};

struct ScoreSummary {
  std::size_t queries = 0;
  double ndcg = 0;  // means over the queries
  double mrr = 0;
  double recall = 0;
};

struct SearchEvaluation {
  ScoreSummary overall;
  std::map<std::string, ScoreSummary> byKind;
  std::vector<QueryScore> queries;
};

SearchEvaluation evaluateSearch(const Engine& engine, const std::vector<GoldQuery>& queries);

// Per-query comparison of two runs over the same queries: how often `candidate` beats `base`.
// Changes of nDCG@10 no larger than `minDelta` count as ties (0 counts every change).
struct RunComparison {
  double minDelta = 0;
  std::size_t wins = 0;
  std::size_t losses = 0;
  std::size_t ties = 0;
  std::map<std::string, double> kindChange;  // relative nDCG change per kind, -0.05 = 5 % worse
};
RunComparison compareRuns(const SearchEvaluation& base, const SearchEvaluation& candidate,
                          double minDelta = 0);

struct TypoEvaluation {
  std::size_t misspelledQueries = 0;  // one edit in a title word of 5+ letters
  double misspelledTopHitRate = 0;    // intended entry first
  std::size_t correctQueries = 0;     // gold queries without typos, and every title
  double correctTopChangedRate = 0;   // top hit differs from the run without typo tolerance
};

// Misspellings are made deterministically from each entry's title words (a letter dropped,
// doubled, swapped with its neighbour, or replaced by its neighbour on a German keyboard).
TypoEvaluation evaluateTypos(const Engine& tolerant, const Engine& strict,
                             const std::vector<GoldQuery>& queries);

}  // namespace querverweis
