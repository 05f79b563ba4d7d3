// How a generation stores entries, their detected links and their related concepts: JSON records
// inside the index folder. {"slug":"zoll","title":"Zoll",…}. The JSON the API and the command
// line print is tools/ResultJson's, so the two may evolve apart.
#pragma once

#include <nlohmann/json.hpp>

#include "querverweis/Entry.h"
#include "querverweis/Links.h"
#include "querverweis/Related.h"

namespace querverweis {

// Slug, title, aliases, tags, body, source; sections and links are derived from the body.
nlohmann::json entryToStoredJson(const Entry& entry);
// Inverse of entryToStoredJson. Throws Error(Corrupt) on a malformed record.
Entry entryFromStoredJson(const nlohmann::json& json);

// {"start","end","text","target","title","confidence","kind","context","section"}
nlohmann::json linkToJson(const LinkSuggestion& link);
// Inverse of linkToJson. Throws Error(Corrupt) on a malformed record.
LinkSuggestion linkFromJson(const nlohmann::json& json);

// {"slug","title","score","reasons"}
nlohmann::json relatedToJson(const RelatedConcept& related);
// Inverse of relatedToJson. Throws Error(Corrupt) on a malformed record.
RelatedConcept relatedFromJson(const nlohmann::json& json);

}  // namespace querverweis
