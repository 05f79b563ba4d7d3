// CISTEM German stemmer (Weissweiler & Fraser, GSCL 2017), case-insensitive variant: folds case,
// umlauts and ß, drops "ge-" and strips -em/-er/-nd/-t/-e/-s/-n, so "Bürgersprechstunden" and
// "Bürgersprechstunde" both become "burgersprechstu", "Einbrüche" and "Einbruch" both "einbruch".
// Stems are index keys, not display words. No lexicon: irregular forms (sah/sieht, gehen/ging)
// stay apart; only Latin-script letters are lowercased.
#pragma once

#include <string>
#include <string_view>

namespace querverweis {

class CistemStemmer {
 public:
  // Stems one UTF-8 word (case-insensitive mode: input is lowercased first). Thread-safe.
  std::string stem(std::string_view word) const;
};

}  // namespace querverweis
