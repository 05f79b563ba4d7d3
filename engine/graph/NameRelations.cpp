#include "engine/graph/NameRelations.h"

#include <algorithm>
#include <unordered_map>

namespace querverweis {

namespace {

// Shorter one-word names ("Raub", "Zoll") are too likely to hide inside unrelated compounds.
constexpr std::size_t kMinNameChars = 5;

// The words a term may be built on: "rechtsextremismus" on "extremismus", "deradikalisier" on
// "radikalisier", "cannabispravention" on "cannabis". A prefix or suffix of at least
// kMinNameChars that leaves at least two characters of the term.
std::vector<std::wstring> wordsInside(const std::wstring& term) {
  std::vector<std::wstring> inside;
  for (std::size_t length = kMinNameChars; length + 2 <= term.size(); ++length) {
    inside.push_back(term.substr(0, length));
    inside.push_back(term.substr(term.size() - length));
  }
  return inside;
}

}  // namespace

std::vector<std::vector<NameRelation>> nameRelations(const std::vector<Entry>& entries,
                                                     const AnalyzeFunction& analyze,
                                                     const Thesaurus* thesaurus) {
  struct Name {
    std::string text;
    std::vector<AnalyzedToken> tokens;
  };
  std::vector<std::vector<Name>> namesOf(entries.size());
  std::unordered_map<std::wstring, std::vector<std::pair<std::uint32_t, std::string>>> byKey;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::vector<std::string> texts = entries[i].aliases;
    texts.insert(texts.begin(), entries[i].title);
    for (std::string& text : texts) {
      std::vector<AnalyzedToken> tokens = analyze(text);
      std::wstring key = headTermKey(tokens);
      if (key.empty()) continue;
      byKey[key].emplace_back(static_cast<std::uint32_t>(i), text);
      namesOf[i].push_back({std::move(text), std::move(tokens)});
    }
  }
  std::vector<std::vector<NameRelation>> names(entries.size());
  auto relate = [&](std::size_t a, std::uint32_t b, NameLink link, const std::string& name,
                    const std::string& otherName) {
    if (a == b) return;
    auto has = [](const std::vector<NameRelation>& list, std::uint32_t other) {
      return std::any_of(list.begin(), list.end(),
                         [other](const NameRelation& r) { return r.other == other; });
    };
    NameLink reverse = link == NameLink::Contains    ? NameLink::Contained
                       : link == NameLink::Contained ? NameLink::Contains
                                                     : link;
    if (!has(names[a], b)) names[a].push_back({b, link, name, otherName});
    if (!has(names[b], static_cast<std::uint32_t>(a))) {
      names[b].push_back({static_cast<std::uint32_t>(a), reverse, otherName, name});
    }
  };
  // Strongest relation first: relate() keeps the first one found per pair.
  for (std::size_t a = 0; a < entries.size(); ++a) {
    for (const Name& name : namesOf[a]) {
      auto same = byKey.find(headTermKey(name.tokens));
      if (same == byKey.end()) continue;
      for (const auto& [b, other] : same->second)
        relate(a, b, NameLink::SameName, name.text, other);
    }
  }
  if (thesaurus != nullptr) {
    for (std::size_t a = 0; a < entries.size(); ++a) {
      for (const Name& name : namesOf[a]) {
        for (const std::string& synonym : thesaurus->synonyms(name.text)) {
          auto found = byKey.find(headTermKey(analyze(synonym)));
          if (found == byKey.end()) continue;
          for (const auto& [b, other] : found->second) {
            relate(a, b, NameLink::Thesaurus, name.text, other);
          }
        }
      }
    }
  }
  // One-word names, by term, for the compound check.
  std::unordered_map<std::wstring, std::vector<std::pair<std::uint32_t, std::string>>> words;
  for (std::size_t b = 0; b < entries.size(); ++b) {
    for (const Name& name : namesOf[b]) {
      const std::wstring key = headTermKey(name.tokens);
      if (key.find(L' ') == std::wstring::npos && key.size() >= kMinNameChars) {
        words[key].emplace_back(static_cast<std::uint32_t>(b), name.text);
      }
    }
  }
  for (std::size_t a = 0; a < entries.size(); ++a) {
    for (const Name& name : namesOf[a]) {
      for (const AnalyzedToken& token : name.tokens) {
        for (const std::wstring& word : wordsInside(token.term)) {
          auto found = words.find(word);
          if (found == words.end()) continue;
          for (const auto& [b, other] : found->second) {
            relate(a, b, NameLink::Contains, name.text, other);
          }
        }
      }
    }
  }
  return names;
}

}  // namespace querverweis
