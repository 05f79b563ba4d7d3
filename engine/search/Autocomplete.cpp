#include "engine/search/Autocomplete.h"

#include <algorithm>
#include <map>

namespace querverweis {

namespace {

bool isSeparator(char c) {
  return c == ' ' || c == '-' || c == '.' || c == '/';
}

}  // namespace

Autocomplete::Autocomplete(const std::vector<Entry>& entries, const LookupKeys& keys,
                           const SplitCache& splitter)
    : entries_(entries), lookup_(keys), splitter_(splitter) {
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
  std::string folded = lookup_.fold(text);
  keys_.push_back({folded, entry, name, isTitle ? CompletionKind::Title : CompletionKind::Alias});
  std::size_t wordStart = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && !isSeparator(folded[i])) {
      continue;
    }
    std::string_view word(folded.data() + wordStart, i - wordStart);
    if (wordStart > 0 && !word.empty()) {
      keys_.push_back({folded.substr(wordStart), entry, name, CompletionKind::Word});
    }
    for (const CompoundPart& part : splitter_.split(word)) {
      if (part.begin > 0) {
        keys_.push_back(
            {folded.substr(wordStart + part.begin), entry, name, CompletionKind::CompoundTail});
      }
    }
    wordStart = i + 1;
  }
}

std::vector<Completion> Autocomplete::complete(std::string_view prefix, std::size_t limit) const {
  std::string key = lookup_.fold(prefix);
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
    completions.push_back({entry.slug, entry.title, names_[ranked[i]->name].text, ranked[i]->kind});
  }
  return completions;
}

std::string_view completionKindName(CompletionKind kind) {
  switch (kind) {
    case CompletionKind::Title:
      return "title";
    case CompletionKind::Alias:
      return "alias";
    case CompletionKind::Word:
      return "word";
    case CompletionKind::CompoundTail:
      break;
  }
  return "compound_tail";
}

}  // namespace querverweis
