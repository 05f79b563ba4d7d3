// The map of how the glossary's concepts connect: one node per entry, one weighted directed edge
// per entry that mentions another (linker suggestions and explicit `[..](slug)` links alike), e.g.
// quartiermanagement → buergersprechstunde because "… über Bürgersprechstunden bis …".
// It answers "what does this entry link to, what links to it" and exports GraphViz DOT. It does
// not detect mentions itself (the linker does) nor rank related entries.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "querverweis/Entry.h"
#include "querverweis/Links.h"

namespace querverweis {

// One place where the source entry's body names the target.
struct GraphMention {
  std::string text;     // exactly as written in the body
  std::string section;  // heading of the `## ` section around it, or empty before the first one
  LinkKind kind = LinkKind::Exact;
  std::size_t begin = 0;  // byte offsets into the source entry's body
  std::size_t end = 0;
  bool opening = false;  // inside the first paragraph, where a glossary entry defines its term
};

struct GraphNode {
  std::string slug;
  std::string title;
  std::size_t inDegree = 0;   // entries mentioning this one
  std::size_t outDegree = 0;  // entries this one mentions
};

struct GraphEdge {
  std::size_t source = 0;  // indices into nodes()
  std::size_t target = 0;
  // How strongly the source points at the target: 0.6 for one passing compound mention up to 2
  // for several exact mentions, one of them in the opening paragraph.
  double weight = 0;
  std::vector<LinkKind> kinds;         // distinct mention kinds, in enum order
  std::vector<GraphMention> mentions;  // in text order
};

// An edge seen from one end: for outgoing() `slug` is the target, for backlinks() the source.
struct GraphLink {
  std::string slug;
  std::string title;
  double weight = 0;
  std::vector<LinkKind> kinds;
  std::vector<GraphMention> mentions;
};

// A position on the concept map: x and y in [0, 1000]; the longer side of the layout spans the
// whole range. Entries that mention each other lie close together.
struct GraphPoint {
  double x = 0;
  double y = 0;
};

// A place where another entry names an entry without an explicit [..](slug) link: a link an
// editor could still set ("… über Bürgersprechstunden bis …" in Quartiermanagement).
struct UnlinkedMention {
  std::string slug;   // the entry whose body mentions
  std::string title;  // its title
  std::string text;   // the mention as written
  LinkKind kind = LinkKind::Exact;
  std::string section;
  std::size_t start = 0;  // byte offsets of the mention in that entry's body
  std::size_t end = 0;
  std::string before;  // about 60 bytes of text before and after, whitespace folded
  std::string after;
};

struct UnlinkedMentions {
  std::size_t total = 0;                  // all of them
  std::vector<UnlinkedMention> mentions;  // the first ones asked for
};

// Built once per index, then read-only and safe to share between threads.
class ConceptGraph {
 public:
  // links[i]: the linker's suggestions for entries[i].body (self excluded); must have one list
  // per entry, else Error(InvalidArgument). Mentions of unknown slugs or of the entry itself are
  // ignored.
  ConceptGraph(const std::vector<Entry>& entries,
               const std::vector<std::vector<LinkSuggestion>>& links);

  const std::vector<GraphNode>& nodes() const { return nodes_; }
  // Sorted by source, then target.
  const std::vector<GraphEdge>& edges() const { return edges_; }
  // Index into nodes() or Error(NotFound).
  std::size_t nodeIndex(std::string_view slug) const;
  // Indices into edges() of the edges leaving / reaching a node.
  const std::vector<std::size_t>& outgoingEdges(std::size_t node) const { return out_[node]; }
  const std::vector<std::size_t>& incomingEdges(std::size_t node) const { return in_[node]; }

  // Targets in order of their first mention. Throws Error(NotFound) for an unknown slug.
  std::vector<GraphLink> outgoing(std::string_view slug) const;
  // Sources, strongest first. Throws Error(NotFound) for an unknown slug.
  std::vector<GraphLink> backlinks(std::string_view slug) const;

  // A GraphViz digraph: nodes named by slug and labelled with their titles, pen width by weight.
  std::string toDot() const;

 private:
  GraphLink linkOf(const GraphEdge& edge, std::size_t otherEnd) const;

  std::vector<GraphNode> nodes_;
  std::vector<GraphEdge> edges_;
  std::vector<std::vector<std::size_t>> out_;
  std::vector<std::vector<std::size_t>> in_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace querverweis
