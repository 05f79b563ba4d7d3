// Which steps of the German analysis chain are on, and a look at what the chain makes of a text.
// The named configurations are what the evaluation compares ("baseline" … "full"); "full" is the
// default everywhere else. analyze("Bürgersprechstunden") gives the term "burgersprechstu" and
// its compound parts "burg" and "sprechstu" at the same position, with byte offsets 0–20.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace querverweis {

enum class StemmerKind { None, Snowball, Cistem };

struct AnalysisConfig {
  std::string name = "full";
  bool standardBaseline = false;  // Lucene++'s StandardAnalyzer, no German knowledge at all
  bool normalize = true;          // ä/ae, ö/oe, ü/ue, ß/ss meet
  StemmerKind stemmer = StemmerKind::Cistem;
  bool compounds = true;  // split compounds into their parts
  bool synonyms = true;   // query-time synonyms from the thesaurus and the entries' aliases
  bool typos = true;      // query-time spelling correction against the index vocabulary

  bool operator==(const AnalysisConfig&) const = default;
};

// Throws Error(InvalidArgument) listing the known names if `name` is unknown.
AnalysisConfig analysisConfigByName(const std::string& name);
std::vector<std::string> analysisConfigNames();

// "none", "snowball", "cistem".
const char* stemmerKindName(StemmerKind kind) noexcept;

// Where the German language data comes from. Defaults are Debian's packages.
struct LanguageDataPaths {
  // Word list (package wngerman): the compound dictionary and the words whose ae/oe/ue are no
  // umlauts. A missing file leaves the dictionary empty.
  std::string wordList = "/usr/share/dict/ngerman";
  // OpenThesaurus text export (package openthesaurus-de-text); a missing file leaves only the
  // entries' own aliases as synonyms.
  std::string thesaurus = "/usr/share/openthesaurus-de/openthesaurus.txt";
};

struct AnalyzedTerm {
  std::string term;       // UTF-8
  std::string type;       // word, abbreviation, hyphen_part, joined, truncated, compound_part
  int position = 0;       // 0-based; terms at one position are alternatives
  std::size_t begin = 0;  // byte offsets into the analyzed text
  std::size_t end = 0;
};

// One token after one step of the chain, for showing what each step does.
struct StageToken {
  std::string term;
  std::string type;  // word, compound_part, …
  int position = 0;
  std::size_t start = 0;  // byte offsets into the analyzed text, end exclusive
  std::size_t end = 0;
  // Against the step before: "" unchanged, "changed" (same text, new term), "added" (new token).
  std::string change;
};

// "Bürgersprechstunden" goes tokens: Bürgersprechstunden → lower case → stop words (kept) →
// normalization: burgersprechstunden → compound parts: + burg, sprechstunden → stems.
struct AnalysisStage {
  // tokens | lowercase | stopwords | normalization | compounds | stems, or "standard" for the
  // baseline configuration, which has no steps of its own.
  std::string name;
  std::vector<StageToken> tokens;
  std::vector<StageToken> removed;  // tokens of the step before that this step dropped
};

struct SharedTerm {
  std::string term;
  std::string typeA;  // word | compound_part | …: how the term came out of each text
  std::string typeB;
};

// "Do these two texts meet?": "Häuser" and "Haus" both become "hau".
struct TermComparison {
  std::vector<StageToken> a;  // the final terms of each text
  std::vector<StageToken> b;
  std::vector<SharedTerm> shared;  // in the order of `a`, each term once
};

// The terms the chain of `config` makes of `text`, with the word list at `paths.wordList` as
// the compound dictionary (no corpus words). Throws Error(InvalidArgument) for invalid UTF-8.
std::vector<AnalyzedTerm> analyze(std::string_view text, const AnalysisConfig& config,
                                  const LanguageDataPaths& paths = {});

}  // namespace querverweis
