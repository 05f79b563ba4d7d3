// The German language knowledge the analysis chain reads: which words keep their ae/oe/ue, and
// the dictionary the compound splitter uses. Built once and shared read-only by every analyzer
// of an index, because loading Debian's word list takes a noticeable fraction of a second.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analyzers/CompoundSplitter.h"
#include "analyzers/SplitCache.h"
#include "analyzers/text/GermanNormalizer.h"

namespace querverweis {

struct LanguageDataOptions {
  // Debian's German word list (package wngerman); a missing file leaves the dictionary empty.
  std::string wordListPath = "/usr/share/dict/ngerman";
  // Words of the indexed corpus, added to the compound dictionary.
  std::vector<std::string> corpusWords;
  // Glossary titles and aliases: preferred parts when a compound can split several ways.
  std::vector<std::string> preferredWords;
};

class LanguageData {
 public:
  explicit LanguageData(const LanguageDataOptions& options);
  LanguageData(const LanguageData&) = delete;
  LanguageData& operator=(const LanguageData&) = delete;

  const GermanNormalizer& normalizer() const { return normalizer_; }
  // Works on normalized words ("burgersprechstunde"), like the chain it serves.
  const SplitCache& splitter() const { return cache_; }

 private:
  GermanNormalizer normalizer_;
  CompoundSplitter splitter_;
  SplitCache cache_{splitter_};
};

}  // namespace querverweis
