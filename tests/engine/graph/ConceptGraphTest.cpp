#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "LinkFixtures.h"
#include "querverweis/Corpus.h"
#include "querverweis/Error.h"
#include "querverweis/Graph.h"

namespace querverweis {
namespace {

using test::entry;
using test::mention;

// Quartiermanagement mentions Bürgersprechstunde and links Stadtteilbüro explicitly;
// Stadtteilbüro mentions Quartiermanagement.
struct SmallCorpus {
  std::vector<Entry> entries{
      entry("buergersprechstunde", "Bürgersprechstunde",
            "In der Bürgersprechstunde beantwortet die Polizei Fragen der Anwohner.\n"),
      entry("quartiermanagement", "Quartiermanagement",
            "Quartiermanagement verbessert das Leben im Stadtteil.\n\n"
            "## Dialog verbessern\n\n"
            "Die Polizei bietet Bürgersprechstunden an, oft im "
            "[Stadtteilbüro](stadtteilbuero).\n"),
      entry("stadtteilbuero", "Stadtteilbüro",
            "Im Stadtteilbüro arbeitet das Quartiermanagement mit den Bewohnern.\n")};
  std::vector<std::vector<LinkSuggestion>> links{
      {},
      {mention(entries[1], "Bürgersprechstunden", "buergersprechstunde", LinkKind::Inflected)},
      {mention(entries[2], "Quartiermanagement", "quartiermanagement")}};
};

const GraphEdge& edgeBetween(const ConceptGraph& graph, const std::string& source,
                             const std::string& target) {
  for (const GraphEdge& edge : graph.edges()) {
    if (graph.nodes()[edge.source].slug == source && graph.nodes()[edge.target].slug == target) {
      return edge;
    }
  }
  ADD_FAILURE() << "no edge " << source << " -> " << target;
  static const GraphEdge none;
  return none;
}

TEST(ConceptGraphTest, EdgesJoinSuggestedAndExplicitLinks) {
  SmallCorpus corpus;
  ConceptGraph graph(corpus.entries, corpus.links);
  ASSERT_EQ(graph.edges().size(), 3u);
  EXPECT_EQ(edgeBetween(graph, "quartiermanagement", "buergersprechstunde").kinds,
            (std::vector<LinkKind>{LinkKind::Inflected}));
  EXPECT_EQ(edgeBetween(graph, "quartiermanagement", "stadtteilbuero").kinds,
            (std::vector<LinkKind>{LinkKind::Explicit}));
  EXPECT_EQ(edgeBetween(graph, "stadtteilbuero", "quartiermanagement").kinds,
            (std::vector<LinkKind>{LinkKind::Exact}));
}

TEST(ConceptGraphTest, NodesCountDistinctLinkedEntries) {
  SmallCorpus corpus;
  ConceptGraph graph(corpus.entries, corpus.links);
  const GraphNode& node = graph.nodes()[graph.nodeIndex("quartiermanagement")];
  EXPECT_EQ(node.title, "Quartiermanagement");
  EXPECT_EQ(node.outDegree, 2u);
  EXPECT_EQ(node.inDegree, 1u);
  EXPECT_EQ(graph.nodes()[graph.nodeIndex("buergersprechstunde")].outDegree, 0u);
}

TEST(ConceptGraphTest, MentionsKeepTheirSection) {
  SmallCorpus corpus;
  ConceptGraph graph(corpus.entries, corpus.links);
  const GraphEdge& explicitLink = edgeBetween(graph, "quartiermanagement", "stadtteilbuero");
  ASSERT_EQ(explicitLink.mentions.size(), 1u);
  EXPECT_EQ(explicitLink.mentions[0].text, "Stadtteilbüro");
  EXPECT_EQ(explicitLink.mentions[0].section, "Dialog verbessern");
  EXPECT_FALSE(explicitLink.mentions[0].opening);
}

TEST(ConceptGraphTest, OutgoingListsTargetsInTextOrder) {
  SmallCorpus corpus;
  ConceptGraph graph(corpus.entries, corpus.links);
  std::vector<GraphLink> out = graph.outgoing("quartiermanagement");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].slug, "buergersprechstunde");
  EXPECT_EQ(out[0].title, "Bürgersprechstunde");
  EXPECT_EQ(out[0].mentions.at(0).text, "Bürgersprechstunden");
  EXPECT_EQ(out[1].slug, "stadtteilbuero");
}

TEST(ConceptGraphTest, BacklinksNameTheSourceAndItsWords) {
  SmallCorpus corpus;
  ConceptGraph graph(corpus.entries, corpus.links);
  std::vector<GraphLink> back = graph.backlinks("buergersprechstunde");
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].slug, "quartiermanagement");
  EXPECT_EQ(back[0].mentions.at(0).text, "Bürgersprechstunden");
}

TEST(ConceptGraphTest, UnknownSlugIsNotFound) {
  SmallCorpus corpus;
  ConceptGraph graph(corpus.entries, corpus.links);
  try {
    graph.outgoing("polizei");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::NotFound);
  }
  EXPECT_THROW(graph.backlinks("polizei"), Error);
}

TEST(ConceptGraphTest, SelfMentionsAndUnknownTargetsAreIgnored) {
  SmallCorpus corpus;
  corpus.links[2].push_back(mention(corpus.entries[2], "Stadtteilbüro", "stadtteilbuero"));
  corpus.links[2].push_back(mention(corpus.entries[2], "Bewohnern", "bewohnerbeteiligung"));
  ConceptGraph graph(corpus.entries, corpus.links);
  EXPECT_EQ(graph.nodes()[graph.nodeIndex("stadtteilbuero")].outDegree, 1u);
  EXPECT_EQ(graph.edges().size(), 3u);
}

TEST(ConceptGraphTest, OpeningMentionWeighsMoreThanLaterOne) {
  std::vector<Entry> entries{entry("dunkelfeld", "Dunkelfeld",
                                   "Das Dunkelfeld ist das Gegenstück zum Hellfeld.\n\n"
                                   "## Forschung\n\nOpferbefragungen erhellen es.\n"),
                             entry("hellfeld", "Hellfeld", "Die registrierte Kriminalität.\n"),
                             entry("opferbefragung", "Opferbefragung", "Eine Befragung.\n")};
  std::vector<std::vector<LinkSuggestion>> links{
      {mention(entries[0], "Hellfeld", "hellfeld"),
       mention(entries[0], "Opferbefragungen", "opferbefragung", LinkKind::Inflected)},
      {},
      {}};
  ConceptGraph graph(entries, links);
  EXPECT_TRUE(edgeBetween(graph, "dunkelfeld", "hellfeld").mentions[0].opening);
  EXPECT_GT(edgeBetween(graph, "dunkelfeld", "hellfeld").weight,
            edgeBetween(graph, "dunkelfeld", "opferbefragung").weight);
}

TEST(ConceptGraphTest, WrongNumberOfLinkListsIsRejected) {
  SmallCorpus corpus;
  corpus.links.pop_back();
  try {
    ConceptGraph graph(corpus.entries, corpus.links);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
  }
}

TEST(ConceptGraphTest, DotLabelsNodesWithTitlesAndWeighsEdges) {
  SmallCorpus corpus;
  std::string dot = ConceptGraph(corpus.entries, corpus.links).toDot();
  EXPECT_EQ(dot.rfind("digraph ", 0), 0u);
  EXPECT_NE(dot.find("\"buergersprechstunde\" [label=\"Bürgersprechstunde\"];"), std::string::npos)
      << dot;
  EXPECT_NE(dot.find("\"quartiermanagement\" -> \"stadtteilbuero\" [penwidth="), std::string::npos)
      << dot;
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
}

TEST(ConceptGraphTest, DotEscapesQuotesAndBackslashesInTitles) {
  std::vector<Entry> entries{entry("broken-windows-theorie",
                                   "'Die \"Broken Windows\"-Theorie \\ Kriminologie'",
                                   "Verwahrlosung zieht Kriminalität an.\n")};
  std::string dot = ConceptGraph(entries, {{}}).toDot();
  EXPECT_NE(dot.find("[label=\"Die \\\"Broken Windows\\\"-Theorie \\\\ Kriminologie\"]"),
            std::string::npos)
      << dot;
}

}  // namespace
}  // namespace querverweis
