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

nlohmann::json whyJson(const std::vector<MatchReason>& reasons) {
  nlohmann::json out = nlohmann::json::array();
  for (const MatchReason& reason : reasons) {
    out.push_back({{"word", reason.word},
                   {"match", reason.match},
                   {"field", reason.field},
                   {"text", reason.text}});
  }
  return out;
}

nlohmann::json stageTokensJson(const std::vector<StageToken>& tokens) {
  nlohmann::json out = nlohmann::json::array();
  for (const StageToken& token : tokens) {
    nlohmann::json json = {{"term", token.term},
                           {"type", token.type},
                           {"position", token.position},
                           {"start", token.start},
                           {"end", token.end}};
    if (!token.change.empty()) {
      json["change"] = token.change;
    }
    out.push_back(std::move(json));
  }
  return out;
}

}  // namespace

nlohmann::json searchResultJson(const SearchResult& result) {
  nlohmann::json hits = nlohmann::json::array();
  for (const SearchHit& hit : result.hits) {
    nlohmann::json json = {
        {"slug", hit.slug}, {"title", hit.title}, {"score", hit.score}, {"snippet", hit.snippet}};
    if (!hit.why.empty()) {
      json["why"] = whyJson(hit.why);
    }
    hits.push_back(std::move(json));
  }
  nlohmann::json json = {{"query", result.query}, {"total", result.total}, {"hits", hits}};
  if (!result.didYouMean.empty()) {
    json["did_you_mean"] = result.didYouMean;
  }
  if (!result.tagCounts.empty()) {
    nlohmann::json tags = nlohmann::json::array();
    for (const TagCount& tag : result.tagCounts) {
      tags.push_back({{"tag", tag.tag}, {"count", tag.count}});
    }
    json["facets"] = {{"tags", tags}};
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

nlohmann::json unlinkedMentionsJson(const Engine& engine, const std::string& slug) {
  UnlinkedMentions found = engine.unlinkedMentions(slug);
  nlohmann::json mentions = nlohmann::json::array();
  for (const UnlinkedMention& mention : found.mentions) {
    mentions.push_back({{"slug", mention.slug},
                        {"title", mention.title},
                        {"text", mention.text},
                        {"kind", linkKindName(mention.kind)},
                        {"section", mention.section},
                        {"start", mention.start},
                        {"end", mention.end},
                        {"before", mention.before},
                        {"after", mention.after}});
  }
  return {{"total", found.total}, {"mentions", mentions}};
}

nlohmann::json entryJson(const Entry& entry, const Engine& engine) {
  const ConceptGraph& graph = engine.graph();
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
          {"backlinks", graphLinksJson(graph.backlinks(entry.slug))},
          {"unlinked_mentions", unlinkedMentionsJson(engine, entry.slug)}};
}

nlohmann::json graphJson(const Engine& engine) {
  nlohmann::json json = graphJson(engine.graph());
  const std::vector<GraphPoint>& layout = engine.graphLayout();
  nlohmann::json& nodes = json["nodes"];
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Entry* entry = engine.findEntry(nodes[i]["id"].get<std::string>());
    nodes[i]["tags"] = entry != nullptr ? entry->tags : std::vector<std::string>{};
    if (i < layout.size()) {
      nodes[i]["x"] = layout[i].x;
      nodes[i]["y"] = layout[i].y;
    }
  }
  return json;
}

nlohmann::json analyzeJson(const std::string& text, const std::vector<AnalysisStage>& stages) {
  nlohmann::json out = nlohmann::json::array();
  for (const AnalysisStage& stage : stages) {
    out.push_back({{"name", stage.name},
                   {"tokens", stageTokensJson(stage.tokens)},
                   {"removed", stageTokensJson(stage.removed)}});
  }
  return {{"text", text}, {"stages", out}};
}

nlohmann::json comparisonJson(const std::string& a, const std::string& b,
                              const TermComparison& comparison) {
  nlohmann::json shared = nlohmann::json::array();
  for (const SharedTerm& term : comparison.shared) {
    shared.push_back({{"term", term.term}, {"type_a", term.typeA}, {"type_b", term.typeB}});
  }
  return {{"a", {{"text", a}, {"terms", stageTokensJson(comparison.a)}}},
          {"b", {{"text", b}, {"terms", stageTokensJson(comparison.b)}}},
          {"meet", !comparison.shared.empty()},
          {"shared", shared}};
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
