// Finds every place a text may mention a glossary name, by one walk over its words against the
// lexicon's trie: whole phrases ("häuslicher Gewalt"), concepts inside compounds
// ("Einbruchschutzberatung" holds Einbruchschutz), elided coordinations ("Jugend- und
// Opferschutz" → Jugendschutz) and coordinated adjectives ("häuslicher und sexualisierter
// Gewalt"). Each candidate gets a confidence by how it was found, lowered where the sense rules
// say the grammar means something else. Overlaps are left for LinkResolver.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "engine/linking/LinkLexicon.h"
#include "engine/linking/LinkWords.h"
#include "querverweis/Links.h"

namespace querverweis {

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
  std::size_t completing = kNoChain;  // coordinations: the slot of the last conjunct
  std::size_t weight = 0;             // words (phrases) or compound parts (compounds) covered
  std::size_t nounBegin = 0;          // the word standing for the name's last (noun) word
  bool head = false;                  // compounds: the concept is the head of the word
  double confidence = 0;
  LinkKind kind = LinkKind::Exact;
};

// Every candidate mention of a lexicon name in `view` (whose analysis is `words`), in no
// particular order.
std::vector<Candidate> findCandidates(const LinkLexicon& lexicon, std::string_view view,
                                      const Words& words);

// Unit = the slot, or the whole hyphenated word it belongs to: its first and last slot.
std::pair<std::size_t, std::size_t> unitOf(const Words& words, std::size_t slot);

}  // namespace querverweis
