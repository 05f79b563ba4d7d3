// The linker's view of analyzed text: one slot per word (the first token of each position) with
// the compound parts that do not split further, the folded separator before it, and the chains
// of hyphenated words. "Jugend- und Opferschutz" → slots jugend (truncated), opferschutz with
// leaves opfer|schutz and separator "- und ". Built from tokens only, so it is testable without
// Lucene++.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/AnalyzedToken.h"

namespace querverweis {

inline constexpr std::size_t kNoChain = static_cast<std::size_t>(-1);

// One word of an analyzed text: the first token of a position, with its compound parts.
struct Slot {
  std::wstring term;
  bool truncated = false;  // "Jugend-" in "Jugend- und Opferschutz"
  std::size_t begin = 0;   // bytes
  std::size_t end = 0;
  std::wstring separator;            // folded text between the previous word and this one
  std::vector<std::wstring> leaves;  // compound parts that do not split further, or the term
  std::size_t chain = kNoChain;
};

// A hyphenated word: its parts are slots of their own, the joined form an alternative.
struct Chain {
  std::size_t first = 0;  // slots
  std::size_t last = 0;
  std::wstring joined;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
};

struct Words {
  std::vector<Slot> slots;
  std::vector<Chain> chains;
};

// `tokens` are the analysis of `text` (words with their compound parts, as for queries).
Words wordsOf(const std::vector<AnalyzedToken>& tokens, std::string_view text);

// Trie edges carry the separator before a word (so "Häusliche Gewalt" does not match across a
// full stop) and mark truncated words (so "Sucht-" never reads as "Sucht").
std::wstring edgeKey(const std::wstring& separator, bool first, const std::wstring& term,
                     bool truncated);

// Leaves [from, to) joined: the key of a concept inside a compound.
std::wstring leafKey(const std::vector<std::wstring>& leaves, std::size_t from, std::size_t to);

}  // namespace querverweis
