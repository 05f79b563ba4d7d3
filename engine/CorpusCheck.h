// The editor's lint for a corpus (`querverweis check CORPUS`): what readCorpus accepts but a
// careful editor would still fix, each with file and line, e.g. an alias "KOB" given to both
// kontaktbereichsbeamter.md and kob.md, or "[Weißer Ring](weisser-ring)" with no such entry.
// It only reports; it never modifies a file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/Entry.h"

namespace querverweis {

enum class Severity { Error, Warning };

struct CorpusProblem {
  Severity severity = Severity::Error;
  std::string file;
  std::size_t line = 0;  // 1-based; 0 when the problem concerns no particular line
  std::string message;
};

struct CorpusCheckOptions {
  // Bodies with fewer words (headings not counted) get a warning; a body without any word is an
  // error whatever this says.
  std::size_t minBodyWords = 40;
};

// Duplicate titles and aliases, aliases that clash with titles, empty or very short bodies,
// explicit links to missing entries or to the entry itself. Sorted by file, then line.
std::vector<CorpusProblem> checkCorpus(const std::vector<Entry>& entries,
                                       const CorpusCheckOptions& options = {});

// Reads the corpus at `path` and checks it. What readCorpus rejects becomes Error problems; in a
// directory the files that do parse are still checked, so one run reports everything. Throws
// Error only when `path` is no corpus at all (missing, neither a directory nor a .jsonl file).
std::vector<CorpusProblem> checkCorpusAt(const std::string& path,
                                         const CorpusCheckOptions& options = {});

// "corpus/x.md:3: error: ..." (without ":3" for line 0).
std::string formatProblem(const CorpusProblem& problem);

}  // namespace querverweis
