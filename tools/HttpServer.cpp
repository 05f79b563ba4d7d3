#include "tools/HttpServer.h"

#include <httplib.h>

#include <functional>
#include <mutex>
#include <regex>

#include "querverweis/Error.h"
#include "querverweis/Limits.h"
#include "tools/HttpSupport.h"
#include "tools/OpenApi.h"
#include "tools/RequestBodies.h"
#include "tools/ResultJson.h"

namespace querverweis {

namespace {

using http::sendJson;
using JsonHandler = std::function<nlohmann::json(const httplib::Request&)>;

int statusFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::InvalidArgument:
      return 400;
    case ErrorKind::NotFound:
      return 404;
    case ErrorKind::Corrupt:
    case ErrorKind::Io:
    case ErrorKind::Internal:
      break;
  }
  return 500;
}

// The one guard of every API route: runs it and turns every failure into a JSON error, so no
// request can stop the server.
httplib::Server::Handler guardedResponse(
    std::function<void(const httplib::Request&, httplib::Response&)> handler) {
  return [handler](const httplib::Request& req, httplib::Response& res) {
    try {
      handler(req, res);
    } catch (const Error& e) {
      sendJson(res, statusFor(e.kind()), errorJson(errorKindName(e.kind()), e.what()));
    } catch (const std::exception& e) {
      sendJson(res, 500, errorJson("internal", e.what()));
    }
  };
}

// A route whose answer is one JSON document with status 200.
httplib::Server::Handler guarded(JsonHandler handler) {
  return guardedResponse([handler](const httplib::Request& req, httplib::Response& res) {
    sendJson(res, 200, handler(req));
  });
}

// The same 400 for invalid UTF-8 wherever it is: the path, any parameter, the body.
void requireUtf8Request(const httplib::Request& req) {
  checkUtf8(req.path, "the path");
  for (const auto& [name, value] : req.params) {
    checkUtf8(name, "a parameter name");
    checkUtf8(value, "parameter '" + name + "'");
  }
  checkUtf8(req.body, "the request body");
}

std::size_t countParam(const httplib::Request& req, const Range& range, std::size_t fallback) {
  return req.has_param(range.name) ? parseInRange(range, req.get_param_value(range.name))
                                   : fallback;
}

std::string requiredParam(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) {
    throw Error(ErrorKind::InvalidArgument, std::string("missing parameter '") + name + "'");
  }
  return req.get_param_value(name);
}

bool flagParam(const httplib::Request& req, const char* name, bool fallback) {
  if (!req.has_param(name)) {
    return fallback;
  }
  std::string value = req.get_param_value(name);
  if (value == "true" || value == "1") {
    return true;
  }
  if (value == "false" || value == "0") {
    return false;
  }
  throw Error(ErrorKind::InvalidArgument, std::string(name) + " must be true or false");
}

// Every `tag` parameter, each also split at commas: ?tag=Polizei&tag=Stadt or ?tag=Polizei,Stadt.
std::vector<std::string> tagParams(const httplib::Request& req) {
  std::vector<std::string> tags;
  for (std::size_t i = 0; i < req.get_param_value_count("tag"); ++i) {
    std::string value = req.get_param_value("tag", i);
    std::size_t from = 0;
    while (from <= value.size()) {
      std::size_t comma = std::min(value.find(',', from), value.size());
      std::string tag = value.substr(from, comma - from);
      if (!tag.empty()) {
        tags.push_back(tag);
      }
      from = comma + 1;
    }
  }
  return tags;
}

SearchOptions searchOptions(const httplib::Request& req) {
  return {.limit = countParam(req, limits::kSearchLimit, 10),
          .offset = countParam(req, limits::kSearchOffset, 0),
          .tags = tagParams(req),
          .asYouType = flagParam(req, "as_you_type", false),
          .explain = flagParam(req, "explain", true),
          .facets = flagParam(req, "facets", true)};
}

}  // namespace

HttpServer::HttpServer(std::shared_ptr<const Engine> engine, const HttpServerOptions& options)
    : engine_(std::move(engine)),
      web_(options.webDir),
      limits_(options.limits),
      slots_(limits_),
      server_(std::make_unique<httplib::Server>()),
      transport_(*server_, limits_),
      requestLog_(options.requestLog) {
  registerApiRoutes();
  registerPageRoutes();
  registerErrorHandlers();
  graphBody();  // printed before the first visitor of the map waits for it
}

HttpServer::~HttpServer() = default;

void HttpServer::add(const char* method, const char* pattern, const char* openApiPath,
                     Handler handler) {
  routes_.push_back({method, pattern, openApiPath});
  std::string_view path(pattern);
  if (path.starts_with("/api/") && path != "/api/health" && path != "/api/openapi.json") {
    handler = guardedResponse([this, inner = std::move(handler)](const httplib::Request& req,
                                                                 httplib::Response& res) {
      requireUtf8Request(req);
      // Engine work waits for a slot; a request that cannot get one in time is told to come back.
      WorkSlots::Ticket ticket = slots_.acquire();
      if (!ticket) {
        res.set_header("Retry-After", "1");
        sendJson(res, 503, errorJson("overloaded", "the server is busy; try again in a second"));
        return;
      }
      inner(req, res);
    });
  }
  if (std::string_view(method) == "POST") {
    server_->Post(pattern, std::move(handler));
  } else {
    server_->Get(pattern, std::move(handler));
  }
}

const std::string& HttpServer::graphBody() {
  // The graph does not change while an engine serves it, and printing 20,000 nodes takes a
  // quarter of a second: the map asks for it on every visit, so it is printed once.
  std::call_once(graphOnce_, [this] {
    graphBody_ = graphJson(*engine_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  });
  return graphBody_;
}

void HttpServer::registerApiRoutes() {
  const Engine& engine = *engine_;
  add("GET", "/api/health", "/api/health", guarded([&engine](const httplib::Request&) {
        return nlohmann::json{{"status", "ok"},
                              {"entries", engine.entries().size()},
                              {"analysis", engine.analysis().name},
                              {"warnings", engine.warnings()}};
      }));
  add("GET", "/api/search", "/api/search", guarded([&engine](const httplib::Request& req) {
        return searchResultJson(engine.search(requiredParam(req, "q"), searchOptions(req)));
      }));
  add("GET", "/api/suggest", "/api/suggest", guarded([&engine](const httplib::Request& req) {
        std::string prefix = requiredParam(req, "prefix");
        return completionsJson(prefix,
                               engine.complete(prefix, countParam(req, limits::kSuggestLimit, 10)));
      }));
  add("GET", R"(/api/entries/([^/]+))", "/api/entries/{slug}",
      guarded([&engine](const httplib::Request& req) {
        std::string slug = req.matches[1];
        const Entry* entry = engine.findEntry(slug);
        if (entry == nullptr) {
          throw Error(ErrorKind::NotFound, "no entry '" + slug + "'");
        }
        return entryJson(*entry, engine);
      }));
  add("GET", R"(/api/entries/([^/]+)/related)", "/api/entries/{slug}/related",
      guarded([&engine](const httplib::Request& req) {
        std::string slug = req.matches[1];
        return relatedJson(slug, engine.related(slug, countParam(req, limits::kRelatedLimit, 5)));
      }));
  add("POST", "/api/links", "/api/links", guarded([&engine](const httplib::Request& req) {
        LinksRequest request = parseLinksRequest(req.body);
        return linksJson(engine.links(request.text, request.options));
      }));
  add("GET", "/api/graph", "/api/graph",
      guardedResponse([this, &engine](const httplib::Request& req, httplib::Response& res) {
        std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
        if (format == "dot") {
          res.set_content(engine.graph().toDot(), "text/vnd.graphviz; charset=utf-8");
        } else if (format == "json") {
          res.set_content(graphBody(), "application/json; charset=utf-8");
        } else {
          throw Error(ErrorKind::InvalidArgument, "format must be json or dot");
        }
      }));
  add("GET", "/api/analyze", "/api/analyze", guarded([&engine](const httplib::Request& req) {
        std::string text = requiredParam(req, "text");
        nlohmann::json json = analyzeJson(text, engine.analyzeStages(text));
        if (req.has_param("compare")) {
          std::string other = req.get_param_value("compare");
          json["comparison"] = comparisonJson(text, other, engine.compareTerms(text, other));
        }
        return json;
      }));
  add("GET", "/api/openapi.json", "/api/openapi.json",
      guardedResponse([](const httplib::Request&, httplib::Response& res) {
        res.set_content(openApiDocument(), "application/json; charset=utf-8");
      }));
}

int HttpServer::bind(const std::string& host, int port) {
  int bound = port;
  if (port == 0) {
    bound = server_->bind_to_any_port(host);
  } else if (!server_->bind_to_port(host, port)) {
    bound = -1;
  }
  if (bound < 0) {
    throw Error(ErrorKind::Io, "cannot listen on " + host + ":" + std::to_string(port));
  }
  transport_.widenBacklog();
  return bound;
}

std::string HttpServer::allowedMethods(const std::string& path) const {
  std::string allowed;
  for (const RouteInfo& route : routes_) {
    if (std::regex_match(path, std::regex(route.pattern)) &&
        allowed.find(route.method) == std::string::npos) {
      allowed += (allowed.empty() ? "" : ", ") + route.method;
    }
  }
  return allowed;
}

void HttpServer::serve() {
  transport_.serve();
}

void HttpServer::stop() {
  transport_.stop();
}

}  // namespace querverweis
