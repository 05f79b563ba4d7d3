// Splits German text into word tokens with character offsets into the original text.
// Keeps umlauts, ß and digits inside words; "Täter-Opfer-Ausgleich" gives its three parts plus
// the joined form at the last part's position; "A.C.A.B." gives one token "ACAB"; the "Jugend-"
// of "Jugend- und Opferschutz" is typed truncated. It does not lower-case or stem.
#pragma once

#include <deque>

#include "analyzers/LuceneSupport.h"

namespace querverweis {

class GermanTokenizer : public Lucene::Tokenizer {
 public:
  explicit GermanTokenizer(const Lucene::ReaderPtr& input);

  bool incrementToken() override;
  void end() override;
  void reset(const Lucene::ReaderPtr& input) override;
  using Lucene::Tokenizer::reset;

 private:
  struct PendingToken {
    Lucene::String text;
    int32_t start;
    int32_t end;
    int32_t positionIncrement;
    const wchar_t* type;
  };

  void readAll();
  void scanNext();
  bool scanAbbreviation();
  void scanWordChain();

  Lucene::String text_;
  size_t cursor_ = 0;
  bool loaded_ = false;
  std::deque<PendingToken> pending_;
  Lucene::TermAttributePtr termAtt_;
  Lucene::OffsetAttributePtr offsetAtt_;
  Lucene::PositionIncrementAttributePtr posIncAtt_;
  Lucene::TypeAttributePtr typeAtt_;
};

}  // namespace querverweis
