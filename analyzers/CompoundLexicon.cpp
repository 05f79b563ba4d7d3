#include "analyzers/CompoundLexicon.h"

#include <algorithm>
#include <bit>

#include "analyzers/WordLists.h"
#include "analyzers/text/CaseFolding.h"
#include "analyzers/text/GermanNormalizer.h"
#include "analyzers/text/Utf8.h"
#include "analyzers/text/WordShape.h"

namespace querverweis {

namespace {

// The lists are written with umlauts and ß; callers may fold them (ü → u or ue, ß → ss) before
// building the dictionary, so every spelling is blocked. Entries whose folded spelling is another
// word ("wähl" → "wahl", the name "Rühe" → "ruhe") must stay out of these lists.
template <typename Set>
Set withFoldedSpellings(const std::vector<std::string>& words) {
  static constexpr std::string_view kFolds[][3] = {{"\xC3\xA4", "a", "ae"},
                                                   {"\xC3\xB6", "o", "oe"},
                                                   {"\xC3\xBC", "u", "ue"},
                                                   {"\xC3\x9F", "ss", "ss"}};
  Set out;
  for (const std::string& word : words) {
    std::string shortForm = word;
    std::string longForm = word;
    for (const auto& fold : kFolds) {
      for (std::size_t p; (p = shortForm.find(fold[0])) != std::string::npos;) {
        shortForm.replace(p, fold[0].size(), fold[1]);
      }
      for (std::size_t p; (p = longForm.find(fold[0])) != std::string::npos;) {
        longForm.replace(p, fold[0].size(), fold[2]);
      }
    }
    out.insert(word);
    out.insert(shortForm);
    out.insert(longForm);
  }
  return out;
}

// Partners are told apart by their first two letters (umlauts folded), so that the forms of one
// word (Amt, Ämter, Amtes) count once and different words (Amt, Arbeit, Zentrum) count apart.
std::uint64_t familyBit(std::string_view partner) {
  std::uint32_t key = 0;
  std::size_t taken = 0;
  for (std::size_t i = 0; i < partner.size() && taken < 2;) {
    DecodedCodePoint decoded = decodeAt(partner, i);
    char32_t letter = baseLetter(lowerCase(decoded.value));
    key = key * 257 + (letter < 0x80 ? static_cast<std::uint32_t>(letter) : '?');
    ++taken;
    i += decoded.length;
  }
  return std::uint64_t{1} << ((key * 0x9E3779B1u) >> 26);
}

}  // namespace

CompoundLexicon::CompoundLexicon(CompoundSplitterOptions options)
    : options_(options),
      neverParts_(withFoldedSpellings<WordSet>(wordList("compound-never-parts"))),
      neverModifiers_(withFoldedSpellings<WordSet>(wordList("compound-never-modifiers"))),
      neverHeads_(withFoldedSpellings<WordSet>(wordList("compound-never-heads"))),
      sLinkEndings_(wordList("compound-s-link-endings")) {}

void CompoundLexicon::addWord(std::string_view word, bool preferred) {
  std::string lower = lowerUtf8(word);
  if (lower.empty()) {
    return;
  }
  longestWord_ = std::max(longestWord_, lower.size());
  CompoundWordInfo& info = words_[lower];
  info.preferred = info.preferred || preferred;
  info.capitalised = info.capitalised || startsCapitalised(word);
}

const CompoundWordInfo* CompoundLexicon::find(std::string_view s) const {
  auto it = words_.find(s);
  return it == words_.end() ? nullptr : &it->second;
}

bool CompoundLexicon::usablePart(std::string_view s) const {
  return codePointCount(s) >= options_.min_part_letters && !neverParts_.contains(s);
}

bool CompoundLexicon::usableHead(std::string_view s) const {
  return usablePart(s) && !neverHeads_.contains(s);
}

bool CompoundLexicon::usableModifier(std::string_view s) const {
  return usablePart(s) && !neverModifiers_.contains(s);
}

bool CompoundLexicon::takesLinkingS(std::string_view modifier) const {
  return std::any_of(sLinkEndings_.begin(), sLinkEndings_.end(),
                     [&](const std::string& ending) { return modifier.ends_with(ending); });
}

bool CompoundLexicon::linkAllowed(std::string_view modifier, std::string_view link) const {
  std::string form(modifier);
  if (known(form.append(link))) {
    return true;
  }
  if (link == "ens") {
    return known(std::string(modifier) + "en");
  }
  return link == "s" && takesLinkingS(modifier);
}

// A modifier together with its linking element, as it stands before the head.
bool CompoundLexicon::modifierWithLink(std::string_view s) const {
  if (!usableModifier(s)) {
    return false;
  }
  bool elidable = options_.allow_elision && !s.ends_with("e") &&
                  codePointCount(s) >= options_.min_elided_letters && known(std::string(s) + "e");
  if (known(s) || elidable) {
    return true;
  }
  for (std::string_view link : kLinkingElements) {
    if (!s.ends_with(link)) {
      continue;
    }
    std::string_view base = s.substr(0, s.size() - link.size());
    if (usableModifier(base) && known(base) && linkAllowed(base, link)) {
      return true;
    }
  }
  return false;
}

// Records the evidence of every two-part reading of a listed word (Jugend|amt; "Jugenda|mt" is no
// reading since "jugenda" is no word).
void CompoundLexicon::recordEvidence(std::string_view word) {
  const std::size_t min = options_.min_part_letters;
  std::size_t letter = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (isContinuationByte(word[i]) || letter++ < min) {
      continue;
    }
    std::string_view head = word.substr(i);
    if (codePointCount(head) < min) {
      break;
    }
    std::string_view modifier = word.substr(0, i);
    if (!known(head) || !usableHead(head) || !modifierWithLink(modifier)) {
      continue;
    }
    modifiers_[std::string(modifier)] |= familyBit(head);
    heads_[std::string(head)] |= familyBit(modifier);
  }
}

void CompoundLexicon::deriveEvidence() {
  modifiers_.clear();
  heads_.clear();
  for (const auto& [word, info] : words_) {
    recordEvidence(word);
  }
}

int CompoundLexicon::modifierFamilies(std::string_view modifierWithLink) const {
  auto it = modifiers_.find(modifierWithLink);
  return it == modifiers_.end() ? 0 : std::popcount(it->second);
}

int CompoundLexicon::headFamilies(std::string_view head) const {
  auto it = heads_.find(head);
  return it == heads_.end() ? 0 : std::popcount(it->second);
}

}  // namespace querverweis
