#include "engine/boundary/Boundary.h"
#include "querverweis/Analysis.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

std::vector<AnalysisConfig> namedConfigs() {
  using enum StemmerKind;
  return {
      {.name = "baseline",
       .standardBaseline = true,
       .normalize = false,
       .stemmer = None,
       .compounds = false,
       .synonyms = false,
       .typos = false},
      {.name = "normalized",
       .normalize = true,
       .stemmer = None,
       .compounds = false,
       .synonyms = false,
       .typos = false},
      {.name = "stemmed",
       .stemmer = Snowball,
       .compounds = false,
       .synonyms = false,
       .typos = false},
      {.name = "cistem", .stemmer = Cistem, .compounds = false, .synonyms = false, .typos = false},
      // From here on CISTEM: it scores above Snowball on the bundled gold (README table).
      {.name = "compounds",
       .stemmer = Cistem,
       .compounds = true,
       .synonyms = false,
       .typos = false},
      {.name = "synonyms", .stemmer = Cistem, .compounds = true, .synonyms = true, .typos = false},
      {.name = "full", .stemmer = Cistem, .compounds = true, .synonyms = true, .typos = true},
  };
}

}  // namespace

static AnalysisConfig analysisConfigByNameUnguarded(const std::string& name) {
  for (const AnalysisConfig& config : namedConfigs()) {
    if (config.name == name) {
      return config;
    }
  }
  std::string known;
  for (const std::string& each : analysisConfigNames()) {
    known += (known.empty() ? "" : ", ") + each;
  }
  throw Error(ErrorKind::InvalidArgument, "unknown analysis '" + name + "' (known: " + known + ")");
}

AnalysisConfig analysisConfigByName(const std::string& name) {
  return guarded("analysis configuration", [&] { return analysisConfigByNameUnguarded(name); });
}

std::vector<std::string> analysisConfigNames() {
  std::vector<std::string> names;
  for (const AnalysisConfig& config : namedConfigs()) {
    names.push_back(config.name);
  }
  return names;
}

const char* stemmerKindName(StemmerKind kind) noexcept {
  switch (kind) {
    case StemmerKind::Snowball:
      return "snowball";
    case StemmerKind::Cistem:
      return "cistem";
    case StemmerKind::None:
      break;
  }
  return "none";
}

}  // namespace querverweis
