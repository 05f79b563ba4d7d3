#include "tools/RequestLog.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>
#include <string_view>

namespace querverweis {
namespace {

using Clock = std::chrono::steady_clock;

// cpp-httplib serves one request at a time on a connection's thread, from its headers to its
// answer, so the start can wait there for the logger without a table of requests.
thread_local std::optional<Clock::time_point> requestStart;

std::string withoutControlCharacters(const std::string& text) {
  std::string cleaned = text;
  for (char& c : cleaned) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      c = '?';
    }
  }
  return cleaned;
}

// "limit&q&tag" for ?q=…&limit=…&tag=a&tag=b: each name of the URL's query once, as sent
// (percent-encoded), sorted. Form fields of a POST body are not the URL's and stay out.
std::string parameterNames(const std::string& target) {
  std::size_t question = target.find('?');
  if (question == std::string::npos) {
    return "";
  }
  std::set<std::string> names;
  std::string_view query = std::string_view(target).substr(question + 1);
  while (!query.empty()) {
    std::string_view pair = query.substr(0, query.find('&'));
    std::string_view name = pair.substr(0, pair.find('='));
    if (!name.empty()) {
      names.emplace(name);
    }
    query.remove_prefix(std::min(query.size(), pair.size() + 1));
  }
  std::string joined;
  for (const std::string& name : names) {
    joined += (joined.empty() ? "" : "&") + name;
  }
  return joined;
}

}  // namespace

void RequestLog::started() {
  requestStart = Clock::now();
}

void RequestLog::answered(const httplib::Request& req, const httplib::Response& res) {
  long long micros = -1;
  if (requestStart) {
    micros =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - *requestStart).count();
    requestStart.reset();
  }
  if (out_ == nullptr) {
    return;
  }
  std::string text = line(req.method, req.path, parameterNames(req.target), res.status, micros);
  std::lock_guard<std::mutex> lock(mutex_);
  *out_ << text << '\n' << std::flush;
}

std::string RequestLog::line(const std::string& method, const std::string& path,
                             const std::string& parameterNames, int status, long long micros) {
  std::string text = withoutControlCharacters(method) + " " + withoutControlCharacters(path);
  if (!parameterNames.empty()) {
    text += "?" + withoutControlCharacters(parameterNames);
  }
  text += " " + std::to_string(status) + " ";
  text += micros < 0 ? std::string("-") : std::to_string(micros) + "us";
  return text;
}

}  // namespace querverweis
