#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Index.h"
#include "tools/HttpServer.h"
#include "tools/ServedIndex.h"

namespace querverweis {
namespace {

using ::testing::HasSubstr;

// Serves the bundled glossary's test index on a free loopback port.
class HttpServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { served_ = new test::ServedIndex(test::bundledIndex()); }
  static void TearDownTestSuite() { delete served_; }

  static httplib::Result get(const std::string& path) { return served_->get(path); }
  static nlohmann::json getJson(const std::string& path, int expectedStatus) {
    httplib::Result res = get(path);
    EXPECT_TRUE(res) << path;
    if (!res) {
      return {};
    }
    EXPECT_EQ(res->status, expectedStatus) << path << ": " << res->body;
    EXPECT_THAT(res->get_header_value("Content-Type"), HasSubstr("application/json"));
    return nlohmann::json::parse(res->body);
  }

  static test::ServedIndex* served_;
};

test::ServedIndex* HttpServerTest::served_ = nullptr;

TEST_F(HttpServerTest, HealthReportsEntries) {
  nlohmann::json health = getJson("/api/health", 200);
  EXPECT_EQ(health["status"], "ok");
  EXPECT_GE(health["entries"].get<int>(), 150);
}

TEST_F(HttpServerTest, SearchFindsBuergersprechstundeFromPlural) {
  nlohmann::json result = getJson("/api/search?q=B%C3%BCrgersprechstunden", 200);
  EXPECT_EQ(result["hits"][0]["slug"], "buergersprechstunde");
  EXPECT_EQ(getJson("/api/search?q=buergersprechstunde", 200)["hits"][0]["slug"],
            "buergersprechstunde");
}

TEST_F(HttpServerTest, SearchRespectsLimitAndOffset) {
  nlohmann::json all = getJson("/api/search?q=Polizei&limit=5", 200);
  ASSERT_EQ(all["hits"].size(), 5u);
  nlohmann::json page = getJson("/api/search?q=Polizei&limit=2&offset=3", 200);
  ASSERT_EQ(page["hits"].size(), 2u);
  EXPECT_EQ(page["hits"][0]["slug"], all["hits"][3]["slug"]);
  EXPECT_EQ(page["total"], all["total"]);
}

TEST_F(HttpServerTest, CommandLineJsonGivesTheSameRanking) {
  nlohmann::json api = getJson("/api/search?q=Gewalt%20in%20der%20Familie&limit=10", 200);
  test::CommandResult cli =
      test::runQuerverweis({"search", "--index", test::bundledIndex(), "--json", "--limit", "10",
                            "Gewalt in der Familie"});
  ASSERT_EQ(cli.exitCode, 0) << cli.err;
  EXPECT_EQ(nlohmann::json::parse(cli.out), api);
}

TEST_F(HttpServerTest, BadParametersGiveJson400) {
  for (const char* path : {"/api/search", "/api/search?q=", "/api/search?q=Zoll&limit=0",
                           "/api/search?q=Zoll&limit=abc", "/api/search?q=Zoll&offset=-1",
                           "/api/search?q=Zoll&limit=101"}) {
    nlohmann::json error = getJson(path, 400);
    EXPECT_EQ(error["error"]["code"], "invalid_argument") << path;
    EXPECT_FALSE(error["error"]["message"].get<std::string>().empty());
  }
}

TEST_F(HttpServerTest, UnknownEntryGivesJson404) {
  nlohmann::json error = getJson("/api/entries/gibt-es-nicht", 404);
  EXPECT_EQ(error["error"]["code"], "not_found");
  EXPECT_THAT(error["error"]["message"].get<std::string>(), HasSubstr("gibt-es-nicht"));
}

TEST_F(HttpServerTest, UnknownRouteGivesJson404) {
  EXPECT_EQ(getJson("/api/nothing", 404)["error"]["code"], "not_found");
}

TEST_F(HttpServerTest, EntryHasTitleBodyAndSections) {
  // see also EntryIncludesOutgoingLinksAndBacklinks
  nlohmann::json entry = getJson("/api/entries/quartiermanagement", 200);
  EXPECT_EQ(entry["title"], "Quartiermanagement");
  EXPECT_THAT(entry["body"].get<std::string>(), HasSubstr("Bürgersprechstunden"));
  EXPECT_FALSE(entry["sections"].empty());
}

TEST_F(HttpServerTest, QuerySyntaxIsPlainText) {
  nlohmann::json result = getJson("/api/search?q=Jugend-%20und%20Opferschutz%20(Kinder)", 200);
  EXPECT_GT(result["total"].get<int>(), 0);
  getJson("/api/search?q=AND%20(", 200);
}

TEST_F(HttpServerTest, ConcurrentRequestsAllSucceed) {
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  const std::vector<std::string> queries = {"Zoll", "Enkeltrick", "Polizei", "Stalking"};
  for (int c = 0; c < 8; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", served_->port());
      for (int i = 0; i < 10; ++i) {
        auto res = client.Get("/api/search?q=" + queries[static_cast<size_t>((c + i) % 4)]);
        if (res && res->status == 200 && !nlohmann::json::parse(res->body)["hits"].empty()) {
          ++ok;
        }
      }
    });
  }
  for (std::thread& client : clients) {
    client.join();
  }
  EXPECT_EQ(ok.load(), 80);
}

TEST_F(HttpServerTest, SuggestCompletesUmlautFreePrefix) {
  nlohmann::json result = getJson("/api/suggest?prefix=buergers", 200);
  ASSERT_FALSE(result["suggestions"].empty());
  EXPECT_EQ(result["suggestions"][0]["slug"], "buergersprechstunde");
  EXPECT_EQ(getJson("/api/suggest?prefix=sprechst", 200)["suggestions"][0]["slug"],
            "buergersprechstunde");
  EXPECT_EQ(getJson("/api/suggest", 400)["error"]["code"], "invalid_argument");
}

TEST_F(HttpServerTest, PostLinksSuggestsMentionWithOffsets) {
  httplib::Client client("127.0.0.1", served_->port());
  std::string text = "Die Polizei bietet Bürgersprechstunden im Viertel an.";
  nlohmann::json request = {{"text", text}, {"self", "quartiermanagement"}};
  auto res = client.Post("/api/links", request.dump(), "application/json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  nlohmann::json links = nlohmann::json::parse(res->body)["links"];
  bool found = false;
  for (const auto& link : links) {
    if (link["target"] == "buergersprechstunde") {
      found = true;
      std::size_t start = link["start"];
      std::size_t end = link["end"];
      EXPECT_EQ(text.substr(start, end - start), "Bürgersprechstunden");
      EXPECT_EQ(link["text"], "Bürgersprechstunden");
    }
  }
  EXPECT_TRUE(found) << links.dump();
}

TEST_F(HttpServerTest, PostLinksRejectsBadBodies) {
  httplib::Client client("127.0.0.1", served_->port());
  for (const char* body :
       {"kein json", "[]", "{\"text\": 5}", "{\"text\": \"x\", \"self\": \"gibt-es-nicht\"}",
        "{\"text\": \"x\", \"threshold\": 2}"}) {
    auto res = client.Post("/api/links", body, "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << body;
    EXPECT_EQ(nlohmann::json::parse(res->body)["error"]["code"], "invalid_argument") << body;
  }
}

TEST_F(HttpServerTest, RelatedListsReasons) {
  nlohmann::json result = getJson("/api/entries/quartiermanagement/related", 200);
  EXPECT_EQ(result["slug"], "quartiermanagement");
  ASSERT_EQ(result["related"].size(), 5u);
  for (const auto& item : result["related"]) {
    EXPECT_FALSE(item["reasons"].empty()) << item.dump();
    EXPECT_NE(item["slug"], "quartiermanagement");
  }
  EXPECT_EQ(getJson("/api/entries/gibt-es-nicht/related", 404)["error"]["code"], "not_found");
}

TEST_F(HttpServerTest, EntryIncludesOutgoingLinksAndBacklinks) {
  nlohmann::json entry = getJson("/api/entries/buergersprechstunde", 200);
  bool fromQuartier = false;
  for (const auto& backlink : entry["backlinks"]) {
    fromQuartier = fromQuartier || backlink["slug"] == "quartiermanagement";
  }
  EXPECT_TRUE(fromQuartier);
  EXPECT_FALSE(entry["links"].empty());
}

TEST_F(HttpServerTest, GraphHasNodesAndWeightedEdges) {
  nlohmann::json graph = getJson("/api/graph", 200);
  EXPECT_GE(graph["nodes"].size(), 150u);
  ASSERT_FALSE(graph["edges"].empty());
  EXPECT_GT(graph["edges"][0]["weight"].get<double>(), 0);
  auto dot = get("/api/graph?format=dot");
  ASSERT_TRUE(dot);
  EXPECT_EQ(dot->body.rfind("digraph", 0), 0u);
  getJson("/api/graph?format=svg", 400);
}

TEST_F(HttpServerTest, SearchExplainsHitsAndCountsTags) {
  nlohmann::json result = getJson("/api/search?q=Sprechstunde&limit=3", 200);
  ASSERT_FALSE(result["hits"].empty());
  nlohmann::json first = result["hits"][0];
  EXPECT_EQ(first["slug"], "buergersprechstunde");
  bool partOfTitle = false;
  for (const auto& reason : first["why"]) {
    partOfTitle =
        partOfTitle || (reason["match"] == "compound_part" && reason["field"] == "title" &&
                        reason["text"] == "Bürgersprechstunde");
  }
  EXPECT_TRUE(partOfTitle) << first["why"].dump();
  std::size_t counted = 0;
  for (const auto& tag : result["facets"]["tags"]) {
    counted = std::max(counted, tag["count"].get<std::size_t>());
  }
  EXPECT_GT(counted, 3u) << "tags are counted over all matches, not the three shown";
  nlohmann::json plain = getJson("/api/search?q=Sprechstunde&explain=false&facets=false", 200);
  EXPECT_FALSE(plain["hits"][0].contains("why"));
  EXPECT_FALSE(plain.contains("facets"));
  getJson("/api/search?q=Zoll&explain=vielleicht", 400);
}

TEST_F(HttpServerTest, SearchFiltersByRepeatedOrCommaSeparatedTags) {
  nlohmann::json all = getJson("/api/search?q=Polizei&limit=100", 200);
  std::string tag = all["facets"]["tags"][0]["tag"];
  std::size_t count = all["facets"]["tags"][0]["count"];
  std::string encoded = httplib::detail::encode_query_param(tag);
  nlohmann::json filtered = getJson("/api/search?q=Polizei&limit=100&tag=" + encoded, 200);
  EXPECT_EQ(filtered["total"].get<std::size_t>(), count);
  for (const auto& hit : filtered["hits"]) {
    nlohmann::json entry = getJson("/api/entries/" + hit["slug"].get<std::string>(), 200);
    EXPECT_THAT(entry["tags"].get<std::vector<std::string>>(), ::testing::Contains(tag));
  }
  std::string second = all["facets"]["tags"][1]["tag"];
  std::string secondEncoded = httplib::detail::encode_query_param(second);
  EXPECT_EQ(getJson("/api/search?q=Polizei&tag=" + encoded + "&tag=" + secondEncoded, 200),
            getJson("/api/search?q=Polizei&tag=" + encoded + "," + secondEncoded, 200));
}

TEST_F(HttpServerTest, SearchAsYouTypeCompletesTheLastWord) {
  EXPECT_EQ(getJson("/api/search?q=buergersprech", 200)["total"], 0);
  nlohmann::json typing = getJson("/api/search?q=buergersprech&as_you_type=true", 200);
  ASSERT_FALSE(typing["hits"].empty());
  EXPECT_EQ(typing["hits"][0]["slug"], "buergersprechstunde");
  EXPECT_THAT(typing["hits"][0]["snippet"].get<std::string>(), HasSubstr("<mark>"));
}

TEST_F(HttpServerTest, EntryListsUnlinkedMentionsWithContext) {
  nlohmann::json entry = getJson("/api/entries/buergersprechstunde", 200);
  const nlohmann::json& unlinked = entry["unlinked_mentions"];
  EXPECT_GE(unlinked["total"].get<std::size_t>(), unlinked["mentions"].size());
  bool fromQuartier = false;
  for (const auto& mention : unlinked["mentions"]) {
    if (mention["slug"] == "quartiermanagement") {
      fromQuartier = true;
      EXPECT_EQ(mention["text"], "Bürgersprechstunden");
      EXPECT_THAT(mention["before"].get<std::string>(), HasSubstr("über"));
      EXPECT_THAT(mention["after"].get<std::string>(), HasSubstr("bis hin"));
    }
  }
  EXPECT_TRUE(fromQuartier) << unlinked.dump();
}

TEST_F(HttpServerTest, GraphNodesCarryTagsAndMapPositions) {
  nlohmann::json graph = getJson("/api/graph", 200);
  for (const auto& node : graph["nodes"]) {
    ASSERT_TRUE(node["tags"].is_array()) << node.dump();
    EXPECT_GE(node["x"].get<double>(), 0);
    EXPECT_LE(node["y"].get<double>(), 1000);
  }
}

TEST_F(HttpServerTest, AnalyzeShowsTheStepsAndComparesTwoTexts) {
  nlohmann::json result = getJson("/api/analyze?text=B%C3%BCrgersprechstunden", 200);
  ASSERT_EQ(result["stages"].size(), 6u);
  EXPECT_EQ(result["stages"][4]["name"], "compounds");
  std::vector<std::string> added;
  for (const auto& token : result["stages"][4]["tokens"]) {
    if (token.value("change", "") == "added") {
      added.push_back(token["term"]);
    }
  }
  EXPECT_THAT(added, ::testing::ElementsAre("burg", "sprechstunden"));
  EXPECT_FALSE(result.contains("comparison"));
  nlohmann::json compared = getJson("/api/analyze?text=H%C3%A4user&compare=Haus", 200);
  EXPECT_EQ(compared["comparison"]["meet"], true);
  EXPECT_EQ(compared["comparison"]["shared"][0]["term"], "hau");
  EXPECT_EQ(getJson("/api/analyze?text=Zoll&compare=Polizei", 200)["comparison"]["meet"], false);
  getJson("/api/analyze", 400);
  getJson("/api/analyze?text=%20", 400);
  getJson("/api/analyze?text=%FF", 400);
}

TEST_F(HttpServerTest, ServerKeepsServingAfterBadRequests) {
  getJson("/api/search?q=Zoll&limit=x", 400);
  EXPECT_EQ(getJson("/api/search?q=Zoll", 200)["hits"][0]["slug"], "zoll");
}

}  // namespace
}  // namespace querverweis
