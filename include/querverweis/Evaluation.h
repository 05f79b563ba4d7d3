// Measuring the engine against evaluation gold (Contract 4) for any corpus: graded search
// queries ("Enkeltrick" → {"enkeltrick": 2, "schockanruf": 1}) scored by nDCG@10, MRR@10 and
// Recall@10 per query kind; suggested links by precision, recall and F1 with the traps fallen
// into; the related box by its hit rate and precision@5.
//
//   EvalGold gold = loadEvalGold("corpus/eval");
//   SearchEvaluation search = evaluateSearch(*engine, gold.queries);
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "querverweis/Engine.h"

namespace querverweis {

struct GoldQuery {
  std::string text;
  std::map<std::string, int> relevant;  // slug → 2 (answers the query) or 1 (clearly useful)
  std::string kind;
};

struct GoldLink {
  std::string target;
  std::string surface;
  std::string kind;
};

struct GoldNegative {
  std::string surface;
  std::string wrongTarget;
};

struct GoldRelated {
  std::vector<std::string> must;
  std::vector<std::string> good;
};

struct EvalGold {
  std::vector<GoldQuery> queries;
  std::map<std::string, std::vector<GoldLink>> links;          // by entry slug
  std::map<std::string, std::vector<GoldNegative>> negatives;  // by entry slug ("_negatives")
  std::map<std::string, GoldRelated> related;
};

// Reads folder/queries.json, links.json and related.json; a missing file leaves that part empty,
// a missing folder is Error(NotFound). Malformed JSON or a wrong shape is Error(InvalidArgument)
// naming the file and the item, counted from 1: "eval/queries.json: item 12: relevance must be
// 1 or 2". Keys the contract does not name are ignored, so gold may carry notes.
EvalGold loadEvalGold(const std::string& folder);

// Every problem of the gold against a corpus, one message each: unknown slugs, surfaces that do
// not occur verbatim in the entry's body, links and related entries pointing to the entry
// itself, unknown query and link kinds. Empty means valid.
std::vector<std::string> validateEvalGold(const EvalGold& gold, const std::vector<Entry>& entries);

// ---- search ----

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

// ---- links and related concepts ----

// Counts of one prediction task, summed with += for a micro average. Where a ratio has no
// denominator it is vacuously perfect: precision is 1 without predictions, recall is 1 without
// gold items. F1 is 0 when precision and recall are both 0.
struct ClassificationCounts {
  std::size_t truePositives = 0;
  std::size_t falsePositives = 0;
  std::size_t falseNegatives = 0;

  double precision() const;
  double recall() const;
  double f1() const;
  ClassificationCounts& operator+=(const ClassificationCounts& other);
};

struct LinkEvaluation {
  ClassificationCounts overall;
  // Recall by the gold link's kind; precision by the suggestion's kind (linkKindName).
  std::map<std::string, ClassificationCounts> byGoldKind;
  std::map<std::string, ClassificationCounts> bySuggestedKind;
  std::size_t entries = 0;
  std::size_t trapsViolated = 0;  // suggestions matching a _negatives item
  std::size_t sameSurface = 0;    // correct suggestions whose text equals the gold surface
};

// Runs the engine's linker over every gold entry's body, with the entry as self. A suggestion
// is correct when its target is among the entry's gold links.
LinkEvaluation evaluateLinks(const Engine& engine, const EvalGold& gold);

struct RelatedEvaluation {
  std::size_t entries = 0;
  double hitRate = 0;       // mean over entries of (must entries in the top 5) / (must entries)
  double precisionAt5 = 0;  // mean share of the top 5 in must ∪ good
};

RelatedEvaluation evaluateRelated(const Engine& engine, const EvalGold& gold);

}  // namespace querverweis
