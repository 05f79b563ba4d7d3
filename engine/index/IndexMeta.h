// What a generation records about how it was built (meta.json): the format version, the full
// analysis configuration, and the identity of the language data (path, size and xxHash64 of the
// word list and the thesaurus). Opening an index analyzes queries exactly as the index was
// analyzed, and says so when the data on this machine differs:
//   {"format": 2, "analysis": {"name": "full", "normalize": true, "stemmer": "cistem", …},
//    "word_list": {"path": "/usr/share/dict/ngerman", "size": 4725887, "xxh64": "…"}, …}
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "querverweis/Analysis.h"

namespace querverweis {

struct DataFileIdentity {
  std::string path;
  bool present = false;
  std::uintmax_t size = 0;
  std::string xxh64;  // 16 hex digits; empty when the file is missing

  // Same bytes, wherever the file is.
  bool sameContent(const DataFileIdentity& other) const {
    return present == other.present && size == other.size && xxh64 == other.xxh64;
  }
};

struct IndexMeta {
  AnalysisConfig analysis;
  DataFileIdentity wordList;
  DataFileIdentity thesaurus;
  std::size_t entries = 0;
};

// The identity of the file at `path` as it is now. Throws Error(Io) if it exists but cannot be
// read.
DataFileIdentity identifyDataFile(const std::string& path);

// Writes generation/meta.json. Throws Error(Io).
void writeIndexMeta(const std::string& generation, const IndexMeta& meta);

// Reads generation/meta.json. Throws Error(Corrupt) naming the file and what is wrong, including
// a format this build does not read.
IndexMeta readIndexMeta(const std::string& generation);

// One sentence for each data file whose identity now differs from the recorded one, e.g.
// "the word list /usr/share/dict/ngerman differs from the one the index was built with (size
// 4725887 then, 4725901 now): re-index so compound splitting agrees". Empty when all agree.
std::vector<std::string> languageDataDifferences(const IndexMeta& recorded,
                                                 const LanguageDataPaths& current);

}  // namespace querverweis
