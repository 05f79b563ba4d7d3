// Splits German compounds into their dictionary parts so that a search for "Einbruchschutz" can
// find "Einbruchschutzberatung" (einbruch | schutz | beratung). Linking elements (-s-, -es-, -n-,
// -en-, -er-, -e-, -ens-) are recognised and left out of the parts; "Schul-" in "Schulhof" is
// matched as an elided "Schule". It does not stem, fold umlauts or guess parts that are not in
// the dictionary (verb stems like "sprech" in "Sprechstunde" therefore stay with their neighbour).
// The dictionary and its rules are CompoundLexicon, the search for the best split
// CompoundSegmenter; this class adds words and keeps the evidence current.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "analyzers/CompoundLexicon.h"

namespace querverweis {

// Thread safety: split() and knows() are const; any number of threads may call them at once,
// provided no thread adds words at the same time (the one-off derivation of the evidence after
// the last addWord() is internally locked).
class CompoundSplitter {
 public:
  explicit CompoundSplitter(CompoundSplitterOptions options = {});
  CompoundSplitter(const CompoundSplitter& other);
  CompoundSplitter& operator=(const CompoundSplitter& other) = delete;

  // Adds a known word (any case; stored lowercased). Preferred words (e.g. glossary titles) win
  // ties between otherwise equally good splits.
  void addWord(std::string_view word, bool preferred = false);

  // Splits a lowercase UTF-8 word into its parts; empty if the word is not a compound.
  std::vector<CompoundPart> split(std::string_view lowercaseWord) const;

  // True if the lowercase word was added (from a word list, the corpus or a title).
  bool knows(std::string_view lowercaseWord) const;

 private:
  const CompoundLexicon& lexicon() const;

  std::unique_ptr<CompoundLexicon> lexicon_;
  mutable std::mutex mutex_;
  mutable std::atomic<bool> evidenceCurrent_{false};
};

}  // namespace querverweis
