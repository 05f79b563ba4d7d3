// The HTTP/JSON API over an Engine (Contract 3), a thin adapter: it parses parameters, calls the
// engine and maps querverweis::Error to a JSON error with a 4xx/5xx status. A failing request
// never stops the server; requests are served concurrently from cpp-httplib's thread pool.
#pragma once

#include <memory>
#include <string>

#include "querverweis/Engine.h"

namespace httplib {
class Server;
}

namespace querverweis {

class HttpServer {
 public:
  explicit HttpServer(std::shared_ptr<const Engine> engine);
  ~HttpServer();

  // Binds host:port (port 0 picks a free one) and returns the bound port.
  // Throws Error(Io) if the address cannot be bound.
  int bind(const std::string& host, int port);
  // Serves until stop() is called from another thread or a signal handler.
  void serve();
  void stop();

 private:
  void registerRoutes();

  std::shared_ptr<const Engine> engine_;
  std::unique_ptr<httplib::Server> server_;
};

}  // namespace querverweis
