#include "tools/RequestBodies.h"

#include <nlohmann/json.hpp>

#include "querverweis/Error.h"
#include "querverweis/Limits.h"

namespace querverweis {
namespace {

nlohmann::json objectBody(std::string_view text) {
  nlohmann::json body = nlohmann::json::parse(text, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    throw Error(ErrorKind::InvalidArgument, "the request body must be a JSON object");
  }
  return body;
}

std::string requiredString(const nlohmann::json& body, const char* key) {
  if (!body.contains(key) || !body[key].is_string()) {
    throw Error(ErrorKind::InvalidArgument, std::string("\"") + key + "\" must be a string");
  }
  return body[key].get<std::string>();
}

LinkOptions linkOptions(const nlohmann::json& body) {
  LinkOptions options;
  if (body.contains("self") && !body["self"].is_null()) {
    if (!body["self"].is_string()) {
      throw Error(ErrorKind::InvalidArgument, "\"self\" must be a string");
    }
    options.self = body["self"].get<std::string>();
  }
  if (body.contains("threshold")) {
    if (!body["threshold"].is_number()) {
      throw Error(ErrorKind::InvalidArgument, "\"threshold\" must be a number from 0 to 1");
    }
    options.threshold = body["threshold"].get<double>();
  }
  if (body.contains("max")) {
    options.maxLinks = parseInRange(limits::kMaxLinks, body["max"].dump());
  }
  return options;
}

}  // namespace

LinksRequest parseLinksRequest(std::string_view body) {
  nlohmann::json json = objectBody(body);
  return {.text = requiredString(json, "text"), .options = linkOptions(json)};
}

}  // namespace querverweis
