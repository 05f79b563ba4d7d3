#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "engine/graph/GraphLayout.h"
#include "engine/index/Generation.h"
#include "querverweis/Error.h"

namespace querverweis {
namespace {

Entry entry(const std::string& slug) {
  Entry e;
  e.slug = slug;
  e.title = slug;
  e.body = "Text über " + slug + ".";
  e.plainBody = e.body;
  return e;
}

LinkSuggestion mention(const std::string& target) {
  LinkSuggestion link;
  link.target = target;
  link.title = target;
  link.text = target;
  link.kind = LinkKind::Exact;
  link.confidence = 0.9;
  return link;
}

// Two triangles joined by nothing, and a node on its own.
ConceptGraph twoClusters() {
  std::vector<Entry> entries;
  for (const char* slug : {"a1", "a2", "a3", "b1", "b2", "b3", "allein"}) {
    entries.push_back(entry(slug));
  }
  std::vector<std::vector<LinkSuggestion>> links(entries.size());
  links[0] = {mention("a2"), mention("a3")};
  links[1] = {mention("a3")};
  links[3] = {mention("b2"), mention("b3")};
  links[4] = {mention("b3")};
  return ConceptGraph(entries, links);
}

double distance(const GraphPoint& a, const GraphPoint& b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

TEST(GraphLayout, GivesEveryNodeAPointInsideTheExtent) {
  ConceptGraph graph = twoClusters();
  std::vector<GraphPoint> points = layoutGraph(graph);
  ASSERT_EQ(points.size(), graph.nodes().size());
  for (const GraphPoint& point : points) {
    EXPECT_GE(point.x, 0);
    EXPECT_LE(point.x, 1000);
    EXPECT_GE(point.y, 0);
    EXPECT_LE(point.y, 1000);
  }
}

TEST(GraphLayout, LinkedEntriesEndUpCloserThanUnlinkedOnes) {
  ConceptGraph graph = twoClusters();
  std::vector<GraphPoint> p = layoutGraph(graph);
  auto at = [&](const char* slug) { return p[graph.nodeIndex(slug)]; };
  double inside = std::max({distance(at("a1"), at("a2")), distance(at("a1"), at("a3")),
                            distance(at("b1"), at("b2")), distance(at("b2"), at("b3"))});
  double across = std::min(
      {distance(at("a1"), at("b1")), distance(at("a2"), at("b2")), distance(at("a3"), at("b3"))});
  EXPECT_LT(inside, across);
}

TEST(GraphLayout, IsTheSameEveryTime) {
  ConceptGraph graph = twoClusters();
  std::vector<GraphPoint> first = layoutGraph(graph);
  std::vector<GraphPoint> second = layoutGraph(graph);
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].x, second[i].x);
    EXPECT_EQ(first[i].y, second[i].y);
  }
}

TEST(GraphLayout, StoredLayoutRoundTripsAndAMissingNodeIsRefused) {
  ConceptGraph graph = twoClusters();
  std::vector<GraphPoint> points = layoutGraph(graph);
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "qv-layout-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  writeStoredLayout(dir.string(), graph, points);
  std::vector<GraphPoint> back = readStoredLayout(dir.string(), graph);
  ASSERT_EQ(back.size(), points.size());
  EXPECT_EQ(back[3].x, points[3].x);
  EXPECT_EQ(back[3].y, points[3].y);

  std::vector<Entry> fewer;
  for (const char* slug : {"a1", "a2"}) fewer.push_back(entry(slug));
  ConceptGraph smaller(fewer, std::vector<std::vector<LinkSuggestion>>(fewer.size()));
  writeStoredLayout(dir.string(), smaller, layoutGraph(smaller));
  EXPECT_THROW(readStoredLayout(dir.string(), graph), Error);
  std::filesystem::remove_all(dir);
}

TEST(GraphLayout, EmptyGraphHasNoPoints) {
  EXPECT_TRUE(layoutGraph(ConceptGraph({}, {})).empty());
}

}  // namespace
}  // namespace querverweis
