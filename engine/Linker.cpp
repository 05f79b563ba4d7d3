#include "engine/Linker.h"

#include <algorithm>
#include <unordered_map>

#include "analyzers/TokenTypes.h"
#include "engine/AnalyzedText.h"
#include "engine/LinkInput.h"
#include "engine/LinkText.h"

namespace querverweis {

// ---------------------------------------------------------------------------------------------
// The lexicon: every title and alias as a path of analyzed words in a trie, so that one walk over
// the analyzed text finds all of them (a few steps per word, whatever the size of the glossary).

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// The field names and texts are analyzed as: an ordinary field, which gets whole words and their
// compound parts (the analyzer leaves parts out of its whole-word fields).
constexpr wchar_t kField[] = L"linker";

// Confidence by the way a mention was found. Titles are what the entry is called; aliases are
// shorter or looser names; an elided coordination member is reconstructed, not read; a concept
// inside a compound is only part of what the word means (Einbruchschutzberatung is advice about
// Einbruchschutz). The head of a compound says what the thing is (Fachberatungsstelle is a
// Beratungsstelle), a modifier only what it is about (Suchtberatung), hence the small difference.
// Generic targets keep these values inside compounds: Präventionsangebote are about Prävention
// as much as Suchtberatung is about Sucht, and an editor links both.
constexpr double kExactTitle = 0.95;
constexpr double kInflectedTitle = 0.9;
constexpr double kAliasName = 0.85;
constexpr double kCoordinated = 0.8;
constexpr double kCompoundHead = 0.7;
constexpr double kCompoundModifier = 0.65;
// An alias as the head of another compound names a different kind of thing: "Anzeige" is short
// for Strafanzeige, a Kontaktanzeige is not one; a Landespräventionsrat is no Kommunaler
// Präventionsrat.
constexpr double kAliasAsHead = 0.35;
// A mention the grammar says is meant in another sense (see LinkText.h); below the default
// threshold, so it is only shown to callers asking for everything.
constexpr double kOtherSense = 0.3;
// An alias narrowed by an adjective to what may be another sense ("finanzieller Abhängigkeit").
constexpr double kNarrowedAlias = 0.45;
// A mention at or above this confidence is real; the first real mention of a target is linked.
constexpr double kRealMention = 0.5;
// Compounds are searched for concepts of at most this many parts.
constexpr std::size_t kMaxConceptParts = 4;

// One word of an analyzed text: the first token of a position, with its compound parts.
struct Slot {
  std::wstring term;
  bool truncated = false;  // "Jugend-" in "Jugend- und Opferschutz"
  std::size_t begin = 0;   // bytes
  std::size_t end = 0;
  std::wstring separator;            // folded text between the previous word and this one
  std::vector<std::wstring> leaves;  // compound parts that do not split further, or the term
  std::size_t chain = kNone;
};

// A hyphenated word: its parts are slots of their own, the joined form an alternative.
struct Chain {
  std::size_t first = 0;  // slots
  std::size_t last = 0;
  std::wstring joined;
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
};

struct Words {
  std::vector<Slot> slots;
  std::vector<Chain> chains;
};

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
         words.slots[first - 1].chain == kNone) {
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

// Trie edges carry the separator before a word (so "Häusliche Gewalt" does not match across a
// full stop) and mark truncated words (so "Sucht-" never reads as "Sucht").
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

}  // namespace

struct LinkName {
  std::size_t entry = 0;
  std::string surface;
  bool title = false;
  NameTraits traits;
  std::wstring lowered;  // lower-case surface, whitespace folded: tells exact from inflected
  std::wstring folded;   // foldWord(surface) of a one-word name, for compound checks
};

struct LinkLexicon {
  struct Ending {
    std::size_t name;
    std::vector<std::wstring> forms;  // foldWord of the name's text per step
  };
  struct Node {
    std::unordered_map<std::wstring, std::size_t> next;
    std::vector<Ending> endings;
  };

  std::vector<std::string> slugs;
  std::vector<std::string> titles;
  std::vector<LinkName> names;
  std::vector<Node> trie{1};
  // One-word names by their compound leaves (and by their whole term), for compounds.
  std::unordered_map<std::wstring, std::vector<std::size_t>> byLeaves;
  // One-word names by foldWord of their surface, for elided words the splitter cannot see.
  std::unordered_map<std::wstring, std::size_t> byFolded;

  void add(std::size_t entry, const std::string& surface, bool title,
           const Lucene::AnalyzerPtr& analyzer);

 private:
  void insertWords(const Words& words, std::string_view text, std::size_t name);
  void insertPath(const std::vector<std::wstring>& keys, std::vector<std::wstring> forms,
                  std::size_t name);
};

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

void LinkLexicon::add(std::size_t entry, const std::string& surface, bool title,
                      const Lucene::AnalyzerPtr& analyzer) {
  Words words = wordsOf(analyzeText(analyzer, surface, kField), surface);
  if (words.slots.empty()) {
    return;
  }
  std::size_t index = names.size();
  LinkName name;
  name.entry = entry;
  name.surface = surface;
  name.title = title;
  name.traits = nameTraits(surface, title);
  name.lowered = foldSpacing(surface);
  name.folded = foldWord(surface);
  names.push_back(std::move(name));

  insertWords(words, surface, index);
  // Stemmers keep some genitive and plural -s (Snowball after a vowel or "p": Büros, Shops), so
  // that form gets a path of its own where it analyzes differently.
  if (!names[index].traits.caseSensitive && !names[index].traits.number) {
    std::string plural = surface + "s";
    Words inflected = wordsOf(analyzeText(analyzer, plural, kField), plural);
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
    forms.push_back(foldWord(text.substr(slot.begin, slot.end - slot.begin)));
    if (slot.chain == kNone) {
      joinedKeys.push_back(keys.back());
      joinedForms.push_back(forms.back());
    } else if (words.chains[slot.chain].first == i) {
      const Chain& chain = words.chains[slot.chain];
      joinedKeys.push_back(edgeKey(slot.separator, i == 0, chain.joined, false));
      joinedForms.push_back(foldWord(text.substr(chain.begin, chain.end - chain.begin)));
    }
  }
  insertPath(keys, forms, name);
  if (!words.chains.empty()) {
    insertPath(joinedKeys, joinedForms, name);
  }
}

namespace {

// ---------------------------------------------------------------------------------------------
// Matching one text.

enum class Stage { Phrase, Compound, Coordination };

struct Candidate {
  std::size_t name = 0;
  Stage stage = Stage::Phrase;
  std::size_t begin = 0;  // bytes of the mention
  std::size_t end = 0;
  std::size_t first = 0;  // slots the mention occupies
  std::size_t last = 0;
  std::size_t blockFirst = 0;  // coordinations: slots that must not belong to a longer mention
  std::size_t blockLast = 0;
  std::size_t completing = kNone;  // coordinations: the slot of the last conjunct
  std::size_t weight = 0;          // words (phrases) or compound parts (compounds) covered
  std::size_t nounBegin = 0;       // the word standing for the name's last (noun) word
  bool head = false;               // compounds: the concept is the head of the word
  double confidence = 0;
  std::string kind;
};

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
    return resolve();
  }

 private:
  const Slot& slot(std::size_t i) const { return words_.slots[i]; }
  std::string_view bytes(std::size_t begin, std::size_t end) const {
    return view_.substr(begin, end - begin);
  }
  const LinkName& name(std::size_t i) const { return lexicon_.names[i]; }

  // Unit = the slot, or the whole hyphenated word it belongs to.
  std::pair<std::size_t, std::size_t> unitOf(std::size_t i) const {
    const Slot& s = slot(i);
    if (s.chain == kNone) {
      return {i, i};
    }
    return {words_.chains[s.chain].first, words_.chains[s.chain].last};
  }

  void walk(std::size_t node, std::size_t at, std::vector<Step>& path);
  void follow(std::size_t node, const std::wstring& key, Step step, std::vector<Step>& path);
  void tryCoordinatedAdjective(std::size_t node, std::size_t at, std::vector<Step>& path);
  void recordPhrases(std::size_t node, const std::vector<Step>& path, bool coordinated);
  void matchCompound(std::size_t at);
  void matchCoordination(std::size_t at);
  struct Elided {
    std::size_t name = kNone;
    std::size_t length = 0;  // compound parts of the concept
    bool whole = false;      // the concept is the whole elided word
  };
  Elided elide(std::size_t member, std::size_t completing) const;
  std::vector<Candidate> resolve();

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
  if (s.chain != kNone && words_.chains[s.chain].first == at) {
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
  if (adjective.truncated || adjective.chain != kNone || !isConjunction(adjective.separator) ||
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
      formsAgree = inflectedForms(foldWord(text), ending.forms[i]);
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
      candidate.kind = "coordination";
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
      candidate.kind = "compound";
      addCandidate(std::move(candidate));
      continue;
    }
    bool exact = foldSpacing(bytes(begin, end)) == n.lowered;
    candidate.confidence = n.title ? (exact ? kExactTitle : kInflectedTitle) : kAliasName;
    candidate.kind = n.title ? (exact ? "exact" : "inflected") : "alias";
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
  std::wstring word = foldWord(bytes(s.begin, s.end));
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
        candidate.kind = "compound";
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
  std::wstring head = foldWord(bytes(slot(member).begin, slot(member).end));
  std::wstring word = foldWord(bytes(slot(completing).begin, slot(completing).end));
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
    if (elided.name == kNone) {
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
    candidate.kind = "coordination";
    addCandidate(std::move(candidate));
  }
}

// The longest concept wins and mentions never overlap: whole phrases first, longest first; then,
// in words no phrase took, the compound concept with the most parts (the head on a tie, it says
// what the thing is); coordinations span their last conjunct, which keeps its own mention.
std::vector<Candidate> Matcher::resolve() {
  std::vector<bool> taken(words_.slots.size(), false);
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
  std::stable_sort(candidates_.begin(), candidates_.end(), byPriority);
  std::vector<Candidate> accepted;
  for (Candidate& candidate : candidates_) {
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
  std::vector<std::size_t> phraseAt(words_.slots.size(), kNone);
  for (std::size_t i = 0; i < accepted.size(); ++i) {
    if (accepted[i].stage == Stage::Phrase) {
      phraseAt[accepted[i].first] = i;
    }
  }
  for (const Candidate& coordination : accepted) {
    std::size_t conjunct =
        coordination.completing == kNone ? kNone : phraseAt[coordination.completing];
    if (conjunct != kNone && accepted[conjunct].last == unitOf(coordination.completing).second) {
      accepted[conjunct].kind = "coordination";
    }
  }
  std::sort(accepted.begin(), accepted.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return accepted;
}

// Each target once: at its first real mention, or, if it has none, at its most likely one.
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

}  // namespace

Linker::Linker(const std::vector<Entry>& entries, Lucene::AnalyzerPtr analyzer)
    : analyzer_(std::move(analyzer)) {
  auto lexicon = std::make_shared<LinkLexicon>();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    lexicon->slugs.push_back(entries[i].slug);
    lexicon->titles.push_back(entries[i].title);
    lexicon->add(i, entries[i].title, true, analyzer_);
    for (const std::string& alias : entries[i].aliases) {
      lexicon->add(i, alias, false, analyzer_);
    }
  }
  lexicon_ = std::move(lexicon);
}

std::vector<LinkSuggestion> Linker::suggest(std::string_view text,
                                            const LinkOptions& options) const {
  LinkInput input = prepareLinkInput(text);
  Words words = wordsOf(analyzeText(analyzer_, input.view, kField), input.view);
  std::vector<Candidate> mentions = Matcher(*lexicon_, input.view, words).run();

  std::vector<Candidate> kept;
  for (const Candidate& mention : firstMentions(mentions, *lexicon_)) {
    const std::string& slug = lexicon_->slugs[lexicon_->names[mention.name].entry];
    if (slug != options.self && !input.linkedTargets.count(slug) &&
        mention.confidence >= options.threshold) {
      kept.push_back(mention);
    }
  }
  if (options.maxLinks > 0 && kept.size() > options.maxLinks) {
    std::stable_sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
      return a.confidence > b.confidence;
    });
    kept.resize(options.maxLinks);
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  }

  std::vector<LinkSuggestion> suggestions;
  for (const Candidate& mention : kept) {
    std::size_t entry = lexicon_->names[mention.name].entry;
    LinkSuggestion suggestion;
    suggestion.start = mention.begin;
    suggestion.end = mention.end;
    suggestion.text = std::string(text.substr(mention.begin, mention.end - mention.begin));
    suggestion.target = lexicon_->slugs[entry];
    suggestion.title = lexicon_->titles[entry];
    suggestion.confidence = mention.confidence;
    suggestion.kind = mention.kind;
    suggestion.context = contextAround(text, mention.begin, mention.end);
    suggestion.section = sectionAt(input.sections, mention.begin);
    suggestions.push_back(std::move(suggestion));
  }
  return suggestions;
}

}  // namespace querverweis
