// Completes entry names from what a reader has typed so far, umlaut- and case-insensitively,
// from the start of a title or alias, of any of its words, or of a compound's tail:
// "bürgers", "buergers" and "sprechst" all complete to "Bürgersprechstunde".
// Built once per index, then read-only and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzers/LookupKeys.h"
#include "analyzers/SplitCache.h"
#include "querverweis/Engine.h"
#include "querverweis/Entry.h"

namespace querverweis {

class Autocomplete {
 public:
  // Names are folded with `keys` and split with `splitter`, both of the index's analysis.
  // REQUIRES: entries, keys and splitter outlive the Autocomplete.
  Autocomplete(const std::vector<Entry>& entries, const LookupKeys& keys,
               const SplitCache& splitter);

  // Best first: title starts, alias starts, inner words, compound tails; shorter names first
  // within a kind; one completion per entry. The caller checks the prefix and the limit.
  std::vector<Completion> complete(std::string_view prefix, std::size_t limit = 10) const;

 private:
  struct Key {
    std::string folded;  // what the prefix is compared with
    std::size_t entry;
    std::size_t name;     // index into names_
    CompletionKind kind;  // in the order of their rank: titles first
  };
  struct Name {
    std::string text;
    bool isTitle;
  };

  void addName(std::size_t entry, const std::string& text, bool isTitle);

  const std::vector<Entry>& entries_;
  const LookupKeys& lookup_;
  const SplitCache& splitter_;
  std::vector<Name> names_;
  std::vector<Key> keys_;  // sorted by folded
};

}  // namespace querverweis
