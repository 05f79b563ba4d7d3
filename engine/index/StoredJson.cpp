#include "engine/index/StoredJson.h"

#include "engine/corpus/MarkdownBody.h"
#include "querverweis/Error.h"

namespace querverweis {

nlohmann::json entryToStoredJson(const Entry& entry) {
  return {{"slug", entry.slug},
          {"title", entry.title},
          {"aliases", entry.aliases},
          {"tags", entry.tags},
          {"body", entry.body},
          {"source", entry.source},
          {"first_body_line", entry.firstBodyLine}};
}

Entry entryFromStoredJson(const nlohmann::json& json) {
  try {
    Entry entry;
    entry.slug = json.at("slug").get<std::string>();
    entry.title = json.at("title").get<std::string>();
    entry.aliases = json.at("aliases").get<std::vector<std::string>>();
    entry.tags = json.at("tags").get<std::vector<std::string>>();
    entry.body = json.at("body").get<std::string>();
    entry.source = json.at("source").get<std::string>();
    entry.firstBodyLine = json.at("first_body_line").get<std::size_t>();
    MarkdownBody parsed = parseMarkdownBody(entry.body);
    entry.plainBody = std::move(parsed.plain);
    entry.sections = std::move(parsed.sections);
    entry.links = std::move(parsed.links);
    return entry;
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::Corrupt, std::string("stored entry is malformed: ") + e.what());
  }
}

nlohmann::json linkToJson(const LinkSuggestion& link) {
  return {{"start", link.start},
          {"end", link.end},
          {"text", link.text},
          {"target", link.target},
          {"title", link.title},
          {"confidence", link.confidence},
          {"kind", linkKindName(link.kind)},
          {"context", link.context},
          {"section", link.section}};
}

LinkSuggestion linkFromJson(const nlohmann::json& json) {
  try {
    LinkSuggestion link;
    link.start = json.at("start").get<std::size_t>();
    link.end = json.at("end").get<std::size_t>();
    link.text = json.at("text").get<std::string>();
    link.target = json.at("target").get<std::string>();
    link.title = json.at("title").get<std::string>();
    link.confidence = json.at("confidence").get<double>();
    std::optional<LinkKind> kind = linkKindFromName(json.at("kind").get<std::string>());
    if (!kind) {
      throw Error(ErrorKind::Corrupt, "stored link has an unknown kind");
    }
    link.kind = *kind;
    link.context = json.at("context").get<std::string>();
    link.section = json.at("section").get<std::string>();
    return link;
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::Corrupt, std::string("stored link is malformed: ") + e.what());
  }
}

nlohmann::json relatedToJson(const RelatedConcept& related) {
  return {{"slug", related.slug},
          {"title", related.title},
          {"score", related.score},
          {"reasons", related.reasons}};
}

RelatedConcept relatedFromJson(const nlohmann::json& json) {
  try {
    return {json.at("slug").get<std::string>(), json.at("title").get<std::string>(),
            json.at("score").get<double>(), json.at("reasons").get<std::vector<std::string>>()};
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::Corrupt,
                std::string("stored related concept is malformed: ") + e.what());
  }
}

}  // namespace querverweis
