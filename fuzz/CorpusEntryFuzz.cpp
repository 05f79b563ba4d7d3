// libFuzzer target for the corpus-file parsers: any bytes given as a Markdown entry file (front
// matter, body) or as an exported website page must either parse or throw querverweis::Error —
// never crash, hang or read out of bounds. Build with `make fuzz` (clang's libFuzzer).
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/corpus/MarkdownBody.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    querverweis::Entry entry = querverweis::parseMarkdownEntry("fuzz", text, "fuzz.md");
    if (entry.plainBody.size() != entry.body.size()) {
      __builtin_trap();  // the plain view must keep every offset
    }
  } catch (const querverweis::Error&) {
  }
  try {
    querverweis::importExportedPage(text, "fuzz.txt");
  } catch (const querverweis::Error&) {
  }
  querverweis::parseMarkdownBody(text);
  return 0;
}
