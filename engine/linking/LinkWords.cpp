#include "engine/linking/LinkWords.h"

#include "analyzers/TokenTypes.h"
#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

// The compound filter emits parts depth first: a part that splits again comes before its own
// parts, the first of which begins it (einbruchschutz, einbruch, schutz). Only the innermost
// parts are kept, so a concept matches however deeply the splitter nested the word.
std::vector<std::wstring> leavesOf(const std::wstring& term,
                                   const std::vector<std::wstring>& parts) {
  std::vector<std::wstring> leaves;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    bool splitsFurther = i + 1 < parts.size() && parts[i + 1].size() < parts[i].size() &&
                         parts[i].compare(0, parts[i + 1].size(), parts[i + 1]) == 0;
    if (!splitsFurther) {
      leaves.push_back(parts[i]);
    }
  }
  if (leaves.empty()) {
    leaves.push_back(term);
  }
  return leaves;
}

void addChain(Words& words, const AnalyzedToken& joined) {
  if (words.slots.empty()) {
    return;
  }
  std::size_t last = words.slots.size() - 1;
  std::size_t first = last;
  while (first > 0 && words.slots[first - 1].begin >= joined.begin &&
         words.slots[first - 1].chain == kNoChain) {
    --first;
  }
  if (first == last) {
    return;
  }
  for (std::size_t i = first; i <= last; ++i) {
    words.slots[i].chain = words.chains.size();
  }
  words.chains.push_back({first, last, joined.term, joined.begin, joined.end});
}

}  // namespace

Words wordsOf(const std::vector<AnalyzedToken>& tokens, std::string_view text) {
  Words words;
  std::vector<std::vector<std::wstring>> parts;
  int position = -1;
  for (const AnalyzedToken& token : tokens) {
    if (token.type == token_type::kJoined) {
      addChain(words, token);
      continue;
    }
    if (token.position == position && !words.slots.empty()) {
      if (token.type == token_type::kCompoundPart) {
        parts.back().push_back(token.term);
      }
      continue;
    }
    position = token.position;
    Slot slot;
    slot.term = token.term;
    slot.truncated = token.type == token_type::kTruncated;
    slot.begin = token.begin;
    slot.end = token.end;
    if (!words.slots.empty()) {
      std::size_t previousEnd = words.slots.back().end;
      if (previousEnd < slot.begin) {
        slot.separator = foldSpacing(text.substr(previousEnd, slot.begin - previousEnd));
      }
    }
    words.slots.push_back(std::move(slot));
    parts.emplace_back();
  }
  for (std::size_t i = 0; i < words.slots.size(); ++i) {
    words.slots[i].leaves = leavesOf(words.slots[i].term, parts[i]);
  }
  return words;
}

std::wstring edgeKey(const std::wstring& separator, bool first, const std::wstring& term,
                     bool truncated) {
  std::wstring key = first ? L"" : separator + L'\x1f';
  key += term;
  if (truncated) {
    key += L'\x1e';
  }
  return key;
}

std::wstring leafKey(const std::vector<std::wstring>& leaves, std::size_t from, std::size_t to) {
  std::wstring key;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) {
      key += L'\x1f';
    }
    key += leaves[i];
  }
  return key;
}

}  // namespace querverweis
