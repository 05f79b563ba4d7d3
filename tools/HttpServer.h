// The HTTP/JSON API over an Engine (Contract 3) and the web page (Contract 5), a thin adapter:
// it parses parameters, calls the engine and maps querverweis::Error to a JSON error with a
// 4xx/5xx status. Every route is in one table (routes()), which GET /api/openapi.json describes.
// A failing request never stops the server; requests are served concurrently from cpp-httplib's
// thread pool. Every response carries the security headers (a Content-Security-Policy without
// inline scripts, nosniff, no framing).
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "querverweis/Engine.h"
#include "tools/HttpTransport.h"
#include "tools/RequestLog.h"
#include "tools/WebFolder.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace querverweis {

struct HttpServerOptions {
  // The page's folder; empty or missing: only the API is served, page routes answer 404.
  std::string webDir;
  ServerLimits limits;
  // Where one line per answered request goes (see RequestLog); nullptr: nowhere.
  std::ostream* requestLog = nullptr;
};

// One registered route: "GET", the regular expression cpp-httplib matches, and the path as the
// OpenAPI document names it ("/api/entries/{slug}").
struct RouteInfo {
  std::string method;
  std::string pattern;
  std::string openApiPath;
};

class HttpServer {
 public:
  explicit HttpServer(std::shared_ptr<const Engine> engine, const HttpServerOptions& options = {});
  ~HttpServer();

  // Binds host:port (port 0 picks a free one) and returns the bound port.
  // Throws Error(Io) if the address cannot be bound.
  int bind(const std::string& host, int port);
  // Serves until stop() is called from another thread or a signal handler.
  void serve();
  void stop();

  const std::vector<RouteInfo>& routes() const { return routes_; }
  const WebFolder& web() const { return web_; }

 private:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  void add(const char* method, const char* pattern, const char* openApiPath, Handler handler);
  void registerApiRoutes();
  void registerPageRoutes();
  void registerErrorHandlers();
  const std::string& graphBody();

  // The methods registered for `path` ("GET, POST"), empty when no route matches it.
  std::string allowedMethods(const std::string& path) const;

  std::shared_ptr<const Engine> engine_;
  WebFolder web_;
  ServerLimits limits_;
  WorkSlots slots_;
  std::unique_ptr<httplib::Server> server_;
  Transport transport_;
  RequestLog requestLog_;
  std::vector<RouteInfo> routes_;
  std::once_flag graphOnce_;
  std::string graphBody_;  // GET /api/graph as JSON, printed on first request
};

}  // namespace querverweis
