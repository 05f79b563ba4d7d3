#include "analyzers/SnowballStemmer.h"

#include <libstemmer.h>

#include <stdexcept>

namespace querverweis {

SnowballStemmer::SnowballStemmer() : stemmer_(sb_stemmer_new("german", "UTF_8")) {
  if (stemmer_ == nullptr) {
    throw std::runtime_error("libstemmer: no German stemmer available");
  }
}

SnowballStemmer::~SnowballStemmer() {
  sb_stemmer_delete(stemmer_);
}

std::string SnowballStemmer::stem(std::string_view word) {
  const sb_symbol* result = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (result == nullptr) {
    throw std::bad_alloc();
  }
  return std::string(reinterpret_cast<const char*>(result),
                     static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace querverweis
