#include "engine/boundary/Boundary.h"

#include <lucene++/LuceneHeaders.h>

#include <filesystem>
#include <new>
#include <stdexcept>
#include <string>
#include <system_error>

#include "analyzers/text/Utf8.h"

namespace querverweis {

namespace {

Error withCall(std::string_view call, ErrorKind kind, const std::string& what) {
  return Error(kind, std::string(call) + ": " + what);
}

}  // namespace

Error currentExceptionAsError(std::string_view call, ErrorKind luceneKind) {
  try {
    throw;
  } catch (const Error& e) {
    return e;
  } catch (const Lucene::LuceneException& e) {
    return withCall(call, luceneKind, "Lucene++: " + toUtf8(e.getError()));
  } catch (const std::bad_alloc&) {
    return withCall(call, ErrorKind::Internal, "out of memory");
  } catch (const std::filesystem::filesystem_error& e) {
    return withCall(call, ErrorKind::Io, e.what());
  } catch (const std::system_error& e) {
    return withCall(call, ErrorKind::Io, e.what());
  } catch (const std::invalid_argument& e) {
    return withCall(call, ErrorKind::InvalidArgument, e.what());
  } catch (const std::exception& e) {
    return withCall(call, ErrorKind::Internal, e.what());
  } catch (...) {
    return withCall(call, ErrorKind::Internal, "unknown failure");
  }
}

}  // namespace querverweis
