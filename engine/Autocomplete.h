// Completes entry names from what a reader has typed so far, umlaut- and case-insensitively,
// from the start of a title or alias, of any of its words, or of a compound's tail:
// "bürgers", "buergers" and "sprechst" all complete to "Bürgersprechstunde".
// Built once per index, then read-only and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzers/LanguageData.h"
#include "engine/Entry.h"

namespace querverweis {

struct Completion {
  std::string slug;
  std::string title;
  std::string text;  // the title or alias that matched
  std::string kind;  // title | alias | word | compound_tail: where the prefix matched
};

class Autocomplete {
 public:
  Autocomplete(const std::vector<Entry>& entries, const LanguageData& language);

  // Best first: title starts, alias starts, inner words, compound tails; shorter names first
  // within a kind; one completion per entry. Throws Error(InvalidArgument) for an empty prefix
  // or a limit outside 1–50.
  std::vector<Completion> complete(std::string_view prefix, std::size_t limit = 10) const;

 private:
  struct Key {
    std::string folded;  // what the prefix is compared with
    std::size_t entry;
    std::size_t name;  // index into names_
    int kind;          // rank of the match kind, lower is better
  };
  struct Name {
    std::string text;
    bool isTitle;
  };

  void addName(std::size_t entry, const std::string& text, bool isTitle);

  const std::vector<Entry>& entries_;
  const LanguageData& language_;
  std::vector<Name> names_;
  std::vector<Key> keys_;  // sorted by folded
};

}  // namespace querverweis
