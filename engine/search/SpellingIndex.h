// Typo tolerance: finds indexed terms a few edits away from a query word ("enkeltrik" →
// "enkeltrick", "burgersprechstunde" → "bürgersprechstunde") through a SymSpell-style dictionary
// of letter deletions, so a lookup touches only candidates that share a deletion with the word.
// Terms are compared exactly as given: callers lowercase and normalise first. No phonetic
// matching, no compound splitting, at most two edits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace querverweis {

struct SpellingSuggestion {
  std::string term;
  int distance;
  std::uint64_t frequency;
};

// Build with add(), then look up from any number of threads; add() must not run concurrently
// with anything else.
class SpellingIndex {
 public:
  // Edit budget by word length in letters (code points): 0 up to 4, 1 for 5–8, 2 from 9; never
  // more than 2.
  static int editBudget(std::size_t letters);

  // Accumulates frequency if added twice. Empty terms are ignored.
  void add(std::string_view term, std::uint64_t frequency);

  // Terms within `maxDistance` (Damerau-Levenshtein, optimal string alignment, counted on code
  // points, UTF-8 aware: "ü" is one letter) of `word`, best first: smaller distance, then higher
  // frequency, then term. maxDistance < 0 means editBudget(letters of word); values above 2 are
  // treated as 2. The exact term itself (distance 0) is included if present.
  std::vector<SpellingSuggestion> lookup(std::string_view word, int maxDistance = -1,
                                         std::size_t limit = 10) const;

  std::size_t size() const;

 private:
  struct Term {
    std::string text;
    std::uint64_t frequency;
  };
  // Terms sharing a deletion hash form a singly linked chain through postings_.
  struct Posting {
    std::uint32_t term;
    std::uint32_t next;
  };

  std::vector<Term> terms_;
  std::unordered_map<std::string, std::uint32_t> termIds_;
  std::unordered_map<std::uint64_t, std::uint32_t> chainHeads_;  // deletion hash → posting
  std::vector<Posting> postings_;
};

}  // namespace querverweis
