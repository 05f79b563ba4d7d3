#include "engine/search/SpellingIndex.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <limits>
#include <string>
#include <utility>

#include "analyzers/text/Utf8.h"
#include "querverweis/Error.h"

namespace querverweis {

namespace {

constexpr int kMaxDistance = 2;

// SymSpell's prefix trick: only the first letters of a term get a deletion dictionary, which caps
// the deletions per term at 1 + 7 + 21 = 29 whatever its length. It loses nothing: when two words
// are within k edits, their 7-letter prefixes still share a string reachable by at most k
// deletions from each. The price is more candidates for long words, which the exact distance
// check afterwards sorts out.
constexpr std::size_t kPrefixLength = 7;

constexpr std::uint32_t kEndOfChain = std::numeric_limits<std::uint32_t>::max();

// Deletions are kept as 64-bit hashes rather than strings: 8 bytes per key instead of 32 for a
// std::string (more when umlauts push a 7-letter prefix past the small-string buffer), which
// matters at up to 29 keys per term. The cost: a collision adds a wrong candidate, which the exact
// distance check drops, and the keys cannot be listed or persisted in readable form.
std::uint64_t hashLetters(std::u32string_view letters) {
  return std::hash<std::u32string_view>{}(letters);
}

// Hashes of `prefix` and of every string made from it by deleting up to `distance` letters,
// sorted and without repeats.
std::vector<std::uint64_t> deletionHashes(std::u32string_view prefix, int distance) {
  std::vector<std::u32string> level{std::u32string(prefix)};
  std::vector<std::uint64_t> hashes{hashLetters(prefix)};
  for (int d = 0; d < distance; ++d) {
    std::vector<std::u32string> shorter;
    for (const std::u32string& letters : level) {
      for (std::size_t i = 0; i < letters.size(); ++i) {
        std::u32string deleted = letters;
        deleted.erase(i, 1);
        hashes.push_back(hashLetters(deleted));
        shorter.push_back(std::move(deleted));
      }
    }
    std::sort(shorter.begin(), shorter.end());
    shorter.erase(std::unique(shorter.begin(), shorter.end()), shorter.end());
    level = std::move(shorter);
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

std::u32string_view prefixOf(std::u32string_view letters) {
  return letters.substr(0, std::min(letters.size(), kPrefixLength));
}

// Optimal string alignment distance; anything above `limit` is reported as limit + 1, which lets
// the computation stop as soon as a whole row exceeds the limit.
int osaDistance(std::u32string_view a, std::u32string_view b, int limit) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  const int beyond = limit + 1;
  if (static_cast<std::size_t>(std::abs(static_cast<long>(n) - static_cast<long>(m))) >
      static_cast<std::size_t>(limit)) {
    return beyond;
  }
  std::vector<int> twoBack(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    int rowMinimum = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      int best = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        best = std::min(best, twoBack[j - 2] + 1);
      }
      current[j] = best;
      rowMinimum = std::min(rowMinimum, best);
    }
    if (rowMinimum > limit) return beyond;
    std::swap(twoBack, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], beyond);
}

bool ranksBefore(const SpellingSuggestion& a, const SpellingSuggestion& b) {
  if (a.distance != b.distance) return a.distance < b.distance;
  if (a.frequency != b.frequency) return a.frequency > b.frequency;
  return a.term < b.term;
}

}  // namespace

int SpellingIndex::editBudget(std::size_t letters) {
  if (letters <= 4) return 0;
  if (letters <= 8) return 1;
  return kMaxDistance;
}

void SpellingIndex::add(std::string_view term, std::uint64_t frequency) {
  if (term.empty()) return;
  const auto known = termIds_.find(std::string(term));
  if (known != termIds_.end()) {
    terms_[known->second].frequency += frequency;
    return;
  }
  const std::u32string letters = decodeUtf8Lenient(term);
  const std::vector<std::uint64_t> hashes = deletionHashes(prefixOf(letters), kMaxDistance);
  if (terms_.size() >= kEndOfChain || postings_.size() + hashes.size() >= kEndOfChain) {
    throw Error(ErrorKind::InvalidArgument, "spelling index: too many terms");
  }
  const auto id = static_cast<std::uint32_t>(terms_.size());
  terms_.push_back({std::string(term), frequency});
  termIds_.emplace(std::string(term), id);
  for (std::uint64_t hash : hashes) {
    const auto [head, inserted] = chainHeads_.try_emplace(hash, kEndOfChain);
    postings_.push_back({id, head->second});
    head->second = static_cast<std::uint32_t>(postings_.size() - 1);
  }
}

std::vector<SpellingSuggestion> SpellingIndex::lookup(std::string_view word, int maxDistance,
                                                      std::size_t limit) const {
  const std::u32string letters = decodeUtf8Lenient(word);
  const int budget =
      maxDistance < 0 ? editBudget(letters.size()) : std::min(maxDistance, kMaxDistance);
  if (limit == 0) return {};

  std::vector<std::uint32_t> candidates;
  for (std::uint64_t hash : deletionHashes(prefixOf(letters), budget)) {
    const auto head = chainHeads_.find(hash);
    if (head == chainHeads_.end()) continue;
    for (std::uint32_t p = head->second; p != kEndOfChain; p = postings_[p].next) {
      candidates.push_back(postings_[p].term);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  std::vector<SpellingSuggestion> suggestions;
  for (std::uint32_t id : candidates) {
    const Term& term = terms_[id];
    const int distance = osaDistance(letters, decodeUtf8Lenient(term.text), budget);
    if (distance <= budget) suggestions.push_back({term.text, distance, term.frequency});
  }
  std::sort(suggestions.begin(), suggestions.end(), ranksBefore);
  if (suggestions.size() > limit) suggestions.resize(limit);
  return suggestions;
}

std::size_t SpellingIndex::size() const {
  return terms_.size();
}

}  // namespace querverweis
