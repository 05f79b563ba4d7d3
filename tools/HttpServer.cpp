#include "tools/HttpServer.h"

#include <httplib.h>

#include <charconv>
#include <functional>

#include "querverweis/Error.h"
#include "querverweis/Limits.h"
#include "tools/ResultJson.h"

namespace querverweis {

namespace {

using Handler = std::function<nlohmann::json(const httplib::Request&)>;

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

void sendJson(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

// The one guard of every route: runs it and turns every failure into a JSON error, so no
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
httplib::Server::Handler guarded(Handler handler) {
  return guardedResponse([handler](const httplib::Request& req, httplib::Response& res) {
    sendJson(res, 200, handler(req));
  });
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

nlohmann::json requestBody(const httplib::Request& req) {
  nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
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

HttpServer::HttpServer(std::shared_ptr<const Engine> engine)
    : engine_(std::move(engine)), server_(std::make_unique<httplib::Server>()) {
  registerRoutes();
}

HttpServer::~HttpServer() = default;

void HttpServer::registerRoutes() {
  const Engine& engine = *engine_;
  server_->Get("/api/health", guarded([&engine](const httplib::Request&) {
                 return nlohmann::json{{"status", "ok"},
                                       {"entries", engine.entries().size()},
                                       {"analysis", engine.analysis().name},
                                       {"warnings", engine.warnings()}};
               }));
  server_->Get("/api/search", guarded([&engine](const httplib::Request& req) {
                 SearchOptions options{.limit = countParam(req, limits::kSearchLimit, 10),
                                       .offset = countParam(req, limits::kSearchOffset, 0)};
                 return searchResultJson(engine.search(requiredParam(req, "q"), options));
               }));
  server_->Get("/api/suggest", guarded([&engine](const httplib::Request& req) {
                 std::string prefix = requiredParam(req, "prefix");
                 return completionsJson(
                     prefix, engine.complete(prefix, countParam(req, limits::kSuggestLimit, 10)));
               }));
  server_->Get(R"(/api/entries/([^/]+))", guarded([&engine](const httplib::Request& req) {
                 std::string slug = req.matches[1];
                 const Entry* entry = engine.findEntry(slug);
                 if (entry == nullptr) {
                   throw Error(ErrorKind::NotFound, "no entry '" + slug + "'");
                 }
                 return entryJson(*entry, engine.graph());
               }));
  server_->Get(R"(/api/entries/([^/]+)/related)", guarded([&engine](const httplib::Request& req) {
                 std::string slug = req.matches[1];
                 return relatedJson(
                     slug, engine.related(slug, countParam(req, limits::kRelatedLimit, 5)));
               }));
  server_->Post("/api/links", guarded([&engine](const httplib::Request& req) {
                  nlohmann::json body = requestBody(req);
                  return linksJson(engine.links(requiredString(body, "text"), linkOptions(body)));
                }));
  server_->Get(
      "/api/graph", guardedResponse([&engine](const httplib::Request& req, httplib::Response& res) {
        std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
        if (format == "dot") {
          res.status = 200;
          res.set_content(engine.graph().toDot(), "text/vnd.graphviz; charset=utf-8");
        } else if (format == "json") {
          sendJson(res, 200, graphJson(engine.graph()));
        } else {
          throw Error(ErrorKind::InvalidArgument, "format must be json or dot");
        }
      }));
  server_->set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (res.body.empty()) {
      bool unknownRoute = res.status == 404;
      sendJson(res, res.status,
               errorJson(unknownRoute ? "not_found" : "bad_request",
                         unknownRoute ? "no such endpoint: " + req.path : "bad request"));
    }
  });
  server_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        sendJson(res, 500, errorJson("internal", "internal error"));
      });
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
  return bound;
}

void HttpServer::serve() {
  server_->listen_after_bind();
}

void HttpServer::stop() {
  server_->stop();
}

}  // namespace querverweis
