#pragma once
// What every fuzz target shares: the bundled protocols' loader, and aborting (so that libFuzzer
// keeps the input) when a promise of the API is broken.

#include "core/loader.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace effleur::fuzz {

inline const Loader& bundled_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        if (!created) {
            std::fprintf(stderr, "cannot load the bundled schemas and catalogues\n");
            std::abort();
        }
        return created.value();
    }();
    return *loader;
}

[[noreturn]] inline void broken(const char* what) {
    std::fprintf(stderr, "broken promise: %s\n", what);
    std::abort();
}

// A message printed to a terminal holds no control character.
inline void check_printable(std::string_view s) {
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20U || b == 0x7FU) {
            broken("a control character in a printed message");
        }
    }
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace effleur::fuzz
