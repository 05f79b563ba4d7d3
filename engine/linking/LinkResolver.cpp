#include "engine/linking/LinkResolver.h"

#include <algorithm>
#include <unordered_map>

namespace querverweis {

std::vector<Candidate> resolveOverlaps(std::vector<Candidate> candidates, const Words& words,
                                       const LinkLexicon& lexicon) {
  auto name = [&](std::size_t i) -> const LinkName& { return lexicon.names[i]; };
  auto unitOf = [&](std::size_t i) { return querverweis::unitOf(words, i); };
  std::vector<bool> taken(words.slots.size(), false);
  auto isFree = [&](std::size_t first, std::size_t last) {
    for (std::size_t i = first; i <= last; ++i) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  };
  auto takeAll = [&](const Candidate& c) {
    for (std::size_t i = c.first; i <= c.last; ++i) {
      taken[i] = true;
    }
  };
  auto byPriority = [&](const Candidate& a, const Candidate& b) {
    if (a.stage != b.stage) {
      return a.stage < b.stage;
    }
    if (a.stage == Stage::Compound && a.first != b.first) {
      return a.first < b.first;
    }
    if (a.weight != b.weight) {
      return a.weight > b.weight;
    }
    if (a.head != b.head) {
      return a.head;
    }
    if (a.end - a.begin != b.end - b.begin) {
      return a.end - a.begin > b.end - b.begin;
    }
    bool aTitle = name(a.name).title;
    bool bTitle = name(b.name).title;
    if (aTitle != bTitle) {
      return aTitle;
    }
    if (a.confidence != b.confidence) {
      return a.confidence > b.confidence;
    }
    return a.begin < b.begin;
  };
  std::stable_sort(candidates.begin(), candidates.end(), byPriority);
  std::vector<Candidate> accepted;
  for (Candidate& candidate : candidates) {
    if (candidate.stage == Stage::Coordination) {
      if (isFree(candidate.blockFirst, candidate.blockLast)) {
        accepted.push_back(candidate);
      }
    } else if (isFree(candidate.first, candidate.last)) {
      takeAll(candidate);
      accepted.push_back(candidate);
    }
  }
  // The last conjunct of an accepted coordination is part of it.
  std::vector<std::size_t> phraseAt(words.slots.size(), kNoChain);
  for (std::size_t i = 0; i < accepted.size(); ++i) {
    if (accepted[i].stage == Stage::Phrase) {
      phraseAt[accepted[i].first] = i;
    }
  }
  for (const Candidate& coordination : accepted) {
    std::size_t conjunct =
        coordination.completing == kNoChain ? kNoChain : phraseAt[coordination.completing];
    if (conjunct != kNoChain && accepted[conjunct].last == unitOf(coordination.completing).second) {
      accepted[conjunct].kind = LinkKind::Coordination;
    }
  }
  std::sort(accepted.begin(), accepted.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return accepted;
}

std::vector<Candidate> firstMentions(const std::vector<Candidate>& mentions,
                                     const LinkLexicon& lexicon) {
  std::unordered_map<std::size_t, std::size_t> chosen;  // entry → index into mentions
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    std::size_t entry = lexicon.names[mentions[i].name].entry;
    auto [it, inserted] = chosen.emplace(entry, i);
    if (inserted) {
      continue;
    }
    const Candidate& current = mentions[it->second];
    if (current.confidence < kRealMention && mentions[i].confidence > current.confidence) {
      it->second = i;
    }
  }
  std::vector<Candidate> result;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (chosen[lexicon.names[mentions[i].name].entry] == i) {
      result.push_back(mentions[i]);
    }
  }
  return result;
}

}  // namespace querverweis
