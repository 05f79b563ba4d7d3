// A word stemmer: reduces a lower-case UTF-8 word to the stem its inflected forms share
// ("einbruche" and "einbruch" → "einbruch"). Implementations keep per-instance state and are
// not thread-safe; each token stream owns its own.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "querverweis/Analysis.h"

namespace querverweis {

class Stemmer {
 public:
  virtual ~Stemmer() = default;
  virtual std::string stem(std::string_view word) = 0;
};

// Returns nullptr for StemmerKind::None. Throws std::runtime_error if the library lacks German.
std::unique_ptr<Stemmer> makeStemmer(StemmerKind kind);

}  // namespace querverweis
