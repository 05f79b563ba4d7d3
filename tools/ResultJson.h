// The JSON shapes of Contract 2 and 3, shared by `querverweis … --json` and the HTTP API so the
// two cannot disagree: search → {"query","total","hits":[{"slug","title","score","snippet"}]}.
#pragma once

#include <nlohmann/json.hpp>

#include "querverweis/Engine.h"
#include "querverweis/Error.h"
#include "querverweis/Graph.h"

namespace querverweis {

// Hits carry "why" when the search explained them, the result "facets":{"tags":[{"tag","count"}]}
// when it counted tags.
nlohmann::json searchResultJson(const SearchResult& result);
// The entry with its sections, explicit links, and from the concept graph its outgoing links
// ("links"), the entries linking to it ("backlinks") and the mentions of it that other entries
// do not link ("unlinked_mentions": {"total","mentions":[{"slug","title","text","kind",
// "section","start","end","before","after"}]}).
nlohmann::json entryJson(const Entry& entry, const Engine& engine);
// The concept graph (ConceptGraph::toJson) with each node's tags and map position (x, y).
nlohmann::json graphJson(const Engine& engine);
// {"text","stages":[{"name","tokens":[{"term","type","position","start","end","change"?}],
// "removed":[…]}]}
nlohmann::json analyzeJson(const std::string& text, const std::vector<AnalysisStage>& stages);
// {"a":{"text","terms"},"b":{"text","terms"},"meet","shared":[{"term","type_a","type_b"}]}
nlohmann::json comparisonJson(const std::string& a, const std::string& b,
                              const TermComparison& comparison);
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
