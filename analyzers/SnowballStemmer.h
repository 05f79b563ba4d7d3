// The Snowball German stemmer from Debian's libstemmer: "einbrüche" → "einbruch",
// "bürgersprechstunden" → "burgersprechstund". One instance is not thread-safe (libstemmer keeps
// a work buffer per stemmer), so every token stream creates its own.
#pragma once

#include "analyzers/Stemmer.h"

struct sb_stemmer;

namespace querverweis {

class SnowballStemmer : public Stemmer {
 public:
  // Throws std::runtime_error if libstemmer has no German algorithm.
  SnowballStemmer();
  ~SnowballStemmer() override;
  SnowballStemmer(const SnowballStemmer&) = delete;
  SnowballStemmer& operator=(const SnowballStemmer&) = delete;

  std::string stem(std::string_view word) override;

 private:
  sb_stemmer* stemmer_;
};

}  // namespace querverweis
