// The web page's routes of HttpServer: the HTML pages, the versioned static files, the German
// "nicht gefunden" page and the headers every response carries.
#include <httplib.h>

#include "tools/HttpServer.h"
#include "tools/HttpSupport.h"
#include "tools/ResultJson.h"

namespace querverweis {

namespace http {

void sendJson(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void setSecurityHeaders(httplib::Response& res) {
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; "
                 "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                 "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                 "frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "same-origin");
}

}  // namespace http

namespace {

constexpr char kNotFoundPage[] = "404.html";

void sendPage(const WebFolder& web, const std::string& name, int status, httplib::Response& res) {
  std::optional<std::string> html = web.page(name);
  if (!html) {
    res.status = 404;
    return;
  }
  res.status = status;
  // Pages name the current static version, so they are checked on every visit.
  res.set_header("Cache-Control", "no-cache");
  res.set_content(*html, "text/html; charset=utf-8");
}

httplib::Server::Handler pageHandler(const WebFolder& web, std::string name) {
  return [&web, name](const httplib::Request&, httplib::Response& res) {
    sendPage(web, name, 200, res);
  };
}

}  // namespace

void HttpServer::registerPageRoutes() {
  const WebFolder& web = web_;
  const Engine& engine = *engine_;
  add("GET", "/", "/", pageHandler(web, "index.html"));
  add("GET", R"(/e/([^/]+))", "/e/{slug}",
      [&web, &engine](const httplib::Request& req, httplib::Response& res) {
        bool known = engine.findEntry(std::string(req.matches[1])) != nullptr;
        sendPage(web, known ? "entry.html" : kNotFoundPage, known ? 200 : 404, res);
      });
  add("GET", "/verlinken", "/verlinken", pageHandler(web, "verlinken.html"));
  add("GET", "/karte", "/karte", pageHandler(web, "karte.html"));
  add("GET", "/analyse", "/analyse", pageHandler(web, "analyse.html"));
  add("GET", "/api/docs", "/api/docs", pageHandler(web, "api-docs.html"));
  add("GET", R"(/static/([^/]+)/(.+))", "/static/{version}/{path}",
      [&web](const httplib::Request& req, httplib::Response& res) {
        std::optional<WebFile> file = web.file(std::string(req.matches[2]));
        if (!file) {
          res.status = 404;
          return;
        }
        // A stale version (a page loaded before a restart) still gets the file, uncached.
        res.set_header("Cache-Control", req.matches[1] == web.version()
                                            ? "public, max-age=31536000, immutable"
                                            : "no-cache");
        res.set_content(std::move(file->content), file->contentType);
      });
}

void HttpServer::registerErrorHandlers() {
  const WebFolder& web = web_;
  auto sendTooLarge = [maxBytes = limits_.maxBodyBytes](httplib::Response& res) {
    http::sendJson(res, 413,
                   errorJson("payload_too_large", "the request body is larger than " +
                                                      std::to_string(maxBytes) + " bytes"));
  };
  server_->set_error_handler(
      [this, &web, sendTooLarge](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) {
          return;
        }
        if (res.status == 404 || res.status == 400) {
          std::string allowed = allowedMethods(req.path);
          if (!allowed.empty() && allowed.find(req.method) == std::string::npos) {
            res.set_header("Allow", allowed);
            http::sendJson(res, 405,
                           errorJson("method_not_allowed", req.method + " is not allowed on " +
                                                               req.path + "; allowed: " + allowed));
            return;
          }
        }
        if (res.status == 413) {
          sendTooLarge(res);
          return;
        }
        bool notFound = res.status == 404;
        if (req.path.starts_with("/api/") || !notFound || !web.page(kNotFoundPage)) {
          http::sendJson(res, res.status,
                         errorJson(notFound ? "not_found" : "bad_request",
                                   notFound ? "no such endpoint: " + req.path : "bad request"));
          return;
        }
        sendPage(web, kNotFoundPage, 404, res);
      });
  server_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        http::sendJson(res, 500, errorJson("internal", "internal error"));
      });
  server_->set_pre_routing_handler([this, sendTooLarge](const httplib::Request& req,
                                                        httplib::Response& res) {
    RequestLog::started();
    if (req.headers.size() > limits_.maxHeaders) {
      http::sendJson(res, 431,
                     errorJson("bad_request", "more than " + std::to_string(limits_.maxHeaders) +
                                                  " request headers"));
      return httplib::Server::HandlerResponse::Handled;
    }
    // Refused by its Content-Length before a byte of it is read (cpp-httplib would read and
    // discard 100 MB first); the connection closes, as the unread body cannot be skipped.
    if (req.get_header_value<uint64_t>("Content-Length") > limits_.maxBodyBytes) {
      sendTooLarge(res);
      res.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server_->set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    requestLog_.answered(req, res);
  });
  server_->set_post_routing_handler(
      [](const httplib::Request&, httplib::Response& res) { http::setSecurityHeaders(res); });
}

}  // namespace querverweis
