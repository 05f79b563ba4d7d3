// The server under hostile or clumsy clients: slow senders hold only their own connection,
// oversized bodies and header floods are refused with JSON, wrong methods get 405 with Allow,
// and engine work beyond the machine's slots is answered with 503 instead of a long wait.
#include <arpa/inet.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "TestSupport.h"
#include "tools/ServedIndex.h"

namespace querverweis {
namespace {

using ::testing::HasSubstr;

// A client that opens a connection and sends `prefix`, then nothing more.
class StalledClient {
 public:
  StalledClient(int port, const std::string& prefix) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    connected_ =
        ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
        ::send(fd_, prefix.data(), prefix.size(), 0) == static_cast<ssize_t>(prefix.size());
  }
  ~StalledClient() { ::close(fd_); }
  StalledClient(const StalledClient&) = delete;
  StalledClient& operator=(const StalledClient&) = delete;
  bool connected() const { return connected_; }
  // What the server has sent within `wait`, up to its closing the connection.
  std::string reply(std::chrono::milliseconds wait) const {
    timeval timeout{.tv_sec = wait.count() / 1000, .tv_usec = (wait.count() % 1000) * 1000};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    std::string received;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd_, buffer, sizeof(buffer), 0)) > 0;) {
      received.append(buffer, static_cast<std::size_t>(n));
    }
    return received;
  }

 private:
  int fd_;
  bool connected_ = false;
};

TEST(HttpLimits, SlowClientsHoldOnlyTheirOwnConnections) {
  test::ServedIndex served(test::bundledIndex());
  std::vector<std::unique_ptr<StalledClient>> slow;
  for (int i = 0; i < 40; ++i) {  // five times the thread pool the server once had
    slow.push_back(std::make_unique<StalledClient>(served.port(), "G"));
    ASSERT_TRUE(slow.back()->connected());
  }
  httplib::Client client("127.0.0.1", served.port());
  client.set_read_timeout(std::chrono::seconds(1));  // shorter than the slow clients' time-out
  for (int i = 0; i < 5; ++i) {
    httplib::Result res = client.Get("/api/search?q=Zoll");
    ASSERT_TRUE(res) << "request " << i << " got no answer while slow clients wait";
    EXPECT_EQ(res->status, 200);
  }
}

TEST(HttpLimits, StopBeforeServingHasBegunStillEndsServe) {
  HttpServer server(Engine::open(test::bundledIndex()));
  server.bind("127.0.0.1", 0);
  server.stop();  // a test that ends at once, a signal during start-up
  std::promise<void> ended;
  std::future<void> endedFuture = ended.get_future();
  std::thread serving([&] {
    server.serve();
    ended.set_value();
  });
  bool endedInTime = endedFuture.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
  EXPECT_TRUE(endedInTime) << "serve() went on accepting after stop()";
  if (!endedInTime) {
    server.stop();  // now that it runs, so that the test can end
  }
  serving.join();
}

TEST(HttpLimits, OversizedBodyIsRefusedWithJson413) {
  test::ServedIndex served(test::bundledIndex(), {.limits = {.maxBodyBytes = 1000}});
  httplib::Client client("127.0.0.1", served.port());
  nlohmann::json body{{"text", std::string(2000, 'a')}};
  httplib::Result res = client.Post("/api/links", body.dump(), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_THAT(res->body, HasSubstr("payload_too_large"));
  nlohmann::json small{{"text", "Der Zoll"}};
  EXPECT_EQ(client.Post("/api/links", small.dump(), "application/json")->status, 200);
}

TEST(HttpLimits, OversizedBodyIsRefusedByItsLengthBeforeItIsSent) {
  test::ServedIndex served(test::bundledIndex());
  StalledClient client(served.port(),
                       "POST /api/links HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n");
  ASSERT_TRUE(client.connected());
  // Shorter than the server's 2 s read time-out: the answer must not wait for the body.
  std::string reply = client.reply(std::chrono::milliseconds(1000));
  EXPECT_THAT(reply, HasSubstr("HTTP/1.1 413"));
  EXPECT_THAT(reply, HasSubstr("Connection: close"));
  EXPECT_THAT(reply, HasSubstr("payload_too_large"));
}

TEST(HttpLimits, TooManyHeadersAreRefusedWithJson431) {
  test::ServedIndex served(test::bundledIndex(), {.limits = {.maxHeaders = 20}});
  httplib::Client client("127.0.0.1", served.port());
  httplib::Headers headers;
  for (int i = 0; i < 30; ++i) {
    headers.emplace("X-Viele-" + std::to_string(i), "ja");
  }
  httplib::Result res = client.Get("/api/search?q=Zoll", headers);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 431);
  EXPECT_THAT(res->get_header_value("Content-Type"), HasSubstr("application/json"));
}

TEST(HttpLimits, WrongMethodOnAKnownRouteGets405WithAllow) {
  test::ServedIndex served(test::bundledIndex());
  httplib::Client client("127.0.0.1", served.port());
  httplib::Result put = client.Put("/api/search?q=Zoll", "", "text/plain");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  EXPECT_EQ(put->get_header_value("Allow"), "GET");
  EXPECT_THAT(put->body, HasSubstr("method_not_allowed"));
  httplib::Result get = client.Get("/api/links");
  ASSERT_TRUE(get);
  EXPECT_EQ(get->status, 405);
  EXPECT_EQ(get->get_header_value("Allow"), "POST");
  EXPECT_EQ(client.Delete("/api/gibt-es-nicht")->status, 404);
}

TEST(HttpLimits, InvalidUtf8GetsTheSame400OnEveryRoute) {
  test::ServedIndex served(test::bundledIndex());
  httplib::Client client("127.0.0.1", served.port());
  std::vector<httplib::Result> answers;
  for (const char* path :
       {"/api/search?q=Zoll%FF", "/api/suggest?prefix=%FF", "/api/entries/zoll%FF",
        "/api/entries/%FF/related", "/api/analyze?text=%C3", "/api/graph?format=%FF",
        "/api/search?q%FF=1"}) {
    answers.push_back(client.Get(path));
  }
  answers.push_back(client.Post("/api/links", "{\"text\":\"Zoll\xFF\"}", "application/json"));
  for (const httplib::Result& res : answers) {
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << res->body;
    EXPECT_THAT(res->body, HasSubstr("\"invalid_argument\""));
    EXPECT_THAT(res->body, HasSubstr("is not valid UTF-8"));
  }
}

TEST(HttpLimits, WorkBeyondTheSlotsIsAnsweredWith503) {
  // One slot and no patience: of many parallel searches, some must be turned away at once.
  test::ServedIndex served(test::bundledIndex(),
                           {.limits = {.workSlots = 1, .workWait = std::chrono::milliseconds(0)}});
  std::atomic<int> ok = 0;
  std::atomic<int> busy = 0;
  std::vector<std::thread> clients;
  for (int i = 0; i < 8; ++i) {
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", served.port());
      for (int k = 0; k < 10; ++k) {
        httplib::Result res = client.Get("/api/search?q=H%C3%A4usliche%20Gewalt%20Pr%C3%A4vention");
        if (res && res->status == 200) {
          ++ok;
        } else if (res && res->status == 503 && res->get_header_value("Retry-After") == "1") {
          ++busy;
        }
      }
    });
  }
  for (std::thread& client : clients) {
    client.join();
  }
  EXPECT_GT(ok.load(), 0);
  EXPECT_GT(busy.load(), 0);
  EXPECT_EQ(ok.load() + busy.load(), 80);
}

}  // namespace
}  // namespace querverweis
