#include "tools/HttpTransport.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <thread>

#include "querverweis/Error.h"

namespace querverweis {

WorkSlots::WorkSlots(const ServerLimits& limits)
    : free_(limits.workSlots > 0 ? limits.workSlots
                                 : 2 * std::max(1u, std::thread::hardware_concurrency())),
      wait_(limits.workWait) {}

WorkSlots::Ticket WorkSlots::acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!freed_.wait_for(lock, wait_, [this] { return free_ > 0; })) {
    return Ticket(nullptr);
  }
  --free_;
  return Ticket(this);
}

WorkSlots::Ticket::~Ticket() {
  if (owner_ != nullptr) {
    {
      std::lock_guard<std::mutex> lock(owner_->mutex_);
      ++owner_->free_;
    }
    owner_->freed_.notify_one();
  }
}

Transport::Transport(httplib::Server& server, const ServerLimits& limits)
    : server_(&server), backlog_(limits.listenBacklog) {
  std::size_t threads = limits.connectionThreads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(limits.maxBodyBytes);
  server.set_read_timeout(limits.readTimeout);
  server.set_keep_alive_timeout(limits.keepAliveIdle.count());
  server.set_keep_alive_max_count(limits.keepAliveRequests);
  server.set_socket_options([this](int sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    listenSocket_ = sock;
  });
}

void Transport::widenBacklog() const {
  if (listenSocket_ >= 0 && ::listen(listenSocket_, backlog_) != 0) {
    throw Error(ErrorKind::Io, "cannot set the listen backlog to " + std::to_string(backlog_));
  }
}

void Transport::serve() {
  if (!stopped_) {
    server_->listen_after_bind();
  }
}

void Transport::stop() {
  if (stopped_.exchange(true)) {
    return;
  }
  if (server_->is_running()) {
    server_->stop();  // also ends idle keep-alive connections
  } else if (listenSocket_ >= 0) {
    ::shutdown(listenSocket_, SHUT_RDWR);
  }
}

}  // namespace querverweis
