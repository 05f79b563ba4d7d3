// How the server meets the network: limits that keep one client from taking it from everyone
// else, and the socket settings behind them. A browser that keeps six connections open, a
// client that sends one header byte every few seconds, a 100 MB POST to /api/links — each is
// bounded here, and work beyond what the machine can do is answered with 503, not queued.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>

namespace httplib {
class Server;
}

namespace querverweis {

struct ServerLimits {
  // Connections served at once, each by a thread of its own while it is open: idle keep-alive
  // connections and slow clients cost a thread, never a place in the queue of others.
  std::size_t connectionThreads = 256;
  // Engine calls running at once; more wait up to `workWait`, then get 503.
  std::size_t workSlots = 0;  // 0: twice the number of cores
  std::chrono::milliseconds workWait{2000};
  std::size_t maxBodyBytes = 1 << 20;  // POST /api/links: a long article is ~100 kB
  std::size_t maxHeaders = 100;
  std::chrono::seconds readTimeout{2};  // between two reads of one request
  std::chrono::seconds keepAliveIdle{5};
  // Requests on one keep-alive connection; cpp-httplib's default of 5 makes clients reconnect.
  std::size_t keepAliveRequests = 1000;
  int listenBacklog = 1024;
};

// Admission of engine work: a counting semaphore with a bounded wait.
class WorkSlots {
 public:
  explicit WorkSlots(const ServerLimits& limits);
  // A held slot; empty when none came free in time.
  class Ticket {
   public:
    explicit Ticket(WorkSlots* owner) : owner_(owner) {}
    Ticket(Ticket&& other) noexcept : owner_(other.owner_) { other.owner_ = nullptr; }
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    ~Ticket();
    explicit operator bool() const { return owner_ != nullptr; }

   private:
    WorkSlots* owner_;
  };
  Ticket acquire();

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  std::size_t free_;
  std::chrono::milliseconds wait_;
};

// Applies the limits to `server`: thread per connection, TCP_NODELAY (headers and body leave in
// two writes; without it delayed ACK adds 40 ms to every keep-alive request), body, header and
// time limits. Owns the listening socket's life: widening its backlog, serving, stopping.
class Transport {
 public:
  Transport(httplib::Server& server, const ServerLimits& limits);
  // cpp-httplib listens with a backlog of 5; listen() again on the bound socket raises it.
  void widenBacklog() const;
  // Accepts connections until stop(); returns at once when stop() came first.
  void serve();
  // Ends serve() from any thread or a signal handler, also when serve() has not begun yet:
  // cpp-httplib's own stop() does nothing before its accept loop runs, so the loop would
  // never end. Shutting the listening socket down makes its next accept() fail instead.
  void stop();

 private:
  httplib::Server* server_;
  int listenSocket_ = -1;
  int backlog_;
  std::atomic<bool> stopped_{false};
};

}  // namespace querverweis
