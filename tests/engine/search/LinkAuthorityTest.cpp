#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "LinkFixtures.h"
#include "engine/search/LinkAuthority.h"
#include "querverweis/Graph.h"

namespace querverweis {
namespace {

using test::entry;
using test::mention;

// Enkeltrick and Schockanruf both mention Falsche Polizeibeamte; Taschendiebstahl mentions
// nothing and nobody mentions it.
struct FraudCorpus {
  std::vector<Entry> entries{
      entry("enkeltrick", "Enkeltrick",
            "Beim Enkeltrick geben sich Betrüger als Verwandte aus, ähnlich wie falsche "
            "Polizeibeamte.\n"),
      entry("schockanruf", "Schockanruf",
            "Ein Schockanruf arbeitet mit Angst; oft melden sich falsche Polizeibeamte.\n"),
      entry("taschendiebstahl", "Taschendiebstahl",
            "Taschendiebe nutzen das Gedränge an Bahnhöfen.\n"),
      entry("falsche-polizeibeamte", "Falsche Polizeibeamte",
            "Falsche Polizeibeamte rufen ältere Menschen an.\n")};
  std::vector<std::vector<LinkSuggestion>> links{
      {mention(entries[0], "falsche Polizeibeamte", "falsche-polizeibeamte")},
      {mention(entries[1], "falsche Polizeibeamte", "falsche-polizeibeamte")},
      {},
      {}};
  ConceptGraph graph{entries, links};
};

std::vector<std::size_t> order(const std::vector<ScoredEntry>& hits) {
  std::vector<std::size_t> entries;
  for (const ScoredEntry& hit : hits) {
    entries.push_back(hit.entry);
  }
  return entries;
}

TEST(LinkAuthorityTest, EntryMentionedByBetterHitsMovesUp) {
  FraudCorpus corpus;
  std::vector<ScoredEntry> hits = {{0, 1.0}, {1, 0.9}, {2, 0.86}, {3, 0.85}};
  addLinkAuthority(hits, corpus.graph, 30);
  EXPECT_EQ(order(hits), (std::vector<std::size_t>{0, 3, 1, 2}));
  EXPECT_GT(hits[1].score, 0.9);
}

TEST(LinkAuthorityTest, HitsWithoutLinksAmongTheResultsKeepScoreAndOrder) {
  FraudCorpus corpus;
  std::vector<ScoredEntry> hits = {{2, 1.0}, {3, 0.5}};  // the linking entries did not match
  addLinkAuthority(hits, corpus.graph, 30);
  EXPECT_EQ(order(hits), (std::vector<std::size_t>{2, 3}));
  EXPECT_DOUBLE_EQ(hits[1].score, 0.5);
}

TEST(LinkAuthorityTest, HitsBeyondTheDepthAreNeitherSourcesNorMoved) {
  FraudCorpus corpus;
  std::vector<ScoredEntry> hits = {{2, 1.0}, {1, 0.9}, {3, 0.85}, {0, 0.8}};
  addLinkAuthority(hits, corpus.graph, 2);
  EXPECT_EQ(order(hits), (std::vector<std::size_t>{2, 1, 3, 0}));
  EXPECT_DOUBLE_EQ(hits[2].score, 0.85);
}

}  // namespace
}  // namespace querverweis
