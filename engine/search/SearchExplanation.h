// Says why a hit matched, in the terms a reader understands rather than as a score tree: for the
// query "Sprechstunde" the hit Bürgersprechstunde gets {word "Sprechstunde", match
// "compound_part", field "title", text "Bürgersprechstunde"}. It reads what the search already
// knows — the expanded query words with their alternatives (forms, parts, synonyms, corrections,
// completions) — and finds them in the entry's fields: the body through its stored term vectors,
// the short title, aliases and tags by analyzing them again. It does not re-score anything.
#pragma once

#include <string>
#include <vector>

#include "analyzers/LuceneSupport.h"
#include "engine/search/QueryExpansion.h"
#include "querverweis/Engine.h"

namespace querverweis {

// Built once per search; explain() is called for each hit shown.
class HitExplainer {
 public:
  // `reader` and `analyzer` are the index's; `query` the expansion the search ran.
  HitExplainer(Lucene::IndexReaderPtr reader, Lucene::AnalyzerPtr analyzer,
               const ExpandedQuery& query);

  // One reason per query word and field it matched in (title, alias, tags, body, in that order),
  // or one reason "none" for a query word the hit lacks. `doc` is the entry's document number.
  std::vector<MatchReason> explain(int32_t doc, const Entry& entry) const;

 private:
  struct Alternative {
    std::string match;                // word | form | parts | synonym | …
    std::vector<std::wstring> terms;  // all must occur in the field
  };
  struct Word {
    std::string surface;
    std::vector<Alternative> alternatives;  // best first
  };

  Lucene::IndexReaderPtr reader_;
  Lucene::AnalyzerPtr analyzer_;
  std::vector<Word> words_;
};

}  // namespace querverweis
