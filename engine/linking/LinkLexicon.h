// Every title and alias of a glossary as a path of analyzed words in a trie, so that one walk
// over an analyzed text finds all of them in a few steps per word, whatever the size of the
// glossary. "Häusliche Gewalt" is the path hauslich → gewalt; "Bürgersprechstunde" is one edge,
// and its compound leaves burg|sprechstu index it for mentions inside other compounds.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzers/AnalyzedToken.h"
#include "analyzers/LookupKeys.h"
#include "engine/linking/LinkWords.h"
#include "engine/linking/SenseRules.h"

namespace querverweis {

struct LinkName {
  std::size_t entry = 0;
  std::string surface;
  bool title = false;
  NameTraits traits;
  std::wstring lowered;  // lower-case surface, whitespace folded: tells exact from inflected
  std::wstring folded;   // LookupKeys::foldLetters(surface), for compound checks
};

// Build with add(), then read from any number of threads.
class LinkLexicon {
 public:
  struct Ending {
    std::size_t name;
    std::vector<std::wstring> forms;  // foldLetters of the name's text per step
  };
  struct Node {
    std::unordered_map<std::wstring, std::size_t> next;
    std::vector<Ending> endings;
  };

  // `analyze` is the analysis the names and the texts they are matched against go through.
  // REQUIRES: `keys` outlives the lexicon.
  LinkLexicon(const LookupKeys& keys, AnalyzeFunction analyze);

  void addEntry(std::size_t entry, const std::string& slug, const std::string& title,
                const std::vector<std::string>& aliases);

  const LookupKeys& keys() const { return keys_; }
  const AnalyzeFunction& analyze() const { return analyze_; }

  std::vector<std::string> slugs;   // by entry
  std::vector<std::string> titles;  // by entry
  std::vector<LinkName> names;
  std::vector<Node> trie{1};
  // One-word names by their compound leaves (and by their whole term), for compounds.
  std::unordered_map<std::wstring, std::vector<std::size_t>> byLeaves;
  // One-word names by foldLetters of their surface, for elided words the splitter cannot see.
  std::unordered_map<std::wstring, std::size_t> byFolded;

 private:
  void addName(std::size_t entry, const std::string& surface, bool title);
  void insertWords(const Words& words, std::string_view text, std::size_t name);
  void insertPath(const std::vector<std::wstring>& keys, std::vector<std::wstring> forms,
                  std::size_t name);

  const LookupKeys& keys_;
  AnalyzeFunction analyze_;
};

}  // namespace querverweis
