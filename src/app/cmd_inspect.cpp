// effleur validate / list / show: reading protocols without a display.

#include "app/commands.h"
#include "app/format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <system_error>

namespace effleur::app {

namespace fs = std::filesystem;
using ojson = nlohmann::ordered_json;

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

// Protocol files named by the arguments: files as given, folders expanded to their *.json files.
std::vector<fs::path> expand_paths(const std::vector<std::string>& args, bool& missing) {
    std::vector<fs::path> files;
    for (const auto& arg : args) {
        std::error_code ec;
        const fs::path p(arg);
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> found;
            for (const auto& e : fs::directory_iterator(p, ec)) {
                if (e.path().extension() == ".json" && e.is_regular_file(ec)) {
                    found.push_back(e.path());
                }
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(p, ec)) {
            files.push_back(p);
        } else {
            std::cerr << arg << ": no such file or folder\n";
            missing = true;
        }
    }
    return files;
}

bool has_flag(std::vector<std::string>& args, std::string_view flag) {
    auto it = std::find(args.begin(), args.end(), flag);
    if (it == args.end()) {
        return false;
    }
    args.erase(it);
    return true;
}

bool unknown_option(const std::vector<std::string>& args, std::string_view verb) {
    for (const auto& a : args) {
        if (a.size() > 1 && a[0] == '-') {
            std::cerr << "effleur " << verb << ": unknown option " << a
                      << " (see effleur --help)\n";
            return true;
        }
    }
    return false;
}

} // namespace

int cmd_validate(const AppContext& ctx, const std::vector<std::string>& args_in) {
    std::vector<std::string> args = args_in;
    const bool quiet = has_flag(args, "--quiet") || has_flag(args, "-q");
    const bool strict = has_flag(args, "--strict");
    const bool library = has_flag(args, "--library");
    if (unknown_option(args, "validate")) {
        return exit_usage;
    }
    if (args.empty() == !library) {
        std::cerr << "usage: effleur validate PATH... | --library [--strict] [--quiet]\n";
        return exit_usage;
    }
    bool missing = false;
    std::vector<LibraryEntry> entries;
    if (library) {
        entries = scan_library(*ctx.loader, ctx.folders);
    } else {
        for (const auto& file : expand_paths(args, missing)) {
            LibraryEntry entry;
            entry.file = file;
            Checked checked = ctx.loader->check_file(file);
            if (checked.protocol) {
                entry.protocol =
                    std::make_shared<const Protocol>(std::move(checked.protocol.value()));
                entry.warnings = std::move(checked.warnings);
            } else {
                entry.errors = checked.protocol.errors();
            }
            entries.push_back(std::move(entry));
        }
    }
    int invalid = 0;
    std::size_t warnings = 0;
    for (const auto& entry : entries) {
        if (entry.protocol) {
            if (!quiet) {
                std::cout << entry.file.string() << ": ok (" << entry.protocol->step_count()
                          << " steps, " << format_duration(entry.protocol->duration()) << ")\n";
            }
        } else {
            ++invalid;
        }
        for (const auto& d : entry.errors) {
            std::cout << d.to_string() << '\n';
        }
        for (const auto& d : entry.warnings) {
            std::cout << d.to_string() << '\n';
        }
        warnings += entry.warnings.size();
    }
    if (library) {
        const Diagnostics across = library_warnings(*ctx.loader, entries);
        for (const auto& d : across) {
            std::cout << d.to_string() << '\n';
        }
        warnings += across.size();
    }
    if (!quiet || invalid > 0 || warnings > 0) {
        std::cout << entries.size() - static_cast<std::size_t>(invalid) << " valid, " << invalid
                  << " invalid";
        if (warnings > 0) {
            std::cout << ", " << warnings << (warnings == 1 ? " warning" : " warnings");
        }
        std::cout << '\n';
    }
    const bool failed = invalid > 0 || missing || (strict && warnings > 0);
    return failed ? exit_invalid : exit_ok;
}

int cmd_list(const AppContext& ctx, const std::vector<std::string>& args_in) {
    std::vector<std::string> args = args_in;
    const bool json = has_flag(args, "--json");
    if (unknown_option(args, "list")) {
        return exit_usage;
    }
    if (!args.empty()) {
        std::cerr << "usage: effleur list [--json]\n";
        return exit_usage;
    }
    const auto entries = scan_library(*ctx.loader, ctx.folders);
    if (json) {
        ojson out = ojson::array();
        for (const auto& e : entries) {
            out.push_back(list_entry_json(e));
        }
        std::cout << out.dump(2) << '\n';
        return exit_ok;
    }
    print_list_table(std::cout, entries);
    return exit_ok;
}

int cmd_show(const AppContext& ctx, const std::vector<std::string>& args_in) {
    std::vector<std::string> args = args_in;
    const bool json = has_flag(args, "--json");
    if (unknown_option(args, "show")) {
        return exit_usage;
    }
    if (args.size() != 1) {
        std::cerr << "usage: effleur show ID|PATH [--json]\n";
        return exit_usage;
    }
    const auto protocol = resolve_protocol(ctx, args[0], std::cerr);
    if (!protocol) {
        return exit_invalid;
    }
    if (json) {
        std::cout << protocol_json(*protocol, ctx.loader->catalog()).dump(2) << '\n';
    } else {
        print_protocol(std::cout, *protocol, ctx.loader->catalog());
    }
    return exit_ok;
}

} // namespace effleur::app
