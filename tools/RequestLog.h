// One line per answered request, for whoever runs the server, e.g. a reader's search for
// "Bürgersprechstunde" as
//   GET /api/search?q&limit 200 1834us
// Query values are left out: they are what readers typed and may say more about them than a
// log should keep. Control characters in the path become '?', so no request can forge a line.
#pragma once

#include <mutex>
#include <ostream>
#include <string>

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace querverweis {

class RequestLog {
 public:
  explicit RequestLog(std::ostream* out) : out_(out) {}  // nullptr: nothing is written

  // Marks the start of a request on the thread that serves it (its headers are read).
  static void started();
  // Writes the line for a request answered on this thread; a request refused before its
  // headers were complete has no start and is logged with "-" for its time.
  void answered(const httplib::Request& req, const httplib::Response& res);

  // "GET", "/api/search", "q&limit", 200, 1834 → the line above; micros < 0 is "-".
  static std::string line(const std::string& method, const std::string& path,
                          const std::string& parameterNames, int status, long long micros);

 private:
  std::ostream* out_;
  std::mutex mutex_;  // whole lines, never interleaved
};

}  // namespace querverweis
