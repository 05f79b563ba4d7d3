#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "TestSupport.h"
#include "tools/WebFolder.h"

namespace querverweis {
namespace {

using ::testing::HasSubstr;

class WebFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.write("web/index.html", "<script src=\"/static/@VERSION@/js/a.js\"></script>");
    dir_.write("web/js/a.js", "export const a = 1;\n");
    dir_.write("web/.secret.js", "hidden");
    dir_.write("web/notes.md", "not a page file");
    dir_.write("outside.js", "outside");
  }
  test::TempDir dir_;
};

TEST_F(WebFolderTest, ServesFilesWithTheirType) {
  WebFolder web(dir_.file("web"));
  std::optional<WebFile> file = web.file("js/a.js");
  ASSERT_TRUE(file);
  EXPECT_EQ(file->content, "export const a = 1;\n");
  EXPECT_EQ(file->contentType, "text/javascript; charset=utf-8");
}

TEST_F(WebFolderTest, PagesNameTheCurrentVersion) {
  WebFolder web(dir_.file("web"));
  EXPECT_EQ(web.version().size(), 12u);
  EXPECT_THAT(*web.page("index.html"), HasSubstr("/static/" + web.version() + "/js/a.js"));
}

TEST_F(WebFolderTest, VersionChangesWithAnyFile) {
  std::string before = WebFolder(dir_.file("web")).version();
  EXPECT_EQ(WebFolder(dir_.file("web")).version(), before);
  dir_.write("web/js/a.js", "export const a = 2;\n");
  EXPECT_NE(WebFolder(dir_.file("web")).version(), before);
}

TEST_F(WebFolderTest, PathsLeavingTheFolderAreNotFound) {
  WebFolder web(dir_.file("web"));
  for (const char* path : {"../outside.js", "js/../../outside.js", "/outside.js", "js//a.js",
                           "./js/a.js", "js/./a.js", "..\\outside.js", ".secret.js", "", "js/"}) {
    EXPECT_FALSE(web.file(path)) << path;
  }
}

TEST_F(WebFolderTest, SymbolicLinksOutOfTheFolderAreNotFollowed) {
  std::filesystem::create_symlink(dir_.file("outside.js"), dir_.file("web/js/link.js"));
  EXPECT_FALSE(WebFolder(dir_.file("web")).file("js/link.js"));
}

TEST_F(WebFolderTest, OnlyTheTypesThePageUsesAreServed) {
  WebFolder web(dir_.file("web"));
  EXPECT_FALSE(web.file("notes.md"));
  EXPECT_FALSE(web.file("index.html")) << "pages go through page(), with their version";
  EXPECT_FALSE(web.page("js/a.js"));
}

TEST_F(WebFolderTest, MissingFolderServesNothing) {
  WebFolder web(dir_.file("nowhere"));
  EXPECT_FALSE(web.available());
  EXPECT_EQ(web.version(), "none");
  EXPECT_FALSE(web.page("index.html"));
}

}  // namespace
}  // namespace querverweis
