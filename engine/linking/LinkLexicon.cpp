#include "engine/linking/LinkLexicon.h"

#include "analyzers/text/Words.h"

namespace querverweis {

LinkLexicon::LinkLexicon(const LookupKeys& keys, AnalyzeFunction analyze)
    : keys_(keys), analyze_(std::move(analyze)) {}

void LinkLexicon::addEntry(std::size_t entry, const std::string& slug, const std::string& title,
                           const std::vector<std::string>& aliases) {
  if (slugs.size() <= entry) {
    slugs.resize(entry + 1);
    titles.resize(entry + 1);
  }
  slugs[entry] = slug;
  titles[entry] = title;
  addName(entry, title, true);
  for (const std::string& alias : aliases) {
    addName(entry, alias, false);
  }
}

void LinkLexicon::insertPath(const std::vector<std::wstring>& keys, std::vector<std::wstring> forms,
                             std::size_t name) {
  std::size_t node = 0;
  for (const std::wstring& key : keys) {
    auto found = trie[node].next.find(key);
    if (found == trie[node].next.end()) {
      trie.emplace_back();
      found = trie[node].next.emplace(key, trie.size() - 1).first;
    }
    node = found->second;
  }
  trie[node].endings.push_back({name, std::move(forms)});
}

void LinkLexicon::addName(std::size_t entry, const std::string& surface, bool title) {
  Words words = wordsOf(analyze_(surface), surface);
  if (words.slots.empty()) {
    return;
  }
  std::size_t index = names.size();
  LinkName name;
  name.entry = entry;
  name.surface = surface;
  name.title = title;
  name.lowered = foldSpacing(surface);
  name.folded = keys_.foldLetters(surface);
  name.traits = nameTraits(surface, name.folded, title);
  names.push_back(std::move(name));

  insertWords(words, surface, index);
  // Stemmers keep some genitive and plural -s (Snowball after a vowel or "p": Büros, Shops), so
  // that form gets a path of its own where it analyzes differently.
  if (!names[index].traits.caseSensitive && !names[index].traits.number) {
    std::string plural = surface + "s";
    Words inflected = wordsOf(analyze_(plural), plural);
    if (inflected.slots.size() == words.slots.size() &&
        inflected.slots.back().term != words.slots.back().term) {
      insertWords(inflected, plural, index);
    }
  }
  if (words.slots.size() == 1) {
    const Slot& slot = words.slots.front();
    byLeaves[leafKey(slot.leaves, 0, slot.leaves.size())].push_back(index);
    if (slot.leaves.size() > 1) {
      byLeaves[slot.term].push_back(index);
    }
    byFolded.emplace(names[index].folded, index);
  }
}

// Word by word, and (if the name is hyphenated) with each hyphenated word in its joined form, so
// "Fake-Shop" meets "Fakeshop" and "Cyber-Mobbing" meets "Cybermobbing".
void LinkLexicon::insertWords(const Words& words, std::string_view text, std::size_t name) {
  std::vector<std::wstring> keys;
  std::vector<std::wstring> forms;
  std::vector<std::wstring> joinedKeys;
  std::vector<std::wstring> joinedForms;
  for (std::size_t i = 0; i < words.slots.size(); ++i) {
    const Slot& slot = words.slots[i];
    keys.push_back(edgeKey(slot.separator, i == 0, slot.term, slot.truncated));
    forms.push_back(keys_.foldLetters(text.substr(slot.begin, slot.end - slot.begin)));
    if (slot.chain == kNoChain) {
      joinedKeys.push_back(keys.back());
      joinedForms.push_back(forms.back());
    } else if (words.chains[slot.chain].first == i) {
      const Chain& chain = words.chains[slot.chain];
      joinedKeys.push_back(edgeKey(slot.separator, i == 0, chain.joined, false));
      joinedForms.push_back(keys_.foldLetters(text.substr(chain.begin, chain.end - chain.begin)));
    }
  }
  insertPath(keys, forms, name);
  if (!words.chains.empty()) {
    insertPath(joinedKeys, joinedForms, name);
  }
}

}  // namespace querverweis
