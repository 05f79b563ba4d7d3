// Turns an entry title into the file-name slug of corpus format v1, the way editors write it by
// hand: "Weißer Ring" → "weisser-ring", "A.C.A.B." → "acab", "K.-o.-Tropfen" → "k-o-tropfen".
// German umlauts and ß are transliterated (ä→ae), other accented Latin letters lose their accent.
// It does not check uniqueness against other entries and knows nothing about non-Latin scripts
// (their letters act as separators).
#pragma once

#include <string>
#include <string_view>

namespace querverweis {

// Lower-case ASCII slug of [a-z0-9] words joined by single '-'. Dots of abbreviations are dropped
// without a dash ("z.B." → "zb"); a dot between two longer words separates them
// ("polizei-beratung.de" → "polizei-beratung-de").
// Throws Error(InvalidArgument) if the title is not valid UTF-8 or leaves an empty slug.
std::string slugFromTitle(std::string_view title);

}  // namespace querverweis
