// Token filter that adds the parts of a German compound after the compound itself, at the same
// position and with the whole word's offsets, so a match on a part highlights the whole word:
// "burgersprechstunden" → burgersprechstunden, burger, sprechstunden (the last two typed
// compound_part); "stadtteilburo" gives stadt, teil, buro. Words the splitter does not split
// pass alone; it never drops or shortens the original token.
#pragma once

#include <deque>

#include "analyzers/LuceneSupport.h"
#include "analyzers/SplitCache.h"

namespace querverweis {

enum class CompoundOutput {
  WholeAndParts,  // the word, then its parts (queries, linking, snippets)
  // Only the parts, for the separate *_parts index fields, plus each known word the compound
  // ends in: "polizeidienststelle" gives polizei, dienst, stelle and dienststelle, since a
  // Polizeidienststelle is a Dienststelle.
  PartsOnly,
};

class CompoundSplitFilter : public Lucene::TokenFilter {
 public:
  // The splitter is shared, read-only, and must outlive the filter.
  CompoundSplitFilter(const Lucene::TokenStreamPtr& input, const SplitCache& splitter,
                      CompoundOutput output = CompoundOutput::WholeAndParts);

  bool incrementToken() override;
  void reset() override;

 private:
  void collectParts(const std::string& word);

  const SplitCache& splitter_;
  CompoundOutput output_;
  int32_t skippedPositions_ = 0;  // increments of words dropped in PartsOnly mode
  std::deque<Lucene::String> pendingParts_;
  Lucene::TermAttributePtr termAtt_;
  Lucene::PositionIncrementAttributePtr posIncAtt_;
  Lucene::TypeAttributePtr typeAtt_;
};

}  // namespace querverweis
