#pragma once
// Parses a JSON text into an nlohmann::json through the library's SAX interface, recording where
// every value starts (JsonPositions). The document is built by our own handler so that limits
// are enforced while reading: nesting deeper than ParseLimits::max_depth is refused when the
// bracket that would exceed it is read, before anything downstream (schema validation, our own
// walks) can recurse on it.
//
// Error contract: never throws. On failure `error` holds the byte offset of the problem and a
// message in plain words ("expected ',' or '}' after an object member; found 'x'"); `value`
// is then incomplete and must not be used. Internal to effleur::core.

#include "jsonpositions.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace effleur::loading {

struct ParseLimits {
    std::size_t max_depth = 256;
    std::size_t max_values = 500'000; // a 10,000-step protocol has about 200,000
    std::size_t max_key_bytes = 1024;
};

struct JsonSyntaxError {
    std::size_t offset = 0;
    std::string message;
};

struct ParsedJson {
    nlohmann::json value;
    JsonPositions positions; // views the parsed text
    std::optional<JsonSyntaxError> error;
};

// `text` must outlive the result (its positions view it).
ParsedJson parse_json(std::string_view text, const ParseLimits& limits = {});

} // namespace effleur::loading
