#pragma once
// Shared helpers for the loader tests: a Loader over the shipped schemas and the fixture
// catalogue, temporary folders, and ways to look at where a diagnostic points.

#include "core/loader.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <unistd.h>

namespace effleur::test {

inline const std::filesystem::path protocols_dir{EFFLEUR_PROTOCOLS_DIR};
inline const std::filesystem::path data_dir{EFFLEUR_TEST_DATA_DIR};
inline const std::filesystem::path fixture_catalog = data_dir / "fixture-root" / "catalog";

// The shipped schemas with the small fixture catalogue (diagrams fx-face and fx-back, sources
// s1 and s2, contraindications pregnancy, fever, skin-damage, lactation).
inline const Loader& fixture_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto created = Loader::create(protocols_dir / "schema", fixture_catalog);
        if (!created) {
            for (const auto& e : created.errors()) {
                UNSCOPED_INFO(e.to_string());
            }
        }
        REQUIRE(created.ok());
        return created.value();
    }();
    return *loader;
}

inline std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void write_file(const std::filesystem::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

// All diagnostics as text, for failure messages.
inline std::string all(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) {
        out += d.to_string() + "\n";
    }
    return out;
}

// The first diagnostic at `pointer`, or null.
inline const Diagnostic* at_pointer(const Diagnostics& diagnostics, std::string_view pointer) {
    for (const auto& d : diagnostics) {
        if (d.pointer == pointer) {
            return &d;
        }
    }
    return nullptr;
}

// The text that starts at a 1-based line and column (in characters), for checking what a
// location shows.
inline std::string text_at(std::string_view text, int line, int column, std::size_t length = 24) {
    std::size_t offset = 0;
    for (int l = 1; l < line; ++l) {
        offset = text.find('\n', offset);
        if (offset == std::string_view::npos) {
            return {};
        }
        ++offset;
    }
    if (line == 1 && text.starts_with("\xEF\xBB\xBF")) {
        offset = 3;
    }
    for (int c = 1; c < column && offset < text.size(); ++c) {
        ++offset;
        while (offset < text.size() &&
               (static_cast<unsigned char>(text[offset]) & 0xC0U) == 0x80U) {
            ++offset;
        }
    }
    return offset > text.size() ? std::string() : std::string(text.substr(offset, length));
}

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ =
            std::filesystem::temp_directory_path() /
            ("effleur-loader-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// A fixture catalogue copy in a temporary folder, to add or break files in.
inline void copy_fixture_catalog(const std::filesystem::path& to) {
    std::filesystem::copy(fixture_catalog, to, std::filesystem::copy_options::recursive);
}

} // namespace effleur::test
