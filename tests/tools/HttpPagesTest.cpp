// The web page's side of the server: HTML pages, versioned static files, the German 404 page,
// security headers, and the OpenAPI document covering every route the server registers.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "TestSupport.h"
#include "querverweis/Corpus.h"
#include "querverweis/Index.h"
#include "tools/HttpServer.h"
#include "tools/OpenApi.h"
#include "tools/ServedIndex.h"

namespace querverweis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class HttpPagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir();
    dir_->write("corpus/zoll.md",
                "---\ntitle: Zoll\n---\nDer Zoll kontrolliert Waren an der "
                "Grenze und hilft gegen Schmuggel.\n");
    dir_->write("corpus/schmuggel.md", "---\ntitle: Schmuggel\n---\nSchmuggel umgeht den Zoll.\n");
    writeIndex(readCorpus(dir_->str() + "/corpus"), dir_->str() + "/index", {});
    served_ = new test::ServedIndex(dir_->str() + "/index", {.webDir = test::sourcePath("web")});
  }
  static void TearDownTestSuite() {
    delete served_;
    delete dir_;
  }

  static httplib::Result get(const std::string& path) { return served_->get(path); }

  static test::TempDir* dir_;
  static test::ServedIndex* served_;
};

test::TempDir* HttpPagesTest::dir_ = nullptr;
test::ServedIndex* HttpPagesTest::served_ = nullptr;

TEST_F(HttpPagesTest, EveryPageRouteServesItsGermanHtml) {
  for (const auto& [path, title] :
       std::vector<std::pair<std::string, std::string>>{{"/", "Suche"},
                                                        {"/e/zoll", "Eintrag"},
                                                        {"/verlinken", "Verlinken"},
                                                        {"/karte", "Karte"},
                                                        {"/analyse", "Analyse"},
                                                        {"/api/docs", "API"}}) {
    httplib::Result res = get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_THAT(res->get_header_value("Content-Type"), HasSubstr("text/html")) << path;
    EXPECT_THAT(res->body, HasSubstr("<html lang=\"de\">")) << path;
    EXPECT_THAT(res->body, HasSubstr("<title>" + title + " – querverweis</title>")) << path;
    EXPECT_THAT(res->body, HasSubstr("/static/" + served_->server().web().version() + "/")) << path;
    EXPECT_THAT(res->body, Not(HasSubstr("@VERSION@"))) << path;
    EXPECT_EQ(res->get_header_value("Cache-Control"), "no-cache") << path;
  }
}

TEST_F(HttpPagesTest, UnknownSlugAndPathGetTheGermanNotFoundPage) {
  for (const char* path : {"/e/gibt-es-nicht", "/gibt-es-nicht", "/static/x/gibt-es-nicht.js"}) {
    httplib::Result res = get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_THAT(res->body, HasSubstr("Nicht gefunden")) << path;
  }
}

TEST_F(HttpPagesTest, UnknownApiRouteStaysJson) {
  httplib::Result res = get("/api/gibt-es-nicht");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(nlohmann::json::parse(res->body)["error"]["code"], "not_found");
}

TEST_F(HttpPagesTest, StaticFilesOfTheCurrentVersionAreCachedForAYear) {
  httplib::Result res = get("/static/" + served_->server().web().version() + "/js/search.js");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(res->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
  httplib::Result stale = get("/static/0123456789ab/js/search.js");
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->status, 200);
  EXPECT_EQ(stale->get_header_value("Cache-Control"), "no-cache");
}

TEST_F(HttpPagesTest, StaticPathsCannotLeaveTheWebFolder) {
  const std::string prefix = "/static/" + served_->server().web().version() + "/";
  for (const char* escape :
       {"../CMakeLists.txt", "../../CMakeLists.txt", "%2e%2e/CMakeLists.txt",
        "%2E%2E%2F%2E%2E%2FCMakeLists.txt", "js/..%2f..%2fCMakeLists.txt", "..%5cCMakeLists.txt",
        "%252e%252e/CMakeLists.txt", "vendor/update.sh", "index.html"}) {
    httplib::Result res = get(prefix + escape);
    ASSERT_TRUE(res) << escape;
    EXPECT_EQ(res->status, 404) << escape;
    EXPECT_THAT(res->body, Not(HasSubstr("cmake_minimum_required"))) << escape;
  }
}

TEST_F(HttpPagesTest, EveryResponseCarriesTheSecurityHeaders) {
  for (const char* path : {"/", "/api/health", "/api/gibt-es-nicht", "/e/gibt-es-nicht"}) {
    httplib::Result res = get(path);
    ASSERT_TRUE(res) << path;
    std::string policy = res->get_header_value("Content-Security-Policy");
    EXPECT_THAT(policy, HasSubstr("script-src 'self'")) << path;
    EXPECT_THAT(policy, Not(HasSubstr("unsafe-inline"))) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
  }
}

TEST_F(HttpPagesTest, OpenApiDescribesEveryRegisteredRoute) {
  httplib::Result res = get("/api/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  nlohmann::json document = nlohmann::json::parse(res->body);
  EXPECT_EQ(document["openapi"].get<std::string>().rfind("3.0.", 0), 0u);
  ASSERT_GE(served_->server().routes().size(), 16u);
  for (const RouteInfo& route : served_->server().routes()) {
    std::string method = route.method == "POST" ? "post" : "get";
    EXPECT_TRUE(document["paths"].contains(route.openApiPath)) << route.openApiPath;
    EXPECT_TRUE(document["paths"][route.openApiPath].contains(method))
        << route.method << " " << route.openApiPath;
  }
}

TEST_F(HttpPagesTest, EveryDescribedPathIsARegisteredRoute) {
  nlohmann::json document = nlohmann::json::parse(openApiDocument());
  for (const auto& [path, operations] : document["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      bool registered = false;
      for (const RouteInfo& route : served_->server().routes()) {
        std::string lower = route.method == "POST" ? "post" : "get";
        registered = registered || (route.openApiPath == path && lower == method);
      }
      EXPECT_TRUE(registered) << method << " " << path;
    }
  }
}

TEST_F(HttpPagesTest, RoutePatternsMatchTheirDescribedPaths) {
  for (const RouteInfo& route : served_->server().routes()) {
    std::string example = std::regex_replace(route.openApiPath, std::regex(R"(\{[^}]+\})"), "x");
    EXPECT_TRUE(std::regex_match(example, std::regex(route.pattern)))
        << route.pattern << " vs " << route.openApiPath;
  }
}

}  // namespace
}  // namespace querverweis
