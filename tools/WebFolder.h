// The web page's folder (web/), as the server hands it out: static files under a version taken
// from their contents, so a browser may keep them for a year, and the HTML pages with that
// version filled in. A path that would leave the folder ("../", also when percent-encoded,
// since the server decodes first), a hidden file or a type the page does not use is not found.
//   GET /static/3f09c2a1b7de/js/search.js → web/js/search.js, Cache-Control: immutable
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace querverweis {

struct WebFile {
  std::string content;
  std::string contentType;
};

class WebFolder {
 public:
  // `root` may be missing: then nothing is found and version() is "none".
  explicit WebFolder(std::filesystem::path root);

  bool available() const { return available_; }
  const std::filesystem::path& root() const { return root_; }
  // Changes whenever a file of the folder changes; 12 hex digits.
  const std::string& version() const { return version_; }

  // A static file by its path inside the folder ("js/search.js"); nullopt if not served.
  std::optional<WebFile> file(std::string_view relative) const;
  // An HTML page of the folder ("index.html") with every "@VERSION@" replaced by version().
  std::optional<std::string> page(std::string_view name) const;

 private:
  std::optional<std::filesystem::path> resolve(std::string_view relative) const;

  std::filesystem::path root_;
  bool available_ = false;
  std::string version_ = "none";
};

}  // namespace querverweis
