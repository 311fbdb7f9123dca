// The formatter on any bytes: what parses formats, the canonical text parses again to the same
// document and formats to itself, and nothing is longer than the limit asked for.
#include "fuzz_support.h"

#include "core/jsonformat.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace effleur;
    const auto parsed = parse_ordered(fuzz::as_text(data, size));
    if (!parsed) {
        if (parsed.message().empty()) {
            fuzz::broken("a text that does not parse, with no message");
        }
        return 0;
    }
    const nlohmann::ordered_json* doc = &parsed.value();
    const std::string canonical = canonical_json(*doc);
    if (canonical.empty()) {
        fuzz::broken("no canonical text");
    }
    const auto again = parse_ordered(canonical);
    if (!again) {
        fuzz::broken("the canonical text does not parse");
    }
    if (again.value() != *doc || canonical_json(again.value()) != canonical) {
        fuzz::broken("the canonical text is not a fixed point");
    }
    const std::size_t limit = size * 4;
    const auto within = canonical_json_within(*doc, limit);
    if (within.has_value() != (canonical.size() <= limit) || (within && *within != canonical)) {
        fuzz::broken("canonical_json_within disagrees with canonical_json");
    }
    return 0;
}
