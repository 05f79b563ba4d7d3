// The JSON shapes of Contract 2 and 3, shared by `querverweis … --json` and the HTTP API so the
// two cannot disagree: search → {"query","total","hits":[{"slug","title","score","snippet"}]}.
#pragma once

#include <nlohmann/json.hpp>

#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Graph.h"

namespace querverweis {

nlohmann::json searchResultJson(const SearchResult& result);
// The entry with its sections, explicit links, and from the concept graph its outgoing links
// ("links") and the entries linking to it ("backlinks").
nlohmann::json entryJson(const Entry& entry, const ConceptGraph& graph);
// {"links":[{"start","end","text","target","title","confidence","kind","context","section"}]}
nlohmann::json linksJson(const std::vector<LinkSuggestion>& links);
// {"slug","related":[{"slug","title","score","reasons"}]}
nlohmann::json relatedJson(const std::string& slug, const std::vector<RelatedConcept>& related);
// {"prefix","suggestions":[{"slug","title","text","kind"}]}
nlohmann::json completionsJson(const std::string& prefix, const std::vector<Completion>& found);
// {"nodes":[{"id","title","in_degree","out_degree"}],
//  "edges":[{"source","target","weight","kinds":[...],"mentions"}]} with slugs as ids.
nlohmann::json graphJson(const ConceptGraph& graph);
// {"error":{"code":"not_found","message":"…"}}
nlohmann::json errorJson(const std::string& code, const std::string& message);

}  // namespace querverweis
