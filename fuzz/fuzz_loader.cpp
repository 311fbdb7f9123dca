// The loader on any bytes: a whole protocol or located errors, never a crash, a hang or an
// exception, and every message printable. And the quick schema check (core/schemafast.h), where
// it is sure, says what valijson says.
#include "fuzz_support.h"

#include "core/jsonparser.h"
#include "core/schemaset.h"

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

const effleur::SchemaSet& schemas() {
    static const std::unique_ptr<effleur::SchemaSet> set = [] {
        auto loaded = effleur::SchemaSet::load(std::string(EFFLEUR_PROTOCOLS_DIR) + "/schema");
        if (!loaded) {
            std::abort();
        }
        return std::move(loaded.value());
    }();
    return *set;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace effleur;
    const std::string_view text = fuzz::as_text(data, size);
    const Checked checked = fuzz::bundled_loader().check_text(text, "f.json");
    const Diagnostics& shown = checked.protocol ? checked.warnings : checked.protocol.errors();
    if (!checked.protocol && shown.empty()) {
        fuzz::broken("a protocol that does not load, with no error");
    }
    for (const Diagnostic& d : shown) {
        if (d.file != "f.json" || d.line < 0 || d.column < 0 || d.message.empty()) {
            fuzz::broken("a diagnostic without its file, place or message");
        }
        fuzz::check_printable(d.to_string());
    }
    const loading::ParsedJson parsed = loading::parse_json(text);
    if (!parsed.error) {
        const auto quick = schemas().quick_verdict(SchemaKind::Protocol, parsed.value);
        const auto full = schemas().valijson_verdict(SchemaKind::Protocol, parsed.value);
        if (quick && full && *quick != *full) {
            fuzz::broken("the quick schema check and valijson disagree");
        }
    }
    return 0;
}
