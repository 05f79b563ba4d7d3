#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "LinkFixtures.h"
#include "querverweis/Graph.h"
#include "tools/ResultJson.h"

namespace querverweis {
namespace {

TEST(ResultJsonTest, GraphListsNodesAndEdgesBySlugWithKindNames) {
  std::vector<Entry> entries{
      test::entry("buergersprechstunde", "Bürgersprechstunde", "Offene Sprechzeiten.\n"),
      test::entry("quartiermanagement", "Quartiermanagement",
                  "Die Polizei bietet Bürgersprechstunden an.\n")};
  std::vector<std::vector<LinkSuggestion>> links{
      {},
      {test::mention(entries[1], "Bürgersprechstunden", "buergersprechstunde",
                     LinkKind::Inflected)}};
  nlohmann::json json = graphJson(ConceptGraph(entries, links));
  ASSERT_EQ(json["nodes"].size(), 2u);
  EXPECT_EQ(json["nodes"][1]["id"], "quartiermanagement");
  EXPECT_EQ(json["nodes"][1]["title"], "Quartiermanagement");
  EXPECT_EQ(json["nodes"][1]["out_degree"], 1);
  EXPECT_EQ(json["nodes"][0]["in_degree"], 1);
  ASSERT_EQ(json["edges"].size(), 1u);
  const nlohmann::json& edge = json["edges"][0];
  EXPECT_EQ(edge["source"], "quartiermanagement");
  EXPECT_EQ(edge["target"], "buergersprechstunde");
  EXPECT_GT(edge["weight"].get<double>(), 0.0);
  EXPECT_EQ(edge["kinds"], nlohmann::json::array({"inflected"}));
}

TEST(ResultJsonTest, LinkKindsHaveOneNameEachBothWays) {
  for (LinkKind kind : {LinkKind::Exact, LinkKind::Inflected, LinkKind::Compound, LinkKind::Alias,
                        LinkKind::Coordination, LinkKind::Explicit}) {
    EXPECT_EQ(linkKindFromName(linkKindName(kind)), kind) << linkKindName(kind);
  }
  EXPECT_FALSE(linkKindFromName("Exact").has_value());
}

}  // namespace
}  // namespace querverweis
