// The edge of the library: every public call runs its body through guarded(), so that whatever
// a dependency throws leaves as querverweis::Error with a category and the call's name —
// "search: Lucene++: Read past EOF" (Corrupt), "open: out of memory" (Internal). Errors the
// library raised itself pass unchanged.
#pragma once

#include <string_view>
#include <utility>

#include "querverweis/Error.h"

namespace querverweis {

// Converts the exception being handled (call only inside a catch block) into an Error:
// querverweis::Error as it is; a Lucene++ exception as `luceneKind` (Corrupt for reading an
// index, Io for writing one); std::bad_alloc as Internal; std::invalid_argument as
// InvalidArgument; std::system_error and filesystem errors as Io; anything else (a failed
// bounds check among them) as Internal.
Error currentExceptionAsError(std::string_view call, ErrorKind luceneKind = ErrorKind::Corrupt);

// Runs `body` and lets out only Error.
template <typename Body>
auto guarded(std::string_view call, Body&& body, ErrorKind luceneKind = ErrorKind::Corrupt)
    -> decltype(body()) {
  try {
    return std::forward<Body>(body)();
  } catch (...) {
    throw currentExceptionAsError(call, luceneKind);
  }
}

}  // namespace querverweis
