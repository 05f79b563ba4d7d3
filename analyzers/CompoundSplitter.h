// Splits German compounds into their dictionary parts so that a search for "Einbruchschutz" can
// find "Einbruchschutzberatung" (einbruch | schutz | beratung). Linking elements (-s-, -es-, -n-,
// -en-, -er-, -e-, -ens-) are recognised and left out of the parts; "Schul-" in "Schulhof" is
// matched as an elided "Schule". It does not stem, fold umlauts or guess parts that are not in
// the dictionary (verb stems like "sprech" in "Sprechstunde" therefore stay with their neighbour).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
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

// Besides the words, the splitter uses evidence taken from the compounds in the dictionary:
// which modifiers and heads combine with many different partners. It breaks ties between splits
// with the same number of parts (Orts|teil rather than Ort|steil) and guards listed words (see
// min_modifier_families). It is derived from all words at the first split() after words were
// added (a few hundred milliseconds for ngerman), so the order of adding does not matter.
//
// Thread safety: split() is const; any number of threads may call it at once, provided no thread
// adds words at the same time (the one-off derivation of the evidence is internally locked).
class CompoundSplitter {
 public:
  explicit CompoundSplitter(CompoundSplitterOptions options = {});
  CompoundSplitter(const CompoundSplitter& other);
  CompoundSplitter& operator=(const CompoundSplitter& other);
  ~CompoundSplitter();

  // Adds a known word (any case; stored lowercased). Preferred words (e.g. glossary titles) win
  // ties between otherwise equally good splits.
  void addWord(std::string_view word, bool preferred = false);

  // Loads a one-word-per-line list such as /usr/share/dict/ngerman, skipping abbreviations
  // (more than one capital letter) and entries with non-letters; throws std::runtime_error naming
  // the file if it cannot be read.
  void addWordList(const std::string& path);

  // Splits a lowercase UTF-8 word into its parts; empty if the word is not a compound.
  std::vector<CompoundPart> split(std::string_view lowercaseWord) const;

  // True if the lowercase word was added (from a word list, the corpus or a title).
  bool knows(std::string_view lowercaseWord) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct WordInfo {
    bool preferred = false;
    bool capitalised = false;  // seen with a capital initial: a noun (or a name)
  };
  using WordMap = std::unordered_map<std::string, WordInfo, Hash, std::equal_to<>>;
  struct Evidence;  // derived from words_, see the class comment

  const Evidence& evidence() const;

  CompoundSplitterOptions options_;
  WordMap words_;
  std::size_t longestWord_ = 0;  // bytes
  std::unique_ptr<Evidence> evidence_;
};

}  // namespace querverweis
