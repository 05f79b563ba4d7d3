// The data every benchmark program shares, built lazily and at most once per process: the bundled
// corpus corpus/praevention-kompakt indexed with the default ("full") analysis, and a corpus of
// 20,000 man-page sections (manpages-de, e.g. "ls(1): BESCHREIBUNG") generated and indexed the
// same way. Both live in one temporary folder that is removed at exit. Header-only on purpose:
// the bench CMake glob compiles only *Bench.cpp files. Nothing here is timed.
#pragma once

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Index.h"
#include "tools/manpages/ManpageCorpus.h"

namespace querverweis::bench {

inline constexpr std::size_t kManpageEntries = 20000;

// Either an engine or the reason there is none (the benchmark then calls SkipWithError).
struct BenchIndex {
  std::shared_ptr<const Engine> engine;
  std::string dir;
  std::string error;
  double indexSeconds = 0;
};

// A mkdtemp folder, removed with everything in it when the process ends. Constructed before any
// index inside it, so static destruction releases the engines before the files go.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "qv-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline const ScratchFolder& scratch() {
  static const ScratchFolder folder;
  return folder;
}

inline BenchIndex buildIndex(const std::string& corpus, const std::string& name) {
  BenchIndex index;
  index.dir = scratch().file(name);
  try {
    const auto started = std::chrono::steady_clock::now();
    writeIndex(readCorpus(corpus), index.dir, IndexOptions{});
    index.indexSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    index.engine = Engine::open(index.dir);
  } catch (const std::exception& e) {
    index.error = name + ": " + e.what();
  }
  return index;
}

inline std::string bundledCorpusDir() {
  return std::string(QV_SOURCE_DIR) + "/corpus/praevention-kompakt";
}

inline const BenchIndex& bundledIndex() {
  static const BenchIndex index = buildIndex(bundledCorpusDir(), "praevention-kompakt");
  return index;
}

// Writes `entries` man-page sections as JSON Lines into the scratch folder. Skips (error set)
// when manpages-de is not installed.
struct CorpusFile {
  std::string path;
  std::string error;
};

inline CorpusFile writeManpageFile(std::size_t entries, const std::string& name) {
  const ManpageCorpusOptions options{.entries = entries};
  if (!std::filesystem::is_directory(options.manRoot)) {
    return {.error = "no German man pages in " + options.manRoot + " (package manpages-de)"};
  }
  try {
    CorpusFile file{.path = scratch().file(name)};
    std::ofstream out(file.path, std::ios::binary);
    writeManpageCorpus(options, out);
    out.close();
    return out ? file : CorpusFile{.error = file.path + ": write failed"};
  } catch (const std::exception& e) {
    return {.error = e.what()};
  }
}

// Reading and indexing 20k entries takes about a minute on one core (printed once to stderr);
// the Engine::open after it another half minute.
inline const BenchIndex& manpageIndex() {
  static const BenchIndex index = [] {
    const CorpusFile corpus = writeManpageFile(kManpageEntries, "manpages-20k.jsonl");
    if (!corpus.error.empty()) {
      return BenchIndex{.error = corpus.error};
    }
    BenchIndex built = buildIndex(corpus.path, "manpages-20k");
    std::filesystem::remove(corpus.path);  // 36 MB the benchmarks no longer need
    if (built.error.empty()) {
      std::fprintf(stderr, "indexed %zu man-page entries in %.1f s\n", kManpageEntries,
                   built.indexSeconds);
    }
    return built;
  }();
  return index;
}

// Entry bodies joined by blank lines until the text holds at least `minBytes` (0: all of them).
inline std::string joinBodies(const std::vector<Entry>& entries, std::size_t minBytes) {
  std::string text;
  for (const Entry& entry : entries) {
    if (minBytes != 0 && text.size() >= minBytes) {
      break;
    }
    text += entry.body;
    text += "\n\n";
  }
  return text;
}

// About `minBytes` of man-page prose (sections joined by blank lines), for linking; empty and
// *error set when manpages-de is missing.
inline std::string manpageText(std::size_t minBytes, std::string* error) {
  const CorpusFile corpus = writeManpageFile(400, "manpages-text.jsonl");
  if (!corpus.error.empty()) {
    *error = corpus.error;
    return {};
  }
  try {
    return joinBodies(readCorpus(corpus.path), minBytes);
  } catch (const std::exception& e) {
    *error = e.what();
    return {};
  }
}

// Skips the benchmark and returns nullptr when the index could not be built.
inline const Engine* engineOrSkip(const BenchIndex& index, benchmark::State& state) {
  if (!index.error.empty()) {
    state.SkipWithError(index.error.c_str());
    return nullptr;
  }
  return index.engine.get();
}

}  // namespace querverweis::bench
