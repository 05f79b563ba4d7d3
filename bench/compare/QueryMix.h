// The query set of the side-by-side benchmark: German queries of one to three words made from a
// corpus's own words, the same for every engine and every run (fixed seed, a generator whose
// output the C++ standard fixes, no hash-map order). Kinds, with examples from the man pages:
//   rare        a noun found in one page only              "Zeitzonendatei"
//   mid         a noun found in 5–50 pages                 "Sitzung"
//   common      one of the 300 nouns found in most pages   "Datei"
//   inflected   a noun whose other form also occurs         "Dateien" (with "Datei")
//   compound    a noun of 12+ letters ending in a noun       "Konfigurationsdatei"
//   compound_head / compound_modifier  that noun's parts   "Datei" / "Konfiguration"
//   two_words   two words from one page: two nouns, or a noun and a verb "Datei löschen"
//   three_words three words from one page, the same way
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "bench/compare/CorpusWords.h"

namespace querverweis::bench {

struct Query {
  std::string kind;
  std::string text;
};

struct QueryMixOptions {
  std::uint64_t seed = 20261204;
  std::size_t rare = 400;
  std::size_t mid = 300;
  std::size_t common = 200;
  std::size_t inflected = 300;
  std::size_t compound = 200;
  std::size_t compoundHead = 150;
  std::size_t compoundModifier = 150;
  std::size_t twoWords = 500;
  std::size_t threeWords = 300;
};

// Distinct queries, shuffled so that the kinds are interleaved. A kind gets fewer than asked
// only when the corpus has too few candidates (the caller sees it in the counts).
std::vector<Query> makeQueryMix(const CorpusWords& words, const QueryMixOptions& options);

}  // namespace querverweis::bench
