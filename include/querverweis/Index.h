// Writes a corpus into an index folder as a new generation and makes it live atomically: a
// server reading the folder, or a run killed half-way, never sees a partial index. Besides the
// searchable index, a generation holds every entry's detected cross-links and ranked related
// concepts, and records the analysis configuration and the language data it was built with.
//
//   writeIndex(readCorpus("corpus/praevention-kompakt"), "var/index", {});
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "querverweis/Analysis.h"
#include "querverweis/Entry.h"

namespace querverweis {

struct IndexOptions {
  AnalysisConfig analysis;  // recorded in the index and used again by every search
  LanguageDataPaths languageData;
  // Called after every `progressEvery` entries with (done, total); may be empty.
  std::function<void(std::size_t, std::size_t)> progress;
  std::size_t progressEvery = 100;
};

struct IndexReport {
  std::size_t entries = 0;
  std::size_t links = 0;      // cross-links detected between the entries
  double linkSeconds = 0;     // time spent detecting them
  double relatedSeconds = 0;  // time spent ranking every entry's related concepts
  std::string generation;     // path of the generation now live
};

// Throws Error(InvalidArgument) for an empty corpus, Error(Io) when writing fails; on any
// failure the previous index stays live and the staging files are removed.
IndexReport writeIndex(const std::vector<Entry>& entries, const std::string& indexDir,
                       const IndexOptions& options = {});

// One generation of an index folder, verified against the checksums written with it.
struct GenerationCheck {
  std::string name;     // "gen-000004"
  bool live = false;    // the one CURRENT names
  bool intact = false;  // every file as it was written
  std::size_t files = 0;
  std::string problem;  // the first damaged file and what is wrong with it; empty when intact
};

// Every generation in `indexDir`, the newest first. Throws Error(NotFound) without an index.
std::vector<GenerationCheck> checkIndex(const std::string& indexDir);

}  // namespace querverweis
