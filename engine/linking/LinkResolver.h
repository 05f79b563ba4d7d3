// Chooses among the candidate mentions of a text: the longest concept wins and mentions never
// overlap ("Einbruchschutzberatung" is Einbruchschutz, not Einbruch and Schutz); each target is
// linked once, at its first real mention. "… Kiez … im Kiez" links Kiez at the first one.
#pragma once

#include <vector>

#include "engine/linking/LinkLexicon.h"
#include "engine/linking/LinkMatcher.h"
#include "engine/linking/LinkWords.h"

namespace querverweis {

// Non-overlapping mentions in text order: whole phrases first, longest first; then, in words no
// phrase took, the compound concept with the most parts (the head on a tie, it says what the
// thing is); coordinations span their last conjunct, which keeps its own mention.
std::vector<Candidate> resolveOverlaps(std::vector<Candidate> candidates, const Words& words,
                                       const LinkLexicon& lexicon);

// Each target once: at its first real mention (confidence >= kRealMention), or, if it has none,
// at its most likely one.
std::vector<Candidate> firstMentions(const std::vector<Candidate>& mentions,
                                     const LinkLexicon& lexicon);

}  // namespace querverweis
