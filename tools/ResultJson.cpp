#include "tools/ResultJson.h"

#include <cmath>

namespace querverweis {

namespace {

nlohmann::json kindNames(const std::vector<LinkKind>& kinds) {
  nlohmann::json names = nlohmann::json::array();
  for (LinkKind kind : kinds) {
    names.push_back(linkKindName(kind));
  }
  return names;
}

double rounded(double value) {
  return std::round(value * 1000.0) / 1000.0;
}

}  // namespace

nlohmann::json searchResultJson(const SearchResult& result) {
  nlohmann::json hits = nlohmann::json::array();
  for (const SearchHit& hit : result.hits) {
    hits.push_back(
        {{"slug", hit.slug}, {"title", hit.title}, {"score", hit.score}, {"snippet", hit.snippet}});
  }
  nlohmann::json json = {{"query", result.query}, {"total", result.total}, {"hits", hits}};
  if (!result.didYouMean.empty()) {
    json["did_you_mean"] = result.didYouMean;
  }
  return json;
}

namespace {

nlohmann::json graphLinksJson(const std::vector<GraphLink>& links) {
  nlohmann::json out = nlohmann::json::array();
  for (const GraphLink& link : links) {
    nlohmann::json mentions = nlohmann::json::array();
    for (const GraphMention& mention : link.mentions) {
      mentions.push_back({{"text", mention.text},
                          {"section", mention.section},
                          {"kind", linkKindName(mention.kind)},
                          {"start", mention.begin},
                          {"end", mention.end}});
    }
    out.push_back({{"slug", link.slug},
                   {"title", link.title},
                   {"weight", link.weight},
                   {"kinds", kindNames(link.kinds)},
                   {"mentions", mentions}});
  }
  return out;
}

}  // namespace

nlohmann::json linksJson(const std::vector<LinkSuggestion>& links) {
  nlohmann::json out = nlohmann::json::array();
  for (const LinkSuggestion& link : links) {
    out.push_back({{"start", link.start},
                   {"end", link.end},
                   {"text", link.text},
                   {"target", link.target},
                   {"title", link.title},
                   {"confidence", link.confidence},
                   {"kind", linkKindName(link.kind)},
                   {"context", link.context},
                   {"section", link.section}});
  }
  return {{"links", out}};
}

nlohmann::json relatedJson(const std::string& slug, const std::vector<RelatedConcept>& related) {
  nlohmann::json out = nlohmann::json::array();
  for (const RelatedConcept& item : related) {
    out.push_back({{"slug", item.slug},
                   {"title", item.title},
                   {"score", item.score},
                   {"reasons", item.reasons}});
  }
  return {{"slug", slug}, {"related", out}};
}

nlohmann::json entryJson(const Entry& entry, const ConceptGraph& graph) {
  nlohmann::json sections = nlohmann::json::array();
  for (const Section& section : entry.sections) {
    sections.push_back(
        {{"heading", section.heading}, {"start", section.begin}, {"end", section.end}});
  }
  nlohmann::json links = nlohmann::json::array();
  for (const ExplicitLink& link : entry.links) {
    links.push_back(
        {{"text", link.text}, {"target", link.target}, {"start", link.begin}, {"end", link.end}});
  }
  return {{"slug", entry.slug},
          {"title", entry.title},
          {"aliases", entry.aliases},
          {"tags", entry.tags},
          {"body", entry.body},
          {"sections", sections},
          {"explicit_links", links},
          {"links", graphLinksJson(graph.outgoing(entry.slug))},
          {"backlinks", graphLinksJson(graph.backlinks(entry.slug))}};
}

nlohmann::json completionsJson(const std::string& prefix, const std::vector<Completion>& found) {
  nlohmann::json suggestions = nlohmann::json::array();
  for (const Completion& completion : found) {
    suggestions.push_back({{"slug", completion.slug},
                           {"title", completion.title},
                           {"text", completion.text},
                           {"kind", completionKindName(completion.kind)}});
  }
  return {{"prefix", prefix}, {"suggestions", suggestions}};
}

nlohmann::json graphJson(const ConceptGraph& graph) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const GraphNode& node : graph.nodes()) {
    nodes.push_back({{"id", node.slug},
                     {"title", node.title},
                     {"in_degree", node.inDegree},
                     {"out_degree", node.outDegree}});
  }
  nlohmann::json edges = nlohmann::json::array();
  for (const GraphEdge& edge : graph.edges()) {
    edges.push_back({{"source", graph.nodes()[edge.source].slug},
                     {"target", graph.nodes()[edge.target].slug},
                     {"weight", rounded(edge.weight)},
                     {"kinds", kindNames(edge.kinds)},
                     {"mentions", edge.mentions.size()}});
  }
  return {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
}

nlohmann::json errorJson(const std::string& code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

}  // namespace querverweis
