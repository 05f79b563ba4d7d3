// What several fuzz targets share: the bundled glossary indexed once per fuzzing process (into
// a temporary folder removed at exit), and the check that a link suggestion for "Die Polizei
// bietet Bürgersprechstunden an." names exactly the bytes it covers.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Index.h"
#include "querverweis/Links.h"

#ifndef QV_SOURCE_DIR
#define QV_SOURCE_DIR "."
#endif

namespace querverweis::fuzz {

// A folder of this process's own below the system's temporary folder, removed at exit.
inline std::filesystem::path scratchFolder() {
  namespace fs = std::filesystem;
  static const fs::path folder = [] {
    fs::path path = fs::temp_directory_path() / ("querverweis-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(path);
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(fs::temp_directory_path() / ("querverweis-fuzz-" + std::to_string(::getpid())),
                     ec);
    });
    return path;
  }();
  return folder;
}

// The bundled glossary's index in this process's scratch folder: a copy of $QV_FUZZ_INDEX when
// set (fuzz/run.sh indexes once for every target: under the sanitizers that takes ~20 s),
// written on first use otherwise.
inline std::string bundledIndex() {
  static const std::string index = [] {
    std::filesystem::path path = scratchFolder() / "index";
    if (const char* prebuilt = std::getenv("QV_FUZZ_INDEX")) {
      std::filesystem::copy(prebuilt, path, std::filesystem::copy_options::recursive);
    } else {
      writeIndex(readCorpus(std::string(QV_SOURCE_DIR) + "/corpus/praevention-kompakt"),
                 path.string(), {});
    }
    return path.string();
  }();
  return index;
}

// The engine over bundledIndex(), opened on first use.
inline const Engine& bundledEngine() {
  static const std::shared_ptr<const Engine> engine = Engine::open(bundledIndex());
  return *engine;
}

// Traps unless every suggestion lies inside `text` and repeats the bytes it covers.
inline void requireExactOffsets(const std::string& text,
                                const std::vector<LinkSuggestion>& suggestions) {
  for (const LinkSuggestion& suggestion : suggestions) {
    if (suggestion.start > suggestion.end || suggestion.end > text.size() ||
        text.compare(suggestion.start, suggestion.end - suggestion.start, suggestion.text) != 0) {
      __builtin_trap();
    }
  }
}

}  // namespace querverweis::fuzz
