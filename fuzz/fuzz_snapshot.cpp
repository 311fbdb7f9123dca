// The engine's snapshot restore on any JSON, for a bundled protocol: restored or refused, and a
// restored engine runs on.
#include "fuzz_support.h"

#include "core/stepengine.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace effleur;
    static const auto protocol = [] {
        auto loaded = fuzz::bundled_loader().load_file(
            std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / "kneading-prp-lymphatic.json");
        if (!loaded) {
            fuzz::broken("the bundled protocol does not load");
        }
        return std::make_shared<const Protocol>(std::move(loaded.value()));
    }();
    const auto j = nlohmann::json::parse(fuzz::as_text(data, size), nullptr, false);
    if (j.is_discarded()) {
        return 0;
    }
    StepEngine engine(protocol);
    const TimePoint now{std::chrono::seconds(1000)};
    (void)engine.restore(j, now);
    (void)engine.advance(now + std::chrono::seconds(30));
    (void)engine.next(now + std::chrono::seconds(31));
    (void)engine.snapshot();
    return 0;
}
