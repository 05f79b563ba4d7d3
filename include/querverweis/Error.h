// The one error type the library lets out of its public functions. Every failure carries a
// category that callers map to an exit code or an HTTP status, and a message that names the
// object and the rule broken: "corpus/zoll.md:3: front matter: aliases must be a list".
// Lucene++, standard-library and language-data failures are converted to it at the boundary of
// every public call, so callers catch exactly this.
#pragma once

#include <stdexcept>
#include <string>

namespace querverweis {

enum class ErrorKind {
  InvalidArgument,  // the caller's input breaks a rule (bad query parameter, malformed file)
  NotFound,         // a named object does not exist (entry slug, index folder, file)
  Corrupt,          // stored data cannot be read back (damaged index)
  Io,               // the operating system refused (permissions, disk full)
  Internal,         // a defect or an exhausted resource inside the library (out of memory)
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const noexcept { return kind_; }

 private:
  ErrorKind kind_;
};

// "invalid_argument", "not_found", "corrupt", "io", "internal": stable codes for messages and
// JSON error objects.
const char* errorKindName(ErrorKind kind) noexcept;

}  // namespace querverweis
