// The loader on any bytes: a whole protocol or located errors, never a crash, a hang or an
// exception, and every message printable.
#include "fuzz_support.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace effleur;
    const Checked checked = fuzz::bundled_loader().check_text(fuzz::as_text(data, size), "f.json");
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
    return 0;
}
