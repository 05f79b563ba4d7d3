#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "analyzers/text/Words.h"
#include "engine/linking/LinkInput.h"
#include "querverweis/Error.h"
#include "querverweis/Graph.h"

namespace querverweis {
namespace {

// An editor's own link or a mention by the full name says more than a name buried in a compound
// ("Präventionsarbeit" for Prävention).
double kindWeight(LinkKind kind) {
  switch (kind) {
    case LinkKind::Explicit:
    case LinkKind::Exact:
    case LinkKind::Inflected:
    case LinkKind::Alias:
      return 1.0;
    case LinkKind::Coordination:
      return 0.9;
    case LinkKind::Compound:
      return 0.6;
  }
  return 0.8;
}

// Glossary entries define their term in the first paragraph; a concept named there is part of
// the definition, not an aside.
constexpr double kOpeningFactor = 1.5;
// Each further mention adds this much, at most kMaxRepeats times: repetition matters, but one
// long entry must not outweigh a definition.
constexpr double kRepeatBonus = 0.25;
constexpr std::size_t kMaxRepeats = 2;

// End of the first paragraph: the first blank line after some text, or the first section.
std::size_t openingEnd(const Entry& entry) {
  const std::string& text =
      entry.plainBody.size() == entry.body.size() ? entry.plainBody : entry.body;
  std::size_t limit = entry.sections.empty() ? text.size() : entry.sections.front().begin;
  std::size_t i = 0;
  while (i < limit && isAsciiSpace(text[i])) ++i;
  for (; i < limit; ++i) {
    if (text[i] != '\n') continue;
    std::size_t j = i + 1;
    while (j < limit && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j >= limit || text[j] == '\n') return i;
  }
  return limit;
}

double edgeWeight(const std::vector<GraphMention>& mentions) {
  double best = 0;
  for (const GraphMention& mention : mentions) {
    best = std::max(best, kindWeight(mention.kind) * (mention.opening ? kOpeningFactor : 1.0));
  }
  const std::size_t repeats = std::min(mentions.size() - 1, kMaxRepeats);
  return best + kRepeatBonus * static_cast<double>(repeats);
}

// DOT quoted strings end at an unescaped quote and read backslash sequences (\n, \l, \N) as
// layout commands, so both are escaped; line breaks become the centred-line escape.
std::string dotQuoted(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (c == '\n') {
      quoted += "\\n";
    } else if (c != '\r') {
      quoted += c;
    }
  }
  return quoted + '"';
}

std::string formatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.2f", value);
  return buffer;
}

}  // namespace

ConceptGraph::ConceptGraph(const std::vector<Entry>& entries,
                           const std::vector<std::vector<LinkSuggestion>>& links) {
  if (links.size() != entries.size()) {
    throw Error(ErrorKind::InvalidArgument, "concept graph: " + std::to_string(links.size()) +
                                                " link lists for " +
                                                std::to_string(entries.size()) + " entries");
  }
  nodes_.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    nodes_.push_back({entries[i].slug, entries[i].title, 0, 0});
    index_.emplace(entries[i].slug, i);
  }
  out_.resize(entries.size());
  in_.resize(entries.size());

  for (std::size_t source = 0; source < entries.size(); ++source) {
    const Entry& entry = entries[source];
    const std::size_t opening = openingEnd(entry);
    std::map<std::size_t, std::vector<GraphMention>> byTarget;
    std::set<std::pair<std::size_t, std::size_t>> seen;  // (target, begin): one mention once
    auto add = [&](const std::string& slug, GraphMention mention) {
      auto found = index_.find(slug);
      if (found == index_.end() || found->second == source) return;
      if (!seen.emplace(found->second, mention.begin).second) return;
      mention.opening = mention.begin < opening;
      byTarget[found->second].push_back(std::move(mention));
    };
    for (const ExplicitLink& link : entry.links) {
      add(link.target, {link.text, sectionAt(entry.sections, link.begin), LinkKind::Explicit,
                        link.begin, link.end, false});
    }
    for (const LinkSuggestion& link : links[source]) {
      add(link.target, {link.text, link.section, link.kind, link.start, link.end, false});
    }
    for (auto& [target, mentions] : byTarget) {
      std::sort(mentions.begin(), mentions.end(),
                [](const GraphMention& a, const GraphMention& b) { return a.begin < b.begin; });
      std::set<LinkKind> kinds;
      for (const GraphMention& mention : mentions) kinds.insert(mention.kind);
      GraphEdge edge;
      edge.source = source;
      edge.target = target;
      edge.weight = edgeWeight(mentions);
      edge.kinds.assign(kinds.begin(), kinds.end());
      edge.mentions = std::move(mentions);
      out_[source].push_back(edges_.size());
      in_[target].push_back(edges_.size());
      ++nodes_[source].outDegree;
      ++nodes_[target].inDegree;
      edges_.push_back(std::move(edge));
    }
  }
}

std::size_t ConceptGraph::nodeIndex(std::string_view slug) const {
  auto found = index_.find(slug);
  if (found == index_.end()) {
    throw Error(ErrorKind::NotFound, "no entry with slug '" + std::string(slug) + "'");
  }
  return found->second;
}

GraphLink ConceptGraph::linkOf(const GraphEdge& edge, std::size_t otherEnd) const {
  return {nodes_[otherEnd].slug, nodes_[otherEnd].title, edge.weight, edge.kinds, edge.mentions};
}

std::vector<GraphLink> ConceptGraph::outgoing(std::string_view slug) const {
  std::vector<const GraphEdge*> edges;
  for (std::size_t e : out_[nodeIndex(slug)]) edges.push_back(&edges_[e]);
  std::sort(edges.begin(), edges.end(), [](const GraphEdge* a, const GraphEdge* b) {
    return a->mentions.front().begin < b->mentions.front().begin;
  });
  std::vector<GraphLink> result;
  for (const GraphEdge* edge : edges) result.push_back(linkOf(*edge, edge->target));
  return result;
}

std::vector<GraphLink> ConceptGraph::backlinks(std::string_view slug) const {
  std::vector<const GraphEdge*> edges;
  for (std::size_t e : in_[nodeIndex(slug)]) edges.push_back(&edges_[e]);
  std::sort(edges.begin(), edges.end(), [this](const GraphEdge* a, const GraphEdge* b) {
    if (a->weight != b->weight) return a->weight > b->weight;
    return nodes_[a->source].slug < nodes_[b->source].slug;
  });
  std::vector<GraphLink> result;
  for (const GraphEdge* edge : edges) result.push_back(linkOf(*edge, edge->source));
  return result;
}

std::string ConceptGraph::toDot() const {
  std::string dot = "digraph querverweis {\n  node [shape=box];\n";
  for (const GraphNode& node : nodes_) {
    dot += "  " + dotQuoted(node.slug) + " [label=" + dotQuoted(node.title) + "];\n";
  }
  for (const GraphEdge& edge : edges_) {
    dot += "  " + dotQuoted(nodes_[edge.source].slug) + " -> " +
           dotQuoted(nodes_[edge.target].slug) + " [penwidth=" + formatNumber(edge.weight) + "];\n";
  }
  return dot + "}\n";
}

}  // namespace querverweis
