// The German sentences a related concept explains itself with, in one place:
//   erwähnt „Bürgersprechstunden“ im Abschnitt „Dialog verbessern“
//   wird in „Stadtteilbüro“ verlinkt („Quartiermanagement“)
//   gemeinsame Schlagwörter: Stadt, Gemeinwesen
// Pure functions of the evidence; which evidence counts and how much is RelatedConcepts' job.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph/NameRelations.h"
#include "querverweis/Graph.h"

namespace querverweis {

// „text“ in German quotation marks.
std::string inGermanQuotes(std::string_view text);

// The source entry's strongest mention of the target: one in the opening definition if there is
// one, else the first; "in der Einleitung" when the source has sections but the mention is before
// them; the number of mentions when there are several. REQUIRES: edge has a mention.
std::string mentionReason(const GraphEdge& edge, bool sourceHasSections);

// From the other side: "wird in „Stadtteilbüro“ erwähnt („Quartiermanagement“)".
std::string mentionedByReason(const GraphEdge& edge, std::string_view sourceTitle);

// "gemeinsame Begriffe: …", "gemeinsame Schlagwörter: …", "gemeinsame Nachbarn: …"; empty for
// no items.
std::string sharedTermsReason(const std::vector<std::string>& words);
std::string sharedTagsReason(const std::vector<std::string>& tags);
std::string sharedNeighboursReason(const std::vector<std::string>& titles);

// "der Name „Cybermobbing“ enthält „Mobbing“", "laut Thesaurus bedeutungsverwandt (…)",
// "„KOB“ ist auch ein Name für „Kontaktbereichsbeamter“".
std::string nameReason(const NameRelation& relation, std::string_view title,
                       std::string_view otherTitle);

// True when `word` adds nothing next to the words already shown: one contains the other,
// ignoring case ("Wäsche" next to "Geldwäsche").
bool overlapsAny(const std::vector<std::string>& shown, const std::string& word);

}  // namespace querverweis
