// The OpenAPI 3.0 description of every route (tools/openapi.json), built into the binary so the
// server answers GET /api/openapi.json without any file beside it.
#pragma once

#include <string>

namespace querverweis {

const std::string& openApiDocument();

}  // namespace querverweis
