// What the compound splitter knows about German words: the dictionary (a word list plus the
// corpus's words, glossary names preferred), the rules of its data files (which strings are never
// a part, a modifier or a head; which endings demand the linking -s-), and evidence taken from the
// dictionary's own compounds: "jugend" begins Jugendamt, Jugendarbeit, Jugendschutz… (many
// families of heads, a productive modifier), "dieb" only Diebstahl. It splits nothing itself
// (CompoundSegmenter does) and guesses no words it was not given.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace querverweis {

// One part of a split: the byte span of the part inside the input word (linking element excluded)
// and the dictionary form matched ("schule" for the span "schul" of "schulhof").
struct CompoundPart {
  std::size_t begin;
  std::size_t end;
  std::string text;
};

struct CompoundSplitterOptions {
  // Shortest part, in letters (ä, ö, ü, ß count as one). 3 admits Amt, Rat, Tag, Hof, Weg; 2
  // would let dictionary junk such as "ab" or "EU" cut words apart.
  std::size_t min_part_letters = 3;
  // Accept a modifier that is a dictionary word minus its final -e ("schul" for "Schule",
  // "straf" for "Strafe"); such stems must have at least min_elided_letters letters.
  bool allow_elision = true;
  std::size_t min_elided_letters = 4;
  // Accept a last part that is only in the dictionary without its ending -s, -es, -n, -en, -e
  // (lists of base forms lack genitives and plurals); the base needs at least
  // min_inflected_base_letters letters.
  bool allow_inflected_head = true;
  std::size_t min_inflected_base_letters = 4;
  // A word that is itself in the dictionary is split only if each modifier (with its linking
  // element) starts listed words with at least this many different heads: "Jugend-" does
  // (Jugendamt, Jugendarbeit, ...), "Dieb-" does not (only Diebstahl and its forms), so
  // "Diebstahl" stays whole while "Taschendiebstahl" still splits off "Taschen-". Modifiers in
  // -ung, -heit, -keit, -ion ... with -s- are exempt (Öffentlichkeits-). 0 disables.
  std::size_t min_modifier_families = 2;
  // Longer input is returned unsplit; it bounds the work on garbage (the longest German words in
  // use have about 60 letters).
  std::size_t max_word_letters = 100;
};

struct CompoundWordInfo {
  bool preferred = false;    // a glossary name: wins ties between equally good splits
  bool capitalised = false;  // seen with a capital initial: a noun (or a name)
};

// Build with addWord(), then deriveEvidence() once; the const members are then safe to call
// from any number of threads.
class CompoundLexicon {
 public:
  explicit CompoundLexicon(CompoundSplitterOptions options = {});

  // `word` in any case; stored lower-cased. Keeps the evidence until the next deriveEvidence().
  void addWord(std::string_view word, bool preferred = false);
  // Records which modifiers and heads combine with how many partner families.
  void deriveEvidence();

  const CompoundSplitterOptions& options() const { return options_; }
  std::size_t longestWord() const { return longestWord_; }  // bytes

  const CompoundWordInfo* find(std::string_view lowercase) const;
  bool known(std::string_view lowercase) const { return find(lowercase) != nullptr; }

  bool usablePart(std::string_view s) const;
  bool usableHead(std::string_view s) const;
  bool usableModifier(std::string_view s) const;
  // The modifier's ending demands the linking -s- (Sicherheits-, Arbeits-).
  bool takesLinkingS(std::string_view modifier) const;
  // A linking element is accepted when the modifier plus the element is itself a word form
  // (Kinder-, Sonnen-, Bundes-, Herzens-), when -ens- follows a form in -en (Schmerzens-), or
  // when the modifier's ending demands -s-.
  bool linkAllowed(std::string_view modifier, std::string_view link) const;

  // Partner families, each counting once however many forms it has (Amt, Ämter, Amtes).
  int modifierFamilies(std::string_view modifierWithLink) const;
  int headFamilies(std::string_view head) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using WordMap = std::unordered_map<std::string, CompoundWordInfo, Hash, std::equal_to<>>;
  using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  // One bit per family (first two letters) of the partners seen; the popcount tells variety.
  using EvidenceMap = std::unordered_map<std::string, std::uint64_t, Hash, std::equal_to<>>;

  bool modifierWithLink(std::string_view s) const;
  void recordEvidence(std::string_view word);

  CompoundSplitterOptions options_;
  WordMap words_;
  std::size_t longestWord_ = 0;
  WordSet neverParts_;
  WordSet neverModifiers_;
  WordSet neverHeads_;
  std::vector<std::string> sLinkEndings_;
  EvidenceMap modifiers_;  // modifier with linking element ("kinder") → families of its heads
  EvidenceMap heads_;      // head ("garten") → families of its modifiers
};

// The linking elements German puts between modifier and head, and the endings a head may carry
// beyond its dictionary form.
inline constexpr std::string_view kLinkingElements[] = {"s", "es", "n", "en", "er", "e", "ens"};
inline constexpr std::string_view kHeadEndings[] = {"s", "es", "n", "en", "e"};

}  // namespace querverweis
