#include "querverweis/Error.h"

namespace querverweis {

const char* errorKindName(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::InvalidArgument:
      return "invalid_argument";
    case ErrorKind::NotFound:
      return "not_found";
    case ErrorKind::Corrupt:
      return "corrupt";
    case ErrorKind::Io:
      return "io";
    case ErrorKind::Internal:
      break;
  }
  return "internal";
}

}  // namespace querverweis
