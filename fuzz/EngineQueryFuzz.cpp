// libFuzzer target for everything a reader or an editor types: the first line of the input is
// a query ("Bürgersprechstunden Grafitti"), the rest a text to link. Search, autocomplete and
// link suggestion over the bundled glossary must answer or throw querverweis::Error — never
// crash, hang or read out of bounds — and every suggested link must cover the text it names.
#include <cstddef>
#include <cstdint>
#include <string>

#include "FuzzSupport.h"
#include "querverweis/Error.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  querverweis::fuzz::bundledEngine();  // before the first input, so that its time counts apart
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string query = input.substr(0, input.find('\n'));
  try {
    querverweis::fuzz::bundledEngine().search(query, {.limit = 10});
  } catch (const querverweis::Error&) {
  }
  try {
    querverweis::fuzz::bundledEngine().complete(query, 5);
  } catch (const querverweis::Error&) {
  }
  try {
    querverweis::fuzz::requireExactOffsets(
        input, querverweis::fuzz::bundledEngine().links(input, {.threshold = 0}));
  } catch (const querverweis::Error&) {
  }
  return 0;
}
