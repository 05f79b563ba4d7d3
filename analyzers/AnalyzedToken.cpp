#include "analyzers/AnalyzedToken.h"

namespace querverweis {

std::wstring headTermKey(const std::vector<AnalyzedToken>& tokens) {
  std::wstring key;
  int lastPosition = -1;
  for (const AnalyzedToken& token : tokens) {
    if (token.position == lastPosition) {
      continue;
    }
    lastPosition = token.position;
    if (!key.empty()) {
      key += L' ';
    }
    key += token.term;
  }
  return key;
}

}  // namespace querverweis
