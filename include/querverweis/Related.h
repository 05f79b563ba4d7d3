// An entry of the "related concepts" box, with the reasons it explains itself by:
// Quartiermanagement → Bürgersprechstunde, because "erwähnt „Bürgersprechstunden“ im Abschnitt
// „Dialog verbessern“".
#pragma once

#include <string>
#include <vector>

namespace querverweis {

struct RelatedConcept {
  std::string slug;
  std::string title;
  double score = 0;
  std::vector<std::string> reasons;  // German, strongest first, quoting the evidence
};

}  // namespace querverweis
