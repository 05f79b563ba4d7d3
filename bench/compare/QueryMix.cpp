#include "bench/compare/QueryMix.h"

#include <algorithm>
#include <optional>
#include <random>
#include <set>

namespace querverweis::bench {

namespace {

// std::mt19937_64's sequence is fixed by the standard; the distributions and std::shuffle are
// not, so indices and shuffling are done here.
class Dice {
 public:
  explicit Dice(std::uint64_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool chance(std::size_t percent) { return below(100) < percent; }

 private:
  std::mt19937_64 engine_;
};

struct Compound {
  std::string word;
  std::string head;      // "Datei" of "Konfigurationsdatei"
  std::string modifier;  // "Konfiguration", or empty when the first part is no noun
};

// The longest tail of `word` (at least 4 letters, leaving at least 4) that is a noun itself.
std::optional<Compound> splitCompound(const CorpusWords& words, const std::string& word) {
  for (std::size_t pos = 1; pos + 1 < word.size(); ++pos) {
    const bool boundary = (static_cast<unsigned char>(word[pos]) & 0xC0) != 0x80;
    const std::string_view prefix(word.data(), pos);
    const std::string_view tail = std::string_view(word).substr(pos);
    if (!boundary || letterCount(prefix) < 4 || letterCount(tail) < 4) {
      continue;
    }
    const std::string head = upperFirst(tail);
    if (!words.isNoun(head)) {
      continue;
    }
    std::string modifier(prefix);
    if (!words.isNoun(modifier) && modifier.ends_with('s')) {
      modifier.pop_back();  // the linking s of "Konfiguration-s-datei"
    }
    return Compound{word, head, words.isNoun(modifier) ? modifier : ""};
  }
  return std::nullopt;
}

class MixBuilder {
 public:
  MixBuilder(const CorpusWords& words, std::uint64_t seed) : words_(words), dice_(seed) {}

  // Adds up to `wanted` distinct queries of one kind, each drawn by `draw` (empty: no query).
  template <typename Draw>
  void add(const std::string& kind, std::size_t wanted, Draw draw) {
    std::size_t added = 0;
    for (std::size_t attempt = 0; added < wanted && attempt < wanted * 50; ++attempt) {
      std::string text = draw();
      if (!text.empty() && seen_.insert(text).second) {
        queries_.push_back({kind, std::move(text)});
        ++added;
      }
    }
  }

  // One of `candidates`, or "" if there are none.
  std::string pick(const std::vector<std::string>& candidates) {
    return candidates.empty() ? "" : candidates[dice_.below(candidates.size())];
  }

  // Words from one page: `nouns` distinct nouns, and a verb instead of the last one if `verb`.
  std::string fromOnePage(std::size_t count, bool verb) {
    const std::size_t page = dice_.below(words_.pageNouns().size());
    const std::vector<std::string>& nouns = words_.pageNouns()[page];
    const std::vector<std::string>& verbs = words_.pageVerbs()[page];
    if (nouns.size() < count + 5 || (verb && verbs.empty())) {
      return "";
    }
    std::vector<std::string> chosen;
    while (chosen.size() < count - (verb ? 1 : 0)) {
      std::string noun = pick(nouns);
      if (std::find(chosen.begin(), chosen.end(), noun) == chosen.end()) {
        chosen.push_back(std::move(noun));
      }
    }
    if (verb) {
      chosen.push_back(pick(verbs));
    }
    std::string text = chosen[0];
    for (std::size_t i = 1; i < chosen.size(); ++i) {
      text += " " + chosen[i];
    }
    return text;
  }

  Dice& dice() { return dice_; }

  std::vector<Query> shuffled() {
    for (std::size_t i = queries_.size(); i > 1; --i) {
      std::swap(queries_[i - 1], queries_[dice_.below(i)]);
    }
    return std::move(queries_);
  }

 private:
  const CorpusWords& words_;
  Dice dice_;
  std::set<std::string> seen_;
  std::vector<Query> queries_;
};

std::vector<std::string> nounsWhere(const CorpusWords& words, auto keep) {
  std::vector<std::string> chosen;
  for (const std::string& noun : words.nouns()) {
    if (keep(noun, words.counts(noun))) {
      chosen.push_back(noun);
    }
  }
  return chosen;
}

// The `n` nouns found in the most pages (ties in byte order).
std::vector<std::string> commonestNouns(const CorpusWords& words, std::size_t n) {
  std::vector<std::string> nouns = words.nouns();
  std::stable_sort(nouns.begin(), nouns.end(), [&](const std::string& a, const std::string& b) {
    return words.counts(a).pages > words.counts(b).pages;
  });
  nouns.resize(std::min(n, nouns.size()));
  return nouns;
}

// "Datei" → "Dateien" and the like: both spellings are nouns of the corpus.
std::vector<std::string> inflectedForms(const CorpusWords& words) {
  static const std::vector<std::string> kEndings = {"e", "en", "n", "s", "es", "er", "ern", "nen"};
  std::vector<std::string> forms;
  for (const std::string& noun : words.nouns()) {
    for (const std::string& ending : kEndings) {
      if (words.isNoun(noun + ending)) {
        forms.push_back(noun + ending);
      }
    }
  }
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

std::vector<Compound> compounds(const CorpusWords& words) {
  std::vector<Compound> found;
  for (const std::string& noun : words.nouns()) {
    if (letterCount(noun) >= 12) {
      if (auto compound = splitCompound(words, noun)) {
        found.push_back(std::move(*compound));
      }
    }
  }
  return found;
}

std::vector<std::string> compoundParts(const std::vector<Compound>& found, bool heads) {
  std::set<std::string> parts;
  for (const Compound& compound : found) {
    const std::string& part = heads ? compound.head : compound.modifier;
    if (!part.empty()) {
      parts.insert(part);
    }
  }
  return {parts.begin(), parts.end()};
}

}  // namespace

std::vector<Query> makeQueryMix(const CorpusWords& words, const QueryMixOptions& options) {
  MixBuilder mix(words, options.seed);
  const auto rare = nounsWhere(words, [](const std::string& noun, WordCounts counts) {
    return counts.pages == 1 && counts.occurrences <= 2 && letterCount(noun) >= 6;
  });
  const auto mid = nounsWhere(words, [](const std::string&, WordCounts counts) {
    return counts.pages >= 5 && counts.pages <= 50;
  });
  const auto common = commonestNouns(words, 300);
  const auto inflected = inflectedForms(words);
  const auto found = compounds(words);
  std::vector<std::string> compoundWords;
  for (const Compound& compound : found) {
    compoundWords.push_back(compound.word);
  }
  const auto heads = compoundParts(found, true);
  const auto modifiers = compoundParts(found, false);

  mix.add("rare", options.rare, [&] { return mix.pick(rare); });
  mix.add("mid", options.mid, [&] { return mix.pick(mid); });
  mix.add("common", options.common, [&] { return mix.pick(common); });
  mix.add("inflected", options.inflected, [&] { return mix.pick(inflected); });
  mix.add("compound", options.compound, [&] { return mix.pick(compoundWords); });
  mix.add("compound_head", options.compoundHead, [&] { return mix.pick(heads); });
  mix.add("compound_modifier", options.compoundModifier, [&] { return mix.pick(modifiers); });
  mix.add("two_words", options.twoWords, [&] { return mix.fromOnePage(2, mix.dice().chance(40)); });
  mix.add("three_words", options.threeWords,
          [&] { return mix.fromOnePage(3, mix.dice().chance(33)); });
  return mix.shuffled();
}

}  // namespace querverweis::bench
