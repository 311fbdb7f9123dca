#pragma once
// Every test executable runs with a home of its own: HOME and the XDG folders point into a fresh
// temporary folder, made before anything reads them and removed at exit, so no test reads or
// writes the real ~/.config, ~/.local/share or ~/.cache (QSettings, the database, the protocols).
// Plain C++ (the core tests have no Qt). Aborts the run if the folder cannot be made.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include <unistd.h>

namespace effleur::test {

class PrivateHome {
public:
    PrivateHome() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "effleur-test-home-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            std::perror("effleur tests: cannot make a temporary home");
            std::abort();
        }
        root_ = pattern;
        set("HOME", root_);
        set("XDG_CONFIG_HOME", root_ / ".config");
        set("XDG_DATA_HOME", root_ / ".local/share");
        set("XDG_CACHE_HOME", root_ / ".cache");
        set("XDG_STATE_HOME", root_ / ".local/state");
    }
    ~PrivateHome() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    PrivateHome(const PrivateHome&) = delete;
    PrivateHome& operator=(const PrivateHome&) = delete;

    [[nodiscard]] const std::filesystem::path& root() const { return root_; }

private:
    static void set(const char* name, const std::filesystem::path& value) {
        std::error_code ec;
        std::filesystem::create_directories(value, ec);
        ::setenv(name, value.c_str(), 1);
    }
    std::filesystem::path root_;
};

} // namespace effleur::test
