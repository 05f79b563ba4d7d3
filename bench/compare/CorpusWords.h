// The words of a corpus and how often they occur, as the query generator of the side-by-side
// benchmark needs them: which capitalised words are nouns ("Datei", "Verzeichnis"), in how many
// pages each occurs, and which nouns and verbs each page uses. A word is a whitespace-separated
// token with surrounding punctuation removed that consists of letters only (ASCII and Latin-1),
// so "Verzeichnis)." counts as "Verzeichnis", while "--all", "/etc/passwd" and "Online-Hilfe"
// are not words here. The section ÜBERSETZUNG (translator credits and licence, the same on
// almost every page) is not counted. It knows no grammar beyond German capitalisation.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bench/compare/CompareCorpus.h"

namespace querverweis::bench {

struct WordCounts {
  std::size_t occurrences = 0;
  std::size_t pages = 0;  // pages with at least one occurrence
};

class CorpusWords {
 public:
  explicit CorpusWords(const std::vector<PageEntry>& pages);

  // Nouns: words of at least four letters written "Xxxx", whose lower-case form occurs lower
  // case in under a tenth of its occurrences (so "Diese" at a sentence start is not one).
  // Sorted by byte order.
  const std::vector<std::string>& nouns() const { return nouns_; }
  bool isNoun(std::string_view word) const;
  // Occurrences of this exact spelling; zero counts for an unknown word.
  WordCounts counts(std::string_view word) const;

  // Per page (in the order given): its distinct nouns, and its distinct lower-case words of at
  // least six letters ending in "en" found in three pages or more but at most a sixth of them
  // (mostly verbs: "löschen", "anzeigen"). Both sorted.
  const std::vector<std::vector<std::string>>& pageNouns() const { return pageNouns_; }
  const std::vector<std::vector<std::string>>& pageVerbs() const { return pageVerbs_; }

 private:
  std::map<std::string, WordCounts, std::less<>> counts_;
  std::vector<std::string> nouns_;
  std::vector<std::vector<std::string>> pageNouns_;
  std::vector<std::vector<std::string>> pageVerbs_;
};

// "Datei" → "datei", "Übersicht" → "übersicht": the first letter lower-cased (ASCII, Latin-1).
std::string lowerFirst(std::string_view word);
// "datei" → "Datei".
std::string upperFirst(std::string_view word);
// Letters, not bytes: "Größe" has 5.
std::size_t letterCount(std::string_view word);

}  // namespace querverweis::bench
