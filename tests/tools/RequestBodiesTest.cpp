#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "querverweis/Error.h"
#include "tools/RequestBodies.h"

namespace querverweis {
namespace {

using ::testing::HasSubstr;

std::string refusal(std::string_view body) {
  try {
    parseLinksRequest(body);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
    return e.what();
  }
  return "accepted";
}

TEST(RequestBodies, LinksRequestReadsTextAndEveryOption) {
  LinksRequest request = parseLinksRequest(
      R"({"text": "Bürgersprechstunden im Quartier", "self": "quartiermanagement",)"
      R"( "threshold": 0.3, "max": 5})");
  EXPECT_EQ(request.text, "Bürgersprechstunden im Quartier");
  EXPECT_EQ(request.options.self, "quartiermanagement");
  EXPECT_DOUBLE_EQ(request.options.threshold, 0.3);
  EXPECT_EQ(request.options.maxLinks, 5u);
}

TEST(RequestBodies, LinksRequestKeepsDefaultsForMissingOrNullOptions) {
  LinksRequest request = parseLinksRequest(R"({"text": "Zoll", "self": null})");
  EXPECT_EQ(request.options.self, "");
  EXPECT_DOUBLE_EQ(request.options.threshold, LinkOptions{}.threshold);
  EXPECT_EQ(request.options.maxLinks, 0u);
}

TEST(RequestBodies, LinksRequestNamesTheFieldThatIsWrong) {
  EXPECT_THAT(refusal("[1, 2]"), HasSubstr("JSON object"));
  EXPECT_THAT(refusal("{\"text\": "), HasSubstr("JSON object"));
  EXPECT_THAT(refusal(R"({"body": "Zoll"})"), HasSubstr("\"text\""));
  EXPECT_THAT(refusal(R"({"text": "Zoll", "self": 3})"), HasSubstr("\"self\""));
  EXPECT_THAT(refusal(R"({"text": "Zoll", "threshold": "hoch"})"), HasSubstr("\"threshold\""));
  EXPECT_THAT(refusal(R"({"text": "Zoll", "max": 100000})"), HasSubstr("max"));
}

}  // namespace
}  // namespace querverweis
