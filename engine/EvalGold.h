// Evaluation gold in Contract 4 format (queries.json, links.json, related.json in one folder),
// for any corpus: "Enkeltrick" → {"enkeltrick": 2, "schockanruf": 1}. Loading checks only the
// shape of the files; whether slugs, surfaces and kinds fit a corpus is validateEvalGold's job.
// Scoring the engine against the gold is not done here.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/Entry.h"

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

// Every problem of the gold against a corpus, one message each: unknown slugs (query relevance,
// link entry and target, negative entry and wrong_target, related entry, must and good), link
// and negative surfaces that do not occur verbatim in Entry::body, links and related entries
// pointing to the entry itself, unknown query and link kinds. Empty means valid.
std::vector<std::string> validateEvalGold(const EvalGold& gold, const std::vector<Entry>& entries);

}  // namespace querverweis
