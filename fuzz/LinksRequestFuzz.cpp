// libFuzzer target for the body of POST /api/links, as a CMS or the link editor sends it:
// {"text": "Die Polizei bietet Bürgersprechstunden an.", "threshold": 0.3}. Any bytes must be
// refused with querverweis::Error or answered with links that cover exactly the text they name.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "FuzzSupport.h"
#include "querverweis/Error.h"
#include "tools/RequestBodies.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  querverweis::fuzz::bundledEngine();  // before the first input, so that its time counts apart
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    querverweis::LinksRequest request =
        querverweis::parseLinksRequest(std::string_view(reinterpret_cast<const char*>(data), size));
    querverweis::fuzz::requireExactOffsets(
        request.text, querverweis::fuzz::bundledEngine().links(request.text, request.options));
  } catch (const querverweis::Error&) {
  }
  return 0;
}
