// Helpers the route files of HttpServer share: JSON responses and the security headers.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>

namespace querverweis::http {

void sendJson(httplib::Response& res, int status, const nlohmann::json& body);

// Content-Security-Policy (scripts and styles only from the server itself, no inline script),
// X-Content-Type-Options: nosniff, no framing, no referrer to other sites.
void setSecurityHeaders(httplib::Response& res);

}  // namespace querverweis::http
