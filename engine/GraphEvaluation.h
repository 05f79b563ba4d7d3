// Scores cross-link suggestions and related concepts against gold (Contract 4): precision,
// recall and F1 of suggested links overall and per kind, traps fallen into, and the related
// box's hit rate (share of must-have entries in the top 5) and precision@5.
#pragma once

#include <map>
#include <string>

#include "engine/Engine.h"
#include "engine/EvalGold.h"
#include "engine/Metrics.h"

namespace querverweis {

struct LinkEvaluation {
  ClassificationCounts overall;
  // Recall by the gold link's kind; precision by the suggestion's kind.
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
