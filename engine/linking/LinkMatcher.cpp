#include "engine/linking/LinkMatcher.h"

#include <algorithm>

#include "analyzers/text/Inflection.h"
#include "analyzers/text/WordShape.h"
#include "analyzers/text/Words.h"

namespace querverweis {

namespace {

// Compounds are searched for concepts of at most this many parts.
constexpr std::size_t kMaxConceptParts = 4;

// The bytes one step of a match consumed: a word, or a whole hyphenated word via its joined form.
struct Step {
  std::size_t first;  // slots
  std::size_t last;
};

std::size_t stepBegin(const Words& words, const Step& step) {
  return words.slots[step.first].begin;
}
std::size_t stepEnd(const Words& words, const Step& step) {
  return words.slots[step.last].end;
}

class Matcher {
 public:
  Matcher(const LinkLexicon& lexicon, std::string_view view, const Words& words)
      : lexicon_(lexicon), view_(view), words_(words) {}

  std::vector<Candidate> run() {
    for (std::size_t slot = 0; slot < words_.slots.size(); ++slot) {
      std::vector<Step> path;
      walk(0, slot, path);
      matchCompound(slot);
      matchCoordination(slot);
    }
    return std::move(candidates_);
  }

 private:
  const Slot& slot(std::size_t i) const { return words_.slots[i]; }
  std::string_view bytes(std::size_t begin, std::size_t end) const {
    return view_.substr(begin, end - begin);
  }
  const LinkName& name(std::size_t i) const { return lexicon_.names[i]; }

  std::pair<std::size_t, std::size_t> unitOf(std::size_t i) const {
    return querverweis::unitOf(words_, i);
  }

  void walk(std::size_t node, std::size_t at, std::vector<Step>& path);
  void follow(std::size_t node, const std::wstring& key, Step step, std::vector<Step>& path);
  void tryCoordinatedAdjective(std::size_t node, std::size_t at, std::vector<Step>& path);
  void recordPhrases(std::size_t node, const std::vector<Step>& path, bool coordinated);
  void matchCompound(std::size_t at);
  void matchCoordination(std::size_t at);
  struct Elided {
    std::size_t name = kNoChain;
    std::size_t length = 0;  // compound parts of the concept
    bool whole = false;      // the concept is the whole elided word
  };
  Elided elide(std::size_t member, std::size_t completing) const;

  void addCandidate(Candidate candidate) {
    const LinkName& n = name(candidate.name);
    SenseQuery query{view_, candidate.begin, candidate.end, candidate.nounBegin,
                     candidate.stage != Stage::Phrase};
    switch (senseOf(n.traits, query)) {
      case Sense::Other:
        candidate.confidence = std::min(candidate.confidence, kOtherSense);
        break;
      case Sense::Narrowed:
        candidate.confidence = std::min(candidate.confidence, kNarrowedAlias);
        break;
      case Sense::Intended:
        break;
    }
    candidates_.push_back(std::move(candidate));
  }

  const LinkLexicon& lexicon_;
  std::string_view view_;
  const Words& words_;
  std::vector<Candidate> candidates_;
};

void Matcher::walk(std::size_t node, std::size_t at, std::vector<Step>& path) {
  if (at >= words_.slots.size() || lexicon_.trie[node].next.empty()) {
    return;
  }
  bool first = path.empty();
  const Slot& s = slot(at);
  follow(node, edgeKey(s.separator, first, s.term, s.truncated), {at, at}, path);
  if (s.chain != kNoChain && words_.chains[s.chain].first == at) {
    const Chain& chain = words_.chains[s.chain];
    follow(node, edgeKey(s.separator, first, chain.joined, false), {chain.first, chain.last}, path);
  }
  if (!first) {
    tryCoordinatedAdjective(node, at, path);
  }
}

void Matcher::follow(std::size_t node, const std::wstring& key, Step step,
                     std::vector<Step>& path) {
  const auto& next = lexicon_.trie[node].next;
  auto found = next.find(key);
  if (found == next.end()) {
    return;
  }
  path.push_back(step);
  recordPhrases(found->second, path, false);
  walk(found->second, step.last + 1, path);
  path.pop_back();
}

// "häuslicher und sexualisierter Gewalt": a second adjective coordinated into a name of the form
// adjective + noun; the mention spans the whole coordination.
void Matcher::tryCoordinatedAdjective(std::size_t node, std::size_t at, std::vector<Step>& path) {
  if (path.size() != 1 || at + 1 >= words_.slots.size()) {
    return;
  }
  const Slot& adjective = slot(at);
  const Slot& first = slot(path.front().first);
  if (adjective.truncated || adjective.chain != kNoChain || !isConjunction(adjective.separator) ||
      startsCapitalised(bytes(adjective.begin, adjective.end)) ||
      startsCapitalised(bytes(first.begin, first.end))) {
    return;
  }
  const Slot& noun = slot(at + 1);
  const auto& next = lexicon_.trie[node].next;
  auto found = next.find(edgeKey(noun.separator, false, noun.term, noun.truncated));
  if (found == next.end()) {
    return;
  }
  path.push_back({at + 1, at + 1});
  recordPhrases(found->second, path, true);
  path.pop_back();
}

void Matcher::recordPhrases(std::size_t node, const std::vector<Step>& path, bool coordinated) {
  for (const LinkLexicon::Ending& ending : lexicon_.trie[node].endings) {
    const LinkName& n = name(ending.name);
    bool formsAgree = true;
    for (std::size_t i = 0; i < path.size() && formsAgree; ++i) {
      std::string_view text = bytes(stepBegin(words_, path[i]), stepEnd(words_, path[i]));
      formsAgree = inflectedForms(lexicon_.keys().foldLetters(text), ending.forms[i]);
    }
    std::size_t begin = stepBegin(words_, path.front());
    std::size_t end = stepEnd(words_, path.back());
    if (!formsAgree || (n.traits.caseSensitive && !sameCase(n.surface, bytes(begin, end)))) {
      continue;
    }
    Candidate candidate;
    candidate.name = ending.name;
    candidate.first = path.front().first;
    candidate.last = path.back().last;
    candidate.begin = begin;
    candidate.end = end;
    candidate.weight = candidate.last - candidate.first + 1;
    candidate.nounBegin = stepBegin(words_, path.back());
    if (coordinated) {
      candidate.stage = Stage::Coordination;
      candidate.blockFirst = candidate.first;
      candidate.blockLast = candidate.first;  // the coordinated adjective may have its own name
      candidate.confidence = kCoordinated;
      candidate.kind = LinkKind::Coordination;
      addCandidate(std::move(candidate));
      continue;
    }
    auto [unitFirst, ignored] = unitOf(candidate.first);
    auto [ignored2, unitLast] = unitOf(candidate.last);
    if (unitFirst < candidate.first || unitLast > candidate.last) {
      // Part of a hyphenated word ("Phishing" in "Phishing-Mails"): a compound mention.
      bool head = unitLast == candidate.last;
      candidate.stage = Stage::Compound;
      candidate.weight = 0;
      for (std::size_t i = candidate.first; i <= candidate.last; ++i) {
        candidate.weight += slot(i).leaves.size();
      }
      candidate.first = unitFirst;
      candidate.last = unitLast;
      candidate.begin = slot(unitFirst).begin;
      candidate.end = slot(unitLast).end;
      candidate.nounBegin = candidate.begin;
      candidate.head = head;
      candidate.confidence = head ? (n.title ? kCompoundHead : kAliasAsHead) : kCompoundModifier;
      candidate.kind = LinkKind::Compound;
      addCandidate(std::move(candidate));
      continue;
    }
    bool exact = foldSpacing(bytes(begin, end)) == n.lowered;
    candidate.confidence = n.title ? (exact ? kExactTitle : kInflectedTitle) : kAliasName;
    candidate.kind = n.title ? (exact ? LinkKind::Exact : LinkKind::Inflected) : LinkKind::Alias;
    addCandidate(std::move(candidate));
  }
}

// A concept among the compound parts of one word: "Einbruchschutzberatung" (einbruch | schutz |
// beratung) holds Einbruchschutz. Only the splitter's parts count, never substrings, and the
// text of the word must bear the name out where it stands (guards against stems that meet by
// accident, Selbstverwalter / Selbstverwaltung).
void Matcher::matchCompound(std::size_t at) {
  const Slot& s = slot(at);
  const std::vector<std::wstring>& leaves = s.leaves;
  std::size_t count = leaves.size();
  if (count < 2 || s.truncated) {
    return;
  }
  auto [unitFirst, unitLast] = unitOf(at);
  std::wstring word = lexicon_.keys().foldLetters(bytes(s.begin, s.end));
  for (std::size_t from = 0; from < count; ++from) {
    for (std::size_t to = from + 1; to <= std::min(count, from + kMaxConceptParts); ++to) {
      if (from == 0 && to == count) {
        continue;  // the whole word: a phrase match if anything
      }
      auto found = lexicon_.byLeaves.find(leafKey(leaves, from, to));
      if (found == lexicon_.byLeaves.end()) {
        continue;
      }
      PartPlace place = to == count ? PartPlace::Head
                        : from == 0 ? PartPlace::Modifier
                                    : PartPlace::Middle;
      bool head = place == PartPlace::Head && at == unitLast;
      for (std::size_t index : found->second) {
        const LinkName& n = name(index);
        if (n.traits.caseSensitive || !partStandsInWord(word, n.folded, place)) {
          continue;
        }
        Candidate candidate;
        candidate.name = index;
        candidate.stage = Stage::Compound;
        candidate.first = unitFirst;
        candidate.last = unitLast;
        candidate.begin = slot(unitFirst).begin;
        candidate.end = slot(unitLast).end;
        candidate.nounBegin = candidate.begin;
        candidate.weight = to - from;
        candidate.head = head;
        candidate.confidence = head ? (n.title ? kCompoundHead : kAliasAsHead) : kCompoundModifier;
        candidate.kind = LinkKind::Compound;
        addCandidate(std::move(candidate));
      }
    }
  }
}

// The concept a truncated word stands for, completed from the last conjunct: its compound parts
// after the first `cut` ones replaced by the truncated word (Jugend- + opfer|schutz → jugend|
// schutz), the longest concept starting with the truncated word winning. If the splitter left
// the last conjunct whole, the elided word is read by its spelling instead: the truncated word
// and an end of the last conjunct that together spell a name (Sekundär- + …prävention).
Matcher::Elided Matcher::elide(std::size_t member, std::size_t completing) const {
  const std::vector<std::wstring>& own = slot(member).leaves;
  const std::vector<std::wstring>& tail = slot(completing).leaves;
  Elided best;
  for (std::size_t cut = 1; cut <= std::max<std::size_t>(1, tail.size() - 1); ++cut) {
    std::vector<std::wstring> elided = own;
    if (tail.size() > 1) {
      elided.insert(elided.end(), tail.begin() + static_cast<std::ptrdiff_t>(cut), tail.end());
    }
    for (std::size_t length = std::min(elided.size(), kMaxConceptParts); length > best.length;
         --length) {
      auto found = lexicon_.byLeaves.find(leafKey(elided, 0, length));
      if (found != lexicon_.byLeaves.end()) {
        best = {found->second.front(), length, length == elided.size()};
        break;
      }
    }
  }
  if (best.whole || tail.size() > 1) {
    return best;
  }
  std::wstring head = lexicon_.keys().foldLetters(bytes(slot(member).begin, slot(member).end));
  std::wstring word =
      lexicon_.keys().foldLetters(bytes(slot(completing).begin, slot(completing).end));
  std::size_t longest = 0;
  for (const std::wstring& form : inflectionBases(word)) {
    for (std::size_t cut = 1; cut + 3 <= form.size(); ++cut) {
      auto found = lexicon_.byFolded.find(head + form.substr(cut));
      if (found != lexicon_.byFolded.end() && form.size() - cut > longest) {
        longest = form.size() - cut;
        best = {found->second, 2, true};
      }
    }
  }
  return best;
}

// "Primär-, Sekundär- und Tertiärprävention": each truncated word completed with the head of
// the last conjunct (primär + prävention) and looked up like a compound; the mention spans the
// whole coordination. "Sucht- oder Gewaltproblemen" has no concept Suchtproblem, but its first
// part Sucht is one.
void Matcher::matchCoordination(std::size_t at) {
  if (!slot(at).truncated || (at > 0 && slot(at - 1).truncated)) {
    return;
  }
  std::size_t last = at;
  while (last + 1 < words_.slots.size() && slot(last + 1).truncated &&
         isCoordinationGap(slot(last + 1).separator)) {
    ++last;
  }
  std::size_t completing = last + 1;
  if (completing >= words_.slots.size() || !isCoordinationGap(slot(completing).separator)) {
    return;
  }
  std::size_t end = slot(unitOf(completing).second).end;
  for (std::size_t member = at; member <= last; ++member) {
    Elided elided = elide(member, completing);
    if (elided.name == kNoChain) {
      continue;
    }
    Candidate candidate;
    candidate.name = elided.name;
    candidate.stage = Stage::Coordination;
    candidate.begin = slot(at).begin;
    candidate.end = end;
    candidate.nounBegin = candidate.begin;
    candidate.first = at;
    candidate.last = completing;
    candidate.blockFirst = at;
    candidate.blockLast = last;
    candidate.completing = completing;
    candidate.weight = elided.length;
    candidate.confidence = elided.whole ? kCoordinated : kCompoundModifier;
    candidate.kind = LinkKind::Coordination;
    addCandidate(std::move(candidate));
  }
}

}  // namespace

std::pair<std::size_t, std::size_t> unitOf(const Words& words, std::size_t i) {
  const Slot& s = words.slots[i];
  if (s.chain == kNoChain) {
    return {i, i};
  }
  return {words.chains[s.chain].first, words.chains[s.chain].last};
}

std::vector<Candidate> findCandidates(const LinkLexicon& lexicon, std::string_view view,
                                      const Words& words) {
  return Matcher(lexicon, view, words).run();
}

}  // namespace querverweis
