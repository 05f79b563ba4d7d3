#include "engine/Autocomplete.h"

#include <algorithm>
#include <map>

#include "engine/Error.h"
#include "engine/TermKey.h"

namespace querverweis {

namespace {

constexpr std::size_t kMaxLimit = 50;
constexpr std::size_t kMaxPrefixBytes = 200;

enum KindRank { kTitleStart = 0, kAliasStart = 1, kInnerWord = 2, kCompoundTail = 3 };

const char* kindName(int kind) {
  switch (kind) {
    case kTitleStart:
      return "title";
    case kAliasStart:
      return "alias";
    case kInnerWord:
      return "word";
    default:
      return "compound_tail";
  }
}

bool isSeparator(char c) {
  return c == ' ' || c == '-' || c == '.' || c == '/';
}

}  // namespace

Autocomplete::Autocomplete(const std::vector<Entry>& entries, const LanguageData& language)
    : entries_(entries), language_(language) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    addName(i, entries[i].title, true);
    for (const std::string& alias : entries[i].aliases) {
      addName(i, alias, false);
    }
  }
  std::sort(keys_.begin(), keys_.end(),
            [](const Key& a, const Key& b) { return a.folded < b.folded; });
}

void Autocomplete::addName(std::size_t entry, const std::string& text, bool isTitle) {
  std::size_t name = names_.size();
  names_.push_back({text, isTitle});
  std::string folded = foldedWord(text, language_.normalizer());
  keys_.push_back({folded, entry, name, isTitle ? kTitleStart : kAliasStart});
  std::size_t wordStart = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && !isSeparator(folded[i])) {
      continue;
    }
    std::string_view word(folded.data() + wordStart, i - wordStart);
    if (wordStart > 0 && !word.empty()) {
      keys_.push_back({folded.substr(wordStart), entry, name, kInnerWord});
    }
    for (const CompoundPart& part : language_.splitter().split(word)) {
      if (part.begin > 0) {
        keys_.push_back({folded.substr(wordStart + part.begin), entry, name, kCompoundTail});
      }
    }
    wordStart = i + 1;
  }
}

std::vector<Completion> Autocomplete::complete(std::string_view prefix, std::size_t limit) const {
  if (limit < 1 || limit > kMaxLimit) {
    throw Error(ErrorKind::InvalidArgument, "limit must be between 1 and 50");
  }
  if (prefix.find_first_not_of(" \t") == std::string_view::npos ||
      prefix.size() > kMaxPrefixBytes) {
    throw Error(ErrorKind::InvalidArgument, "prefix must be 1 to 200 bytes of text");
  }
  std::string key = foldedWord(prefix, language_.normalizer());
  auto first = std::lower_bound(keys_.begin(), keys_.end(), key,
                                [](const Key& k, const std::string& p) { return k.folded < p; });
  // Best key per entry: kind first, then the shorter name.
  std::map<std::size_t, const Key*> best;
  for (auto it = first; it != keys_.end() && it->folded.compare(0, key.size(), key) == 0; ++it) {
    const Key*& current = best[it->entry];
    if (current == nullptr || std::tie(it->kind, names_[it->name].text) <
                                  std::tie(current->kind, names_[current->name].text)) {
      current = &*it;
    }
  }
  std::vector<const Key*> ranked;
  for (const auto& [entry, found] : best) {
    ranked.push_back(found);
  }
  std::sort(ranked.begin(), ranked.end(), [this](const Key* a, const Key* b) {
    const std::string& left = names_[a->name].text;
    const std::string& right = names_[b->name].text;
    return std::make_tuple(a->kind, left.size(), left) <
           std::make_tuple(b->kind, right.size(), right);
  });
  std::vector<Completion> completions;
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) {
    const Entry& entry = entries_[ranked[i]->entry];
    completions.push_back(
        {entry.slug, entry.title, names_[ranked[i]->name].text, kindName(ranked[i]->kind)});
  }
  return completions;
}

}  // namespace querverweis
