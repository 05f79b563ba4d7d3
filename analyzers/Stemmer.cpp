#include "analyzers/Stemmer.h"

#include "analyzers/CistemStemmer.h"
#include "analyzers/SnowballStemmer.h"

namespace querverweis {

namespace {

class CistemAdapter : public Stemmer {
 public:
  std::string stem(std::string_view word) override { return cistem_.stem(word); }

 private:
  CistemStemmer cistem_;
};

}  // namespace

std::unique_ptr<Stemmer> makeStemmer(StemmerKind kind) {
  switch (kind) {
    case StemmerKind::Snowball:
      return std::make_unique<SnowballStemmer>();
    case StemmerKind::Cistem:
      return std::make_unique<CistemAdapter>();
    case StemmerKind::None:
      break;
  }
  return nullptr;
}

}  // namespace querverweis
