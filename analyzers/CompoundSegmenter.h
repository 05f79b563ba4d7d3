// Finds the best split of one lower-case word into dictionary parts by dynamic programming over
// its letters: "einbruchschutzberatung" → einbruch | schutz | beratung, "ortsteil" → orts|teil
// rather than ort|steil. Parts that are compounds of the dictionary are split again (Stadtteil in
// Stadtteilbüro). Pure function of the lexicon and the word: no cache, no state.
#pragma once

#include <string_view>
#include <vector>

#include "analyzers/CompoundLexicon.h"

namespace querverweis {

// Empty if the word is no compound. REQUIRES: lexicon.deriveEvidence() ran after the last word
// was added.
std::vector<CompoundPart> segmentCompound(const CompoundLexicon& lexicon, std::string_view word);

}  // namespace querverweis
