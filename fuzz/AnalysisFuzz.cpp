// libFuzzer target for the German analysis chain: any bytes, decoded as the analyzer decodes
// text ("Bürgersprechstunden", "K.-o.-Tropfen", "ẞ", emoji), must give terms whose offsets lie
// inside the text and positions that never move back — and never crash or hang.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "analyzers/AnalyzedText.h"
#include "analyzers/GermanAnalyzer.h"
#include "analyzers/text/Utf8.h"
#include "querverweis/Analysis.h"

namespace {

Lucene::AnalyzerPtr fullChain() {
  static Lucene::AnalyzerPtr analyzer = Lucene::newLucene<querverweis::GermanAnalyzer>(
      querverweis::analysisConfigByName("full"),
      std::make_shared<const querverweis::LanguageData>(querverweis::LanguageDataOptions{}));
  return analyzer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (querverweis::firstInvalidUtf8(text)) {
    return 0;  // the public calls refuse invalid UTF-8 before analysis
  }
  int lastPosition = -1;
  for (const querverweis::AnalyzedToken& token : querverweis::analyzeText(fullChain(), text)) {
    if (token.begin > token.end || token.end > text.size() || token.position < lastPosition ||
        token.term.empty()) {
      __builtin_trap();
    }
    lastPosition = token.position;
  }
  return 0;
}
