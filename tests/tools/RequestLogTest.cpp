#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "TestSupport.h"
#include "tools/RequestLog.h"
#include "tools/ServedIndex.h"

namespace querverweis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(RequestLog, LineNamesMethodPathParameterNamesStatusAndMicroseconds) {
  EXPECT_EQ(RequestLog::line("GET", "/api/search", "q&limit", 200, 1834),
            "GET /api/search?q&limit 200 1834us");
  EXPECT_EQ(RequestLog::line("GET", "/e/buergersprechstunde", "", 404, 12),
            "GET /e/buergersprechstunde 404 12us");
}

TEST(RequestLog, RequestRefusedBeforeItsHeadersHasNoTime) {
  EXPECT_EQ(RequestLog::line("POST", "/api/links", "", 400, -1), "POST /api/links 400 -");
}

TEST(RequestLog, ControlCharactersCannotStartAForgedLine) {
  std::string line = RequestLog::line("GET", "/e/x\nGET /admin 200 1us", "", 404, 5);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line, "GET /e/x?GET /admin 200 1us 404 5us");
}

TEST(RequestLog, ServerLogsEachRequestWithoutQueryValues) {
  std::ostringstream log;
  {
    test::ServedIndex served(test::bundledIndex(), {.requestLog = &log});
    ASSERT_EQ(served.get("/api/search?q=Gewalt&limit=3&tag=a&tag=b")->status, 200);
    ASSERT_EQ(served.get("/api/nothing-here")->status, 404);
  }  // the server's threads have ended: the log is complete
  std::string text = log.str();
  EXPECT_THAT(text, testing::ContainsRegex("GET /api/search\\?limit&q&tag 200 [0-9]+us\n"));
  EXPECT_THAT(text, testing::ContainsRegex("GET /api/nothing-here 404 [0-9]+us\n"));
  EXPECT_THAT(text, Not(HasSubstr("Gewalt")));
}

}  // namespace
}  // namespace querverweis
