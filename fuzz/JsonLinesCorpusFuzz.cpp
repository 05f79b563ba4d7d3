// libFuzzer target for a corpus given as JSON Lines, one entry per line, e.g.
// {"title": "Bürgersprechstunde", "aliases": ["Sprechstunde"], "body": "…"}. Reading and
// checking any bytes as a .jsonl file must give entries or problems with a line number, or
// throw querverweis::Error — never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "FuzzSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = (querverweis::fuzz::scratchFolder() / "corpus.jsonl").string();
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    querverweis::checkCorpus(querverweis::readCorpus(path));
  } catch (const querverweis::Error&) {
  }
  try {
    querverweis::checkCorpusAt(path);
  } catch (const querverweis::Error&) {
  }
  return 0;
}
