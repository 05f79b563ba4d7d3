// Which steps of the German analysis chain are on. The named configurations are what the
// evaluation command compares ("baseline" … "full"); "full" is the default everywhere else.
#pragma once

#include <string>
#include <vector>

#include "analyzers/Stemmer.h"

namespace querverweis {

struct AnalysisConfig {
  std::string name = "full";
  bool standardBaseline = false;  // Lucene++'s StandardAnalyzer, no German knowledge at all
  bool normalize = true;          // ä/ae, ö/oe, ü/ue, ß/ss meet
  StemmerKind stemmer = StemmerKind::Cistem;
  bool compounds = true;  // split compounds into their parts
  bool synonyms = true;   // query-time synonyms from the thesaurus and the entries' aliases
  bool typos = true;      // query-time spelling correction against the index vocabulary
};

// Throws std::invalid_argument listing the known names if `name` is unknown.
AnalysisConfig analysisConfigByName(const std::string& name);
std::vector<std::string> analysisConfigNames();

}  // namespace querverweis
