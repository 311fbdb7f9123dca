// The journal's gate record reader on any JSON: a record or a reason, and a record read back
// from its own JSON is the same record.
#include "fuzz_support.h"

#include "core/gate.h"

#include <nlohmann/json.hpp>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace effleur;
    const auto j = nlohmann::json::parse(fuzz::as_text(data, size), nullptr, false);
    if (j.is_discarded()) {
        return 0;
    }
    const auto record = gate_record_from_json(j);
    if (!record) {
        if (record.message().empty()) {
            fuzz::broken("a record refused without a reason");
        }
        return 0;
    }
    const auto again = gate_record_from_json(gate_record_to_json(record.value()));
    if (!again || !(again.value() == record.value())) {
        fuzz::broken("a record does not read back from its own JSON");
    }
    return 0;
}
