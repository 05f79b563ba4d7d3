#include "engine/corpus/FrontMatter.h"

#include <yaml-cpp/yaml.h>

#include "querverweis/Error.h"

namespace querverweis {

namespace {

[[noreturn]] void fail(const std::string& source, std::size_t line, const std::string& what) {
  throw Error(ErrorKind::InvalidArgument, source + ":" + std::to_string(line) + ": " + what);
}

std::vector<std::string> stringList(const YAML::Node& node, const char* key,
                                    const std::string& source, std::size_t line) {
  std::vector<std::string> values;
  if (!node) {
    return values;
  }
  if (!node.IsSequence()) {
    fail(source, line, std::string("front matter: ") + key + " must be a list");
  }
  for (const YAML::Node& item : node) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      fail(source, line, std::string("front matter: ") + key + " must hold non-empty strings");
    }
    values.push_back(item.Scalar());
  }
  return values;
}

}  // namespace

std::optional<FrontMatterSpan> findFrontMatter(std::string_view text, const std::string& source) {
  std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::string_view rest = text.substr(start);
  if (!rest.starts_with("---\n") && !rest.starts_with("---\r\n")) {
    return std::nullopt;
  }
  std::size_t yamlStart = rest.find('\n') + 1;
  std::size_t close = rest.find("\n---", yamlStart - 1);
  while (close != std::string_view::npos) {
    std::size_t after = close + 4;
    if (after >= rest.size() || rest[after] == '\n' || rest[after] == '\r') {
      break;
    }
    close = rest.find("\n---", after);
  }
  if (close == std::string_view::npos) {
    fail(source, 1, "front matter: no closing '---' line");
  }
  std::size_t bodyOffset = rest.find('\n', close + 1);
  bodyOffset = bodyOffset == std::string_view::npos ? rest.size() : bodyOffset + 1;
  return FrontMatterSpan{start + yamlStart, start + close + 1, start + bodyOffset};
}

void readFrontMatter(const std::string& yaml, const std::string& source, Entry& entry) {
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    fail(source, static_cast<std::size_t>(e.mark.line) + 2, "front matter: " + e.msg);
  }
  if (root.IsNull()) {
    return;
  }
  if (!root.IsMap()) {
    fail(source, 2, "front matter must be a mapping of keys to values");
  }
  if (YAML::Node title = root["title"]) {
    if (!title.IsScalar()) {
      fail(source, static_cast<std::size_t>(title.Mark().line) + 2,
           "front matter: title must be a string");
    }
    entry.title = title.Scalar();
  }
  auto lineOf = [&](const char* key) {
    return static_cast<std::size_t>(root[key].Mark().line) + 2;
  };
  if (root["aliases"]) {
    entry.aliases = stringList(root["aliases"], "aliases", source, lineOf("aliases"));
  }
  if (root["tags"]) {
    entry.tags = stringList(root["tags"], "tags", source, lineOf("tags"));
  }
}

FrontMatterLines frontMatterLines(std::string_view fileText) {
  FrontMatterLines lines;
  std::optional<FrontMatterSpan> span;
  try {
    span = findFrontMatter(fileText, "");
  } catch (const Error&) {
    return lines;  // never parsed: callers fall back to line 1
  }
  if (!span) {
    return lines;
  }
  std::string yaml(fileText.substr(span->yamlBegin, span->yamlEnd - span->yamlBegin));
  // The YAML starts on line 2 of the file; yaml-cpp counts lines from 0.
  auto lineOf = [](const YAML::Node& node) {
    return static_cast<std::size_t>(node.Mark().line) + 2;
  };
  try {
    YAML::Node root = YAML::Load(yaml);
    if (!root.IsMap()) {
      return lines;
    }
    if (YAML::Node title = root["title"]) {
      lines.title = lineOf(title);
    }
    if (YAML::Node aliases = root["aliases"]) {
      lines.aliasesKey = lineOf(aliases);
      if (aliases.IsSequence()) {
        for (const YAML::Node& item : aliases) {
          lines.aliases.push_back(lineOf(item));
        }
      }
    }
  } catch (const YAML::Exception&) {
    // The file changed since it was read, or never parsed: callers fall back to line 1.
  }
  return lines;
}

}  // namespace querverweis
