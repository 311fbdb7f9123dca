// effleur validate / list / show: reading protocols without a display.

#include "app/commands.h"
#include "app/format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

namespace effleur::app {

namespace fs = std::filesystem;
using ojson = nlohmann::ordered_json;

namespace {

// The entries named by the arguments: a file as given; a folder as every verb scans one (see
// check_folder: links out of it and non-regular files are refused, and reported).
std::vector<LibraryEntry> check_paths(const Loader& loader, const std::vector<std::string>& args,
                                      bool& missing) {
    std::vector<LibraryEntry> entries;
    for (const auto& arg : args) {
        std::error_code ec;
        const fs::path p(arg);
        if (fs::is_directory(p, ec)) {
            std::vector<LibraryEntry> found = check_folder(loader, p);
            if (found.empty()) {
                std::cerr << printable(arg) << ": a folder with no *.json files in it\n";
                missing = true;
            }
            std::move(found.begin(), found.end(), std::back_inserter(entries));
        } else if (fs::exists(fs::symlink_status(p, ec))) {
            LibraryEntry entry;
            entry.file = p;
            Checked checked = loader.check_file(p);
            if (checked.protocol) {
                entry.protocol =
                    std::make_shared<const Protocol>(std::move(checked.protocol.value()));
                entry.warnings = std::move(checked.warnings);
            } else {
                entry.errors = checked.protocol.errors();
            }
            entries.push_back(std::move(entry));
        } else {
            std::cerr << printable(arg) << ": no such file or folder\n";
            missing = true;
        }
    }
    return entries;
}

// Text built from protocol files, printed line by line with every control character escaped (an
// ESC in a title must not reach the terminal).
void print_escaped(std::ostream& out, const std::string& text) {
    std::size_t p = 0;
    while (p < text.size()) {
        const std::size_t end = std::min(text.find('\n', p), text.size());
        out << printable(std::string_view(text).substr(p, end - p));
        if (end < text.size()) {
            out << '\n';
        }
        p = end + 1;
    }
}

} // namespace

int cmd_validate(const AppContext& ctx, const ValidateOptions& o) {
    const bool quiet = o.quiet;
    const bool strict = o.strict;
    const bool library = o.library;
    bool missing = false;
    std::vector<LibraryEntry> entries;
    if (library) {
        entries = scan_library(*ctx.loader, ctx.folders);
    } else {
        entries = check_paths(*ctx.loader, o.paths, missing);
    }
    int invalid = 0;
    std::size_t warnings = 0;
    for (const auto& entry : entries) {
        if (entry.protocol) {
            if (!quiet) {
                std::cout << printable(entry.file.string()) << ": ok ("
                          << entry.protocol->step_count() << " steps, "
                          << format_duration(entry.protocol->duration()) << ")\n";
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
    return failed ? exit_failure : exit_ok;
}

int cmd_list(const AppContext& ctx, bool json) {
    const auto entries = scan_library(*ctx.loader, ctx.folders);
    if (json) {
        ojson out = ojson::array();
        for (const auto& e : entries) {
            out.push_back(list_entry_json(e, ctx.language));
        }
        std::cout << out.dump(2) << '\n';
        return exit_ok;
    }
    std::ostringstream table;
    print_list_table(table, entries, ctx.language);
    print_escaped(std::cout, table.str());
    return exit_ok;
}

int cmd_show(const AppContext& ctx, const ShowOptions& o) {
    const auto protocol = resolve_protocol(ctx, o.protocol, std::cerr);
    if (!protocol) {
        return exit_failure;
    }
    if (o.json) {
        std::cout << protocol_json(*protocol, ctx.loader->catalog(), ctx.language).dump(2) << '\n';
    } else {
        std::ostringstream text;
        print_protocol(text, *protocol, ctx.loader->catalog(), ctx.language);
        print_escaped(std::cout, text.str());
    }
    return exit_ok;
}

} // namespace effleur::app
