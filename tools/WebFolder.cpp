#include "tools/WebFolder.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

namespace querverweis {

namespace {

const std::map<std::string, std::string, std::less<>>& contentTypes() {
  static const std::map<std::string, std::string, std::less<>> types = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".png", "image/png"},
      {".svg", "image/svg+xml"},
      {".txt", "text/plain; charset=utf-8"},
      {".woff2", "font/woff2"},
  };
  return types;
}

std::optional<std::string> readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

bool isUnsafeSegment(std::string_view segment) {
  return segment.empty() || segment.front() == '.' ||
         segment.find_first_of(std::string_view("\\\0:", 3)) != std::string_view::npos;
}

// Hashes paths and contents of every served file; std::hash is enough to notice a change.
std::string folderVersion(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> files;
  for (const auto& item : std::filesystem::recursive_directory_iterator(root)) {
    if (item.is_regular_file()) {
      files.push_back(item.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::size_t hash = 0;
  for (const std::filesystem::path& path : files) {
    std::string name = std::filesystem::relative(path, root).generic_string();
    std::string content = readFile(path).value_or("");
    for (const std::string* part : {&name, &content}) {
      hash = hash * 1000003u ^ std::hash<std::string>{}(*part);
    }
  }
  std::ostringstream hex;
  hex << std::hex << hash;
  std::string version = hex.str();
  version.insert(0, version.size() < 12 ? 12 - version.size() : 0, '0');
  return version.substr(0, 12);
}

}  // namespace

WebFolder::WebFolder(std::filesystem::path root) : root_(std::move(root)) {
  std::error_code error;
  available_ = std::filesystem::is_directory(root_, error);
  if (available_) {
    root_ = std::filesystem::canonical(root_);
    version_ = folderVersion(root_);
  }
}

std::optional<std::filesystem::path> WebFolder::resolve(std::string_view relative) const {
  if (!available_) {
    return std::nullopt;
  }
  std::filesystem::path path = root_;
  std::size_t from = 0;
  while (from <= relative.size()) {
    std::size_t slash = std::min(relative.find('/', from), relative.size());
    std::string_view segment = relative.substr(from, slash - from);
    if (isUnsafeSegment(segment)) {
      return std::nullopt;
    }
    path /= std::string(segment);
    from = slash + 1;
  }
  std::error_code error;
  std::filesystem::path real = std::filesystem::canonical(path, error);
  // A symbolic link inside the folder must not lead out of it either.
  std::string inside = root_.generic_string() + "/";
  if (error || !real.generic_string().starts_with(inside) ||
      !std::filesystem::is_regular_file(real, error)) {
    return std::nullopt;
  }
  return real;
}

std::optional<WebFile> WebFolder::file(std::string_view relative) const {
  std::optional<std::filesystem::path> path = resolve(relative);
  if (!path) {
    return std::nullopt;
  }
  auto type = contentTypes().find(path->extension().string());
  if (type == contentTypes().end()) {
    return std::nullopt;
  }
  std::optional<std::string> content = readFile(*path);
  if (!content) {
    return std::nullopt;
  }
  return WebFile{std::move(*content), type->second};
}

std::optional<std::string> WebFolder::page(std::string_view name) const {
  std::optional<std::filesystem::path> path = resolve(name);
  if (!path || path->extension() != ".html") {
    return std::nullopt;
  }
  std::optional<std::string> html = readFile(*path);
  if (!html) {
    return std::nullopt;
  }
  const std::string placeholder = "@VERSION@";
  for (std::size_t at = html->find(placeholder); at != std::string::npos;
       at = html->find(placeholder, at + version_.size())) {
    html->replace(at, placeholder.size(), version_);
  }
  return html;
}

}  // namespace querverweis
