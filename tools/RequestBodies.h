// The JSON bodies the API accepts, read into engine calls, e.g. POST /api/links with
// {"text": "Die Polizei bietet Bürgersprechstunden an.", "self": "quartiermanagement",
//  "threshold": 0.5, "max": 20}. A body that is not what the route describes throws
// Error(InvalidArgument) naming the field; nothing else escapes.
#pragma once

#include <string>
#include <string_view>

#include "querverweis/Links.h"

namespace querverweis {

struct LinksRequest {
  std::string text;
  LinkOptions options;
};

LinksRequest parseLinksRequest(std::string_view body);

}  // namespace querverweis
