// The one error type the engine lets out of its public functions.
// Every failure carries a category the adapters map to an exit code or an HTTP status,
// and a message that names the object and the rule broken:
//   "corpus/zoll.md:3: front matter: aliases must be a list".
#pragma once

#include <stdexcept>
#include <string>

namespace querverweis {

enum class ErrorKind {
  InvalidArgument,  // the caller's input breaks a rule (bad query parameter, malformed corpus file)
  NotFound,         // a named object does not exist (entry slug, index folder, file)
  Corrupt,          // stored data cannot be read back (damaged index)
  Io,               // the operating system refused (permissions, disk full)
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const noexcept { return kind_; }

 private:
  ErrorKind kind_;
};

// "invalid argument", "not found", ... for messages and JSON error codes.
const char* errorKindName(ErrorKind kind) noexcept;

}  // namespace querverweis
