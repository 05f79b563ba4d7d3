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

  // True for characters that can belong to a word: letters of Latin, Greek and Cyrillic
  // scripts and ASCII digits.
  static bool isWordChar(wchar_t c);

  // Calls visit(word) for every run of word characters, without the tokenizer's rules for
  // abbreviations and hyphens: the quick word split of vocabularies and lookup keys.
  template <typename Visit>
  static void forEachWord(const std::wstring& text, Visit&& visit) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && isWordChar(text[i])) {
        continue;
      }
      if (i > start) {
        visit(text.substr(start, i - start));
      }
      start = i + 1;
    }
  }

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
