// libFuzzer target for everything a reader or an editor types: the first line of the input is
// a query ("Bürgersprechstunden Grafitti"), the rest a text to link. Search, autocomplete and
// link suggestion over the bundled glossary must answer or throw querverweis::Error — never
// crash, hang or read out of bounds.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "querverweis/Corpus.h"
#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Index.h"

#ifndef QV_SOURCE_DIR
#define QV_SOURCE_DIR "."
#endif

namespace {

std::shared_ptr<const querverweis::Engine> engine;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  namespace fs = std::filesystem;
  fs::path index =
      fs::temp_directory_path() / ("querverweis-fuzz-index-" + std::to_string(::getpid()));
  querverweis::writeIndex(
      querverweis::readCorpus(std::string(QV_SOURCE_DIR) + "/corpus/praevention-kompakt"),
      index.string(), {});
  engine = querverweis::Engine::open(index.string());
  std::atexit([] {
    std::error_code ec;
    fs::remove_all(
        fs::temp_directory_path() / ("querverweis-fuzz-index-" + std::to_string(::getpid())), ec);
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string query = input.substr(0, input.find('\n'));
  try {
    engine->search(query, {.limit = 10});
  } catch (const querverweis::Error&) {
  }
  try {
    engine->complete(query, 5);
  } catch (const querverweis::Error&) {
  }
  try {
    engine->links(input);
  } catch (const querverweis::Error&) {
  }
  return 0;
}
