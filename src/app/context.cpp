#include "app/context.h"

#include "app/exitcodes.h"

#include <cstdlib>
#include <iostream>
#include <system_error>

namespace effleur::app {

namespace fs = std::filesystem;

namespace {

fs::path executable_dir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path{} : exe.parent_path();
}

bool is_protocols_root(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "schema" / "protocol.schema.json", ec) &&
           fs::is_directory(dir / "catalog", ec);
}

} // namespace

fs::path find_bundled_folder() {
    if (const char* env = std::getenv("EFFLEUR_PROTOCOLS_DIR"); env != nullptr && *env != '\0') {
        return fs::path(env);
    }
    // Installed layout: <prefix>/bin/effleur and <prefix>/share/effleur/bundled-protocols.
    if (const fs::path dir = executable_dir(); !dir.empty()) {
        fs::path installed = dir.parent_path() / EFFLEUR_INSTALL_PROTOCOLS_DIR;
        if (is_protocols_root(installed)) {
            return installed;
        }
    }
    return fs::path(EFFLEUR_SOURCE_PROTOCOLS_DIR);
}

fs::path user_protocols_folder() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') {
        return fs::path(xdg) / "effleur" / "protocols";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
        return fs::path(home) / ".local" / "share" / "effleur" / "protocols";
    }
    return {};
}

Result<AppContext> make_context() {
    AppContext ctx;
    ctx.bundled_folder = find_bundled_folder();
    ctx.user_folder = user_protocols_folder();
    auto loader = Loader::create(ctx.bundled_folder);
    if (!loader) {
        return loader.errors();
    }
    ctx.loader = loader.value();
    ctx.folders.push_back(ctx.bundled_folder);
    if (!ctx.user_folder.empty()) {
        ctx.folders.push_back(ctx.user_folder);
    }
    return ctx;
}

int report_unloadable_bundled(const Diagnostics& errors) {
    std::cerr << "effleur: the bundled protocol schema or catalogues cannot be loaded:\n";
    for (const auto& d : errors) {
        std::cerr << d.to_string() << '\n';
    }
    return exit_failure;
}

std::shared_ptr<const Protocol> resolve_protocol(const AppContext& ctx,
                                                 const std::string& id_or_path, std::ostream& err) {
    std::error_code ec;
    const fs::path as_path(id_or_path);
    const bool looks_like_path = id_or_path.find('/') != std::string::npos ||
                                 as_path.extension() == ".json" || fs::exists(as_path, ec);
    if (looks_like_path) {
        auto loaded = ctx.loader->load_file(as_path);
        if (!loaded) {
            for (const auto& d : loaded.errors()) {
                err << d.to_string() << '\n';
            }
            return nullptr;
        }
        return std::make_shared<const Protocol>(std::move(loaded.value()));
    }
    // Found as the library scan would find it, without loading every other protocol.
    if (auto entry = find_in_library(*ctx.loader, ctx.folders, id_or_path)) {
        return entry->protocol;
    }
    err << "effleur: no protocol with id \"" << id_or_path
        << "\" (see `effleur list`, or give a file path)\n";
    return nullptr;
}

} // namespace effleur::app
