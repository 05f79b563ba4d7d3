// Synonym thesaurus for query expansion: groups of words that mean the same ("Kiez" ~
// "Stadtteil" ~ "Veedel"), read from Debian's OpenThesaurus text export (LGPL 2.1 data) or
// added set by set. Pure lookup table: no stemming, no compound splitting, no transitive
// expansion (a synonym's own synonyms are not followed), no Lucene.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace querverweis {

struct ThesaurusOptions {
  // At most this many synonyms per lookup; 0 means no limit. Large sets (the export has sets of
  // 40 to 90 terms) would otherwise drown a query in loosely related words.
  std::size_t maxSynonymsPerTerm = 8;
  // Drop terms annotated "(vulg.)" or "(derb)", alone or among other labels ("(derb, österr.)").
  bool skipVulgar = true;
  // Ignore whole sets with more than this many usable terms; 0 means keep every set. Ranking
  // already puts smaller sets first, so this only matters to callers who want none of a big set.
  std::size_t maxSetSize = 0;
};

// Build with setKeyFunction(), loadOpenThesaurus() and addSet(), then call the const members
// from any number of threads (the key function must then be safe to call concurrently).
//
// Terms are cleaned before they are stored: everything in parentheses is removed ("Veedel
// (Köln) (ugs.)" → "Veedel", "(sich) taub stellen" → "taub stellen", "kipp(e)lig" →
// "kipplig"), whitespace is collapsed and trimmed, and empty terms as well as fragments with
// "..." ("Personal...") are skipped. Sets with fewer than two usable terms are ignored.
class Thesaurus {
 public:
  explicit Thesaurus(ThesaurusOptions options = {});

  // Reads an OpenThesaurus text export: one set per line, terms separated by ';', lines
  // starting with '#' are comments. Throws Error(Io) naming the file if unreadable.
  void loadOpenThesaurus(const std::string& path);

  // Adds one synonym set (e.g. an entry's title with its aliases), cleaned like file terms.
  void addSet(const std::vector<std::string>& terms);

  // Synonyms of `term` as written in their sets, without the term itself, deduplicated by key,
  // best first: sets with fewer terms first; within a set the "(Hauptform)" term, then terms
  // without a trailing label, then labelled ones ("(ugs.)", "(veraltet)"), else file order.
  std::vector<std::string> synonyms(std::string_view term) const;

  // Number of distinct keys (cleaned terms after the key function) that have synonyms.
  std::size_t termCount() const;

  // Normalisation applied to stored keys and lookups alike (e.g. the engine's umlaut-folding
  // analysis, so "Bürger" meets "Buerger"). Default: lowerUtf8 (text/CaseFolding.h).
  // An empty function restores the default. Throws std::logic_error once terms are stored.
  void setKeyFunction(std::function<std::string(std::string_view)> key);

 private:
  struct Member {
    std::uint32_t key;
    std::uint32_t display;
    std::uint8_t rank;  // 0 main form, 1 plain, 2 labelled
  };

  struct Candidate {
    std::string key;
    std::string text;
    std::uint8_t rank;
  };

  void addCandidate(std::string_view raw, std::vector<Candidate>& candidates) const;
  void addCandidates(std::vector<Candidate>& candidates);
  std::uint32_t internKey(std::string key);
  std::uint32_t internDisplay(std::string text);
  std::size_t setSize(std::uint32_t set) const;

  ThesaurusOptions options_;
  std::function<std::string(std::string_view)> key_;

  // Sets are stored back to back; set i is members_[setStarts_[i], setStarts_[i + 1]).
  std::vector<Member> members_;
  std::vector<std::uint32_t> setStarts_{0};

  std::unordered_map<std::string, std::uint32_t> keyIds_;
  std::vector<std::vector<std::uint32_t>> setsOfKey_;  // smallest set first

  // Node-based map: the pointers into it stay valid while it grows.
  std::unordered_map<std::string, std::uint32_t> displayIds_;
  std::vector<const std::string*> displays_;
};

}  // namespace querverweis
