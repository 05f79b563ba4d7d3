// The words of all entries as tf-idf vectors for the related box's text similarity, and the
// surface each analyzed term is most often written as, so reasons can say "Prävention" instead of
// "pravention" and "Trick" for the part "trick" of "Enkeltrick". MoreLikeThis-style: terms in
// fewer than two entries or in more than a share of them say nothing about a pair; nouns weigh
// more than other words; title and alias words count like several body occurrences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzers/AnalyzedToken.h"
#include "engine/graph/SparseVectors.h"
#include "querverweis/Entry.h"

namespace querverweis {

struct TermSpaceOptions {
  double titleBoost = 3.0;       // a title or alias word counts like this many body occurrences
  double partWeight = 0.5;       // a compound part counts this much of a word
  double otherWordWeight = 0.2;  // words that are not nouns count this much
  std::size_t maxTerms = 25;     // terms kept per entry (MoreLikeThis's maxQueryTerms)
  double maxDocShare = 0.3;      // terms in more of the entries say nothing
  std::size_t minTermChars = 3;
};

class TermSpace {
 public:
  TermSpace(const std::vector<Entry>& entries, const AnalyzeFunction& analyze,
            const TermSpaceOptions& options = {});

  std::vector<std::vector<TermWeight>> vectors;  // per entry, sorted by id, unit length
  std::vector<std::string> surfaces;             // per term id; empty if never a word of its own
  // Per entry, sorted: the terms of its title and aliases, compound parts included.
  std::vector<std::vector<std::uint32_t>> nameTerms;

 private:
  std::uint32_t idOf(const std::wstring& term);
  void addText(const std::vector<AnalyzedToken>& tokens, std::string_view text, double weight,
               std::unordered_map<std::uint32_t, double>& counts,
               std::vector<std::uint32_t>* seen = nullptr);
  void pickSurfaces();
  void weigh(const std::vector<std::unordered_map<std::uint32_t, double>>& counts);

  TermSpaceOptions options_;
  std::unordered_map<std::wstring, std::uint32_t> ids_;
  std::vector<std::map<std::string, int>> surfaceCounts_;   // as a word of its own
  std::vector<std::map<std::string, int>> compoundCounts_;  // compounds it is a part of
};

// The stretch of a compound that a part term stands for, capitalised like a noun:
// ("Enkeltrick", "trick") → "Trick", ("Bürgersprechstunden", "sprechstund") → "Sprechstunden".
// Folds case and umlauts the way the analysis does, keeps a short inflection ending when the
// part ends the word, and gives up (empty) when the term is not found in the folded word.
std::string partOfCompound(const std::string& compound, const std::wstring& term);

}  // namespace querverweis
