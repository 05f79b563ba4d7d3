#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "engine/boundary/Boundary.h"
#include "querverweis/Error.h"
#include "querverweis/Evaluation.h"

namespace querverweis {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::set<std::string> kQueryKinds = {"exact",    "inflected",    "compound_part",
                                           "ascii",    "synonym",      "typo",
                                           "question", "abbreviation", "multiword_topic"};
const char* const kNegativesKey = "_negatives";

// Throws with the file named first, so every message points at what to edit.
class GoldFile {
 public:
  explicit GoldFile(fs::path path) : path_(std::move(path)) {}
  const fs::path& path() const { return path_; }

  [[noreturn]] void fail(const std::string& where, const std::string& problem) const {
    throw Error(ErrorKind::InvalidArgument,
                path_.string() + ": " + (where.empty() ? "" : where + ": ") + problem);
  }

  // Nothing when the file does not exist: that part of the gold is simply absent.
  std::optional<json> read() const {
    std::error_code ec;
    if (!fs::exists(path_, ec)) {
      return std::nullopt;
    }
    std::ifstream in(path_, std::ios::binary);
    if (!in) {
      throw Error(ErrorKind::Io, path_.string() + ": cannot be read");
    }
    std::ostringstream text;
    text << in.rdbuf();
    try {
      return json::parse(text.str());
    } catch (const json::parse_error& e) {
      fail("", std::string("invalid JSON: ") + e.what());
    }
  }

  std::string nonEmptyString(const json& object, const char* key, const std::string& where) const {
    auto found = object.find(key);
    if (found == object.end()) {
      fail(where, std::string("missing \"") + key + "\"");
    }
    if (!found->is_string() || found->get_ref<const std::string&>().empty()) {
      fail(where, std::string("\"") + key + "\" must be a non-empty string");
    }
    return found->get<std::string>();
  }

  const json& object(const json& value, const std::string& where, const char* what) const {
    if (!value.is_object()) {
      fail(where, std::string("must be ") + what);
    }
    return value;
  }

  const json& array(const json& value, const std::string& where, const char* what) const {
    if (!value.is_array()) {
      fail(where, std::string("must be ") + what);
    }
    return value;
  }

 private:
  fs::path path_;
};

std::string itemWhere(const std::string& prefix, std::size_t index) {
  return (prefix.empty() ? "" : prefix + ": ") + "item " + std::to_string(index + 1);
}

std::string quoted(const std::string& text) {
  return "\"" + text + "\"";
}

GoldQuery parseQuery(const GoldFile& file, const json& item, const std::string& where) {
  file.object(item, where, "an object with \"q\", \"relevant\" and \"kind\"");
  GoldQuery query;
  query.text = file.nonEmptyString(item, "q", where);
  query.kind = file.nonEmptyString(item, "kind", where);
  auto relevant = item.find("relevant");
  if (relevant == item.end()) {
    file.fail(where, "missing \"relevant\"");
  }
  if (!relevant->is_object() || relevant->empty()) {
    file.fail(where, "\"relevant\" must be a non-empty object of slug → 1 or 2");
  }
  for (const auto& [slug, value] : relevant->items()) {
    if (slug.empty()) {
      file.fail(where, "relevant slug must not be empty");
    }
    if (!value.is_number_integer() || (value.get<int>() != 1 && value.get<int>() != 2)) {
      file.fail(where, "relevance must be 1 or 2 (" + quoted(slug) + ": " + value.dump() + ")");
    }
    query.relevant[slug] = value.get<int>();
  }
  return query;
}

void loadQueries(const GoldFile& file, EvalGold& gold) {
  std::optional<json> root = file.read();
  if (!root) {
    return;
  }
  file.array(*root, "", "a list of queries");
  for (std::size_t i = 0; i < root->size(); ++i) {
    gold.queries.push_back(parseQuery(file, (*root)[i], itemWhere("", i)));
  }
}

std::vector<GoldLink> parseLinks(const GoldFile& file, const json& list, const std::string& slug) {
  file.array(list, slug, "a list of links");
  std::vector<GoldLink> links;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = itemWhere(slug, i);
    file.object(list[i], where, "an object with \"target\", \"surface\" and \"kind\"");
    links.push_back({file.nonEmptyString(list[i], "target", where),
                     file.nonEmptyString(list[i], "surface", where),
                     file.nonEmptyString(list[i], "kind", where)});
  }
  return links;
}

std::vector<GoldNegative> parseNegatives(const GoldFile& file, const json& list,
                                         const std::string& prefix) {
  file.array(list, prefix, "a list of traps");
  std::vector<GoldNegative> negatives;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = itemWhere(prefix, i);
    file.object(list[i], where, "an object with \"surface\" and \"wrong_target\"");
    negatives.push_back({file.nonEmptyString(list[i], "surface", where),
                         file.nonEmptyString(list[i], "wrong_target", where)});
  }
  return negatives;
}

void loadLinks(const GoldFile& file, EvalGold& gold) {
  std::optional<json> root = file.read();
  if (!root) {
    return;
  }
  file.object(*root, "", "an object of entry slug → links");
  for (const auto& [slug, value] : root->items()) {
    if (slug != kNegativesKey) {
      gold.links[slug] = parseLinks(file, value, slug);
      continue;
    }
    file.object(value, slug, "an object of entry slug → traps");
    for (const auto& [entrySlug, list] : value.items()) {
      gold.negatives[entrySlug] = parseNegatives(file, list, slug + ": " + entrySlug);
    }
  }
}

std::vector<std::string> slugList(const GoldFile& file, const json& object, const char* key,
                                  const std::string& slug) {
  std::vector<std::string> slugs;
  auto found = object.find(key);
  if (found == object.end()) {
    return slugs;
  }
  const std::string where = slug + ": " + key;
  file.array(*found, where, "a list of slugs");
  for (std::size_t i = 0; i < found->size(); ++i) {
    const json& item = (*found)[i];
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      file.fail(itemWhere(where, i), "must be a non-empty slug string");
    }
    slugs.push_back(item.get<std::string>());
  }
  return slugs;
}

void loadRelated(const GoldFile& file, EvalGold& gold) {
  std::optional<json> root = file.read();
  if (!root) {
    return;
  }
  file.object(*root, "", "an object of entry slug → {\"must\", \"good\"}");
  for (const auto& [slug, value] : root->items()) {
    file.object(value, slug, "an object with \"must\" and \"good\"");
    gold.related[slug] = {slugList(file, value, "must", slug), slugList(file, value, "good", slug)};
  }
}

class Validator {
 public:
  explicit Validator(const std::vector<Entry>& entries) {
    for (const Entry& entry : entries) {
      bySlug_[entry.slug] = &entry;
    }
  }

  std::vector<std::string> run(const EvalGold& gold) {
    checkQueries(gold.queries);
    checkLinks(gold.links);
    checkNegatives(gold.negatives, gold.links);
    checkRelated(gold.related);
    return std::move(problems_);
  }

 private:
  const Entry* find(const std::string& slug) const {
    auto found = bySlug_.find(slug);
    return found == bySlug_.end() ? nullptr : found->second;
  }

  void add(const std::string& message) { problems_.push_back(message); }

  void checkQueries(const std::vector<GoldQuery>& queries) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const std::string where =
          "queries.json: item " + std::to_string(i + 1) + " (" + quoted(queries[i].text) + ")";
      for (const auto& [slug, value] : queries[i].relevant) {
        if (!find(slug)) {
          add(where + ": unknown slug " + quoted(slug));
        }
      }
      if (!kQueryKinds.count(queries[i].kind)) {
        add(where + ": unknown kind " + quoted(queries[i].kind));
      }
    }
  }

  void checkLinks(const std::map<std::string, std::vector<GoldLink>>& links) {
    for (const auto& [slug, list] : links) {
      const Entry* entry = find(slug);
      if (!entry) {
        add("links.json: " + slug + ": unknown entry");
      }
      for (const GoldLink& link : list) {
        const std::string where = "links.json: " + slug + " → " + link.target;
        if (link.target == slug) {
          add(where + ": links the entry to itself");
        } else if (!find(link.target)) {
          add(where + ": unknown target");
        }
        if (entry && entry->body.find(link.surface) == std::string::npos) {
          add(where + ": surface " + quoted(link.surface) + " does not occur in the body");
        }
        std::optional<LinkKind> kind = linkKindFromName(link.kind);
        if (!kind || *kind == LinkKind::Explicit) {
          add(where + ": unknown kind " + quoted(link.kind));
        }
      }
    }
  }

  void checkNegatives(const std::map<std::string, std::vector<GoldNegative>>& negatives,
                      const std::map<std::string, std::vector<GoldLink>>& links) {
    for (const auto& [slug, list] : negatives) {
      const Entry* entry = find(slug);
      if (!entry) {
        add("links.json: _negatives: " + slug + ": unknown entry");
      }
      auto positives = links.find(slug);
      for (const GoldNegative& negative : list) {
        const std::string where = "links.json: _negatives: " + slug + ": " +
                                  quoted(negative.surface) + " → " + negative.wrongTarget;
        if (!find(negative.wrongTarget)) {
          add(where + ": unknown wrong_target");
        }
        if (entry && entry->body.find(negative.surface) == std::string::npos) {
          add(where + ": surface does not occur in the body");
        }
        if (positives != links.end() && isAlsoLink(negative, positives->second)) {
          add(where + ": the same surface and target are also a gold link");
        }
      }
    }
  }

  static bool isAlsoLink(const GoldNegative& negative, const std::vector<GoldLink>& links) {
    for (const GoldLink& link : links) {
      if (link.surface == negative.surface && link.target == negative.wrongTarget) {
        return true;
      }
    }
    return false;
  }

  void checkRelated(const std::map<std::string, GoldRelated>& related) {
    for (const auto& [slug, lists] : related) {
      if (!find(slug)) {
        add("related.json: " + slug + ": unknown entry");
      }
      checkRelatedList(slug, "must", lists.must);
      checkRelatedList(slug, "good", lists.good);
    }
  }

  void checkRelatedList(const std::string& slug, const char* key,
                        const std::vector<std::string>& slugs) {
    for (const std::string& other : slugs) {
      const std::string where = "related.json: " + slug + ": " + key + ": " + other;
      if (other == slug) {
        add(where + ": the entry itself");
      } else if (!find(other)) {
        add(where + ": unknown slug");
      }
    }
  }

  std::map<std::string, const Entry*> bySlug_;
  std::vector<std::string> problems_;
};

}  // namespace

static EvalGold loadEvalGoldUnguarded(const std::string& folder) {
  const fs::path root(folder);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    throw Error(ErrorKind::NotFound, folder + ": no such gold folder");
  }
  EvalGold gold;
  loadQueries(GoldFile(root / "queries.json"), gold);
  loadLinks(GoldFile(root / "links.json"), gold);
  loadRelated(GoldFile(root / "related.json"), gold);
  return gold;
}

EvalGold loadEvalGold(const std::string& folder) {
  return guarded("load gold " + folder, [&] { return loadEvalGoldUnguarded(folder); });
}

static std::vector<std::string> validateEvalGoldUnguarded(const EvalGold& gold,
                                                          const std::vector<Entry>& entries) {
  return Validator(entries).run(gold);
}

std::vector<std::string> validateEvalGold(const EvalGold& gold, const std::vector<Entry>& entries) {
  return guarded("validate gold", [&] { return validateEvalGoldUnguarded(gold, entries); });
}

}  // namespace querverweis
