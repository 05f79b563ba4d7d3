// An index served on a free loopback port for the length of a test suite, e.g. the bundled
// glossary answering GET /api/search?q=Bürgersprechstunde while the test plays the client.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

#include "querverweis/Engine.h"
#include "tools/HttpServer.h"

namespace querverweis::test {

class ServedIndex {
 public:
  ServedIndex(const std::string& indexDir, const HttpServerOptions& options = {})
      : server_(Engine::open(indexDir), options),
        port_(server_.bind("127.0.0.1", 0)),
        thread_([this] { server_.serve(); }) {}
  ~ServedIndex() {
    server_.stop();
    thread_.join();
  }
  ServedIndex(const ServedIndex&) = delete;
  ServedIndex& operator=(const ServedIndex&) = delete;

  int port() const { return port_; }
  const HttpServer& server() const { return server_; }
  httplib::Result get(const std::string& path) const {
    httplib::Client client("127.0.0.1", port_);
    return client.Get(path);
  }

 private:
  HttpServer server_;
  int port_;
  std::thread thread_;
};

}  // namespace querverweis::test
