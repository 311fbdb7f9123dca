#include "loader.h"

#include "catalogloader.h"
#include "document.h"
#include "folderscan.h"
#include "lint.h"
#include "protocolchecks.h"
#include "protocolmapping.h"
#include "schemaset.h"
#include "textfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <new>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace effleur {

namespace {

Diagnostics failure(const std::string& file, std::string message) {
    Diagnostic d;
    d.file = file;
    d.message = std::move(message);
    return {std::move(d)};
}

} // namespace

Loader::Loader(Catalog catalog, std::unique_ptr<SchemaSet> schemas)
    : catalog_(std::move(catalog)), schemas_(std::move(schemas)) {}

Loader::~Loader() = default;

Result<std::shared_ptr<const Loader>> Loader::create(const std::filesystem::path& protocols_root) {
    return create(protocols_root / "schema", protocols_root / "catalog");
}

Result<std::shared_ptr<const Loader>> Loader::create(const std::filesystem::path& schema_dir,
                                                     const std::filesystem::path& catalog_dir) {
    try {
        auto schemas = SchemaSet::load(schema_dir);
        if (!schemas) {
            return schemas.errors();
        }
        auto catalog = loading::load_catalog(catalog_dir, *schemas.value());
        if (!catalog) {
            return catalog.errors();
        }
        auto loader = std::shared_ptr<Loader>(
            new Loader(std::move(catalog.value()), std::move(schemas.value())));
        loader->catalog_dir_ = catalog_dir;
        return std::shared_ptr<const Loader>(std::move(loader));
    } catch (const std::exception& e) {
        return failure(schema_dir.string(), std::string("cannot set up the loader: ") + e.what());
    }
}

Result<Protocol> Loader::load_text(std::string_view text, const std::string& name) const {
    return load(text, name, nullptr);
}

Checked Loader::check_text(std::string_view text, const std::string& name) const {
    Diagnostics warnings;
    Result<Protocol> protocol = load(text, name, &warnings);
    if (!protocol) {
        warnings.clear();
    }
    return Checked{std::move(protocol), std::move(warnings)};
}

Checked Loader::check_file(const std::filesystem::path& file) const {
    return check_file(file, file);
}

Checked Loader::check_file(const std::filesystem::path& file,
                           const std::filesystem::path& real) const {
    const std::string name = file.string();
    const auto links = real == file ? loading::LinkPolicy::Follow : loading::LinkPolicy::Refuse;
    auto text = loading::read_text_file(real, max_file_bytes, name, links);
    if (!text) {
        return Checked{text.errors(), {}};
    }
    Checked checked = check_text(text.value(), name);
    if (checked.protocol) {
        checked.protocol.value().file = file;
    }
    return checked;
}

Result<Protocol> Loader::load(std::string_view text, const std::string& name,
                              Diagnostics* warnings) const {
    try {
        if (text.size() > max_file_bytes) {
            return failure(name, "this text is " + std::to_string(text.size()) +
                                     " bytes; files over " + std::to_string(max_file_bytes) +
                                     " bytes are refused");
        }
        const auto doc = loading::Document::view(text, name);
        const loading::Locator& where = doc->where();
        Diagnostics errors = doc->check(*schemas_, SchemaKind::Protocol);
        if (errors.empty()) {
            loading::check_references(doc->value(), catalog_, where, errors);
            loading::check_values(doc->value(), where, errors);
        }
        if (errors.empty()) {
            Protocol protocol = loading::map_protocol(doc->value(), catalog_);
            loading::check_total(doc->value(), protocol, where, errors);
            if (errors.empty()) {
                if (warnings != nullptr) {
                    *warnings = loading::lint_protocol(doc->value(), protocol, catalog_, where);
                }
                return protocol;
            }
        }
        loading::finish_diagnostics(errors);
        return errors;
    } catch (const std::bad_alloc&) {
        return failure(name, "not enough memory to load this file");
    } catch (const std::exception& e) {
        return failure(name, std::string("cannot load this file: ") + e.what());
    }
}

Result<Protocol> Loader::load_file(const std::filesystem::path& file) const {
    const std::string name = file.string();
    auto text = loading::read_text_file(file, max_file_bytes, name);
    if (!text) {
        return text.errors();
    }
    Result<Protocol> result = load_text(text.value(), name);
    if (result) {
        result.value().file = file;
    }
    return result;
}

namespace {

// Where the "id" of a protocol file is, for an error about it; the file loaded a moment ago.
Diagnostic at_id(const std::filesystem::path& file, std::string message) {
    const std::string name = file.string();
    if (auto text = loading::read_text_file(file, Loader::max_file_bytes, name)) {
        const auto doc = loading::Document::own(std::move(text.value()), name);
        return doc->where().at("/id", std::move(message));
    }
    return about_file(name, std::move(message));
}

} // namespace

namespace {

// One file found by a folder scan, checked (without the duplicate-id check, which needs the
// files before it and so runs afterwards, in order).
LibraryEntry check_found(const Loader& loader, const loading::FolderEntry& found, bool bundled) {
    LibraryEntry entry;
    entry.file = found.path;
    entry.bundled = bundled;
    if (!found.refused.empty()) {
        entry.errors = failure(found.path.string(), found.refused);
        return entry;
    }
    try {
        Checked checked = loader.check_file(found.path, found.real);
        Result<Protocol>& loaded = checked.protocol;
        if (!loaded) {
            entry.errors = loaded.errors();
            return entry;
        }
        entry.protocol = std::make_shared<const Protocol>(std::move(loaded.value()));
        entry.warnings = std::move(checked.warnings);
    } catch (const std::exception& e) {
        entry.protocol.reset();
        entry.errors = failure(found.path.string(), std::string("cannot load: ") + e.what());
    }
    return entry;
}

struct Found {
    loading::FolderEntry entry;
    bool bundled = false;
};

// Checks every file, on up to `threads` threads (one when there are few files), each result in
// the place of its file; files not reached before `stop` is requested are left as they are.
std::vector<LibraryEntry> check_all(const Loader& loader, const std::vector<Found>& found,
                                    const std::stop_token& stop) {
    std::vector<LibraryEntry> entries(found.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < found.size() && !stop.stop_requested(); i = next++) {
            entries[i] = check_found(loader, found[i].entry, found[i].bundled);
        }
    };
    // A few files are over before a thread would have started.
    constexpr std::size_t files_per_thread = 8;
    const std::size_t wanted =
        std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()),
                              (found.size() + files_per_thread - 1) / files_per_thread);
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < wanted; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error&) {
            break; // no more threads: the ones running (and this one) do the rest
        }
    }
    work();
    for (std::thread& helper : helpers) {
        helper.join();
    }
    return entries;
}

} // namespace

std::vector<LibraryEntry> check_folder(const Loader& loader, const std::filesystem::path& folder) {
    std::vector<Found> found;
    for (loading::FolderEntry& entry : loading::list_json_files(folder)) {
        found.push_back({std::move(entry), false});
    }
    return check_all(loader, found, {});
}

std::vector<LibraryEntry> scan_library(const Loader& loader,
                                       const std::vector<std::filesystem::path>& folders,
                                       std::size_t bundled_folder_count,
                                       const std::stop_token& stop) {
    std::vector<Found> found;
    for (std::size_t i = 0; i < folders.size(); ++i) {
        for (loading::FolderEntry& entry : loading::list_json_files(folders[i])) {
            found.push_back({std::move(entry), i < bundled_folder_count});
        }
    }
    std::vector<LibraryEntry> entries = check_all(loader, found, stop);
    // A second file with an id is a duplicate of the first, in folder and name order.
    std::unordered_map<std::string, std::filesystem::path> owners; // protocol id -> file
    for (std::size_t i = 0; i < entries.size() && !stop.stop_requested(); ++i) {
        LibraryEntry& entry = entries[i];
        if (!entry.protocol) {
            continue;
        }
        const std::string& id = entry.protocol->id;
        if (auto [it, fresh] = owners.emplace(id, entry.file); !fresh) {
            try {
                entry.errors = {
                    at_id(found[i].entry.real,
                          "duplicate protocol id \"" + id + "\", also in " + it->second.string())};
                entry.errors.front().file = entry.file.string();
            } catch (const std::exception& e) {
                entry.errors =
                    failure(entry.file.string(), std::string("cannot load: ") + e.what());
            }
            entry.protocol.reset();
            entry.warnings.clear();
        }
    }
    return entries;
}

Diagnostics library_warnings(const Loader& loader, const std::vector<LibraryEntry>& entries) {
    try {
        std::vector<const Protocol*> protocols;
        for (const LibraryEntry& entry : entries) {
            if (entry.protocol) {
                protocols.push_back(entry.protocol.get());
            }
        }
        Diagnostics out = loading::lint_unused(loader.catalog(), loader.catalog_dir(), protocols);
        Diagnostics untranslated =
            loading::lint_catalog_translations(loader.catalog_dir(), protocols);
        out.insert(out.end(), untranslated.begin(), untranslated.end());
        return out;
    } catch (const std::exception& e) {
        return failure(loader.catalog_dir().string(),
                       std::string("cannot check the catalogue: ") + e.what());
    }
}

namespace {

// Reads a JSON text up to its top-level "id" and stops there.
class TopLevelId final : public nlohmann::json_sax<nlohmann::json> {
public:
    enum class Outcome { Found, Absent, Unreadable };

    static Outcome read(std::string_view text, std::string& id) {
        TopLevelId sax;
        bool parsed = false;
        try {
            parsed = nlohmann::json::sax_parse(text, &sax);
        } catch (const std::exception&) {
            return Outcome::Unreadable; // checked in full, which says why
        }
        if (sax.found_) {
            id = std::move(sax.id_);
            return Outcome::Found;
        }
        // A whole, well-formed text without a top-level string "id" cannot be a protocol.
        return parsed && !sax.failed_ ? Outcome::Absent : Outcome::Unreadable;
    }

    bool null() override { return value(); }
    bool boolean(bool /*val*/) override { return value(); }
    bool number_integer(number_integer_t /*val*/) override { return value(); }
    bool number_unsigned(number_unsigned_t /*val*/) override { return value(); }
    bool number_float(number_float_t /*val*/, const string_t& /*s*/) override { return value(); }
    bool binary(binary_t& /*val*/) override { return value(); }
    bool string(string_t& val) override {
        if (depth_ == 1 && at_id_) {
            found_ = true;
            id_ = std::move(val);
            return false; // that is all we wanted: stop reading
        }
        return value();
    }
    bool start_object(std::size_t /*elements*/) override {
        value();
        ++depth_;
        return true;
    }
    bool key(string_t& val) override {
        at_id_ = depth_ == 1 && val == "id";
        return true;
    }
    bool end_object() override {
        --depth_;
        return true;
    }
    bool start_array(std::size_t /*elements*/) override {
        value();
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        return true;
    }
    bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& /*ex*/) override {
        failed_ = true;
        return false;
    }

private:
    // A value that is not the id's string: a top-level "id" that is not a string cannot load.
    bool value() {
        at_id_ = false;
        return true;
    }

    int depth_ = 0;
    bool at_id_ = false;
    bool found_ = false;
    bool failed_ = false;
    std::string id_;
};

} // namespace

std::optional<LibraryEntry> find_in_library(const Loader& loader,
                                            const std::vector<std::filesystem::path>& folders,
                                            std::string_view id, std::size_t bundled_folder_count) {
    for (std::size_t i = 0; i < folders.size(); ++i) {
        for (const loading::FolderEntry& found : loading::list_json_files(folders[i])) {
            if (!found.refused.empty()) {
                continue; // never loads
            }
            auto text = loading::read_text_file(found.real, Loader::max_file_bytes,
                                                found.path.string(), loading::LinkPolicy::Refuse);
            if (!text) {
                continue; // never loads either
            }
            std::string top_id;
            const auto outcome = TopLevelId::read(text.value(), top_id);
            if (outcome == TopLevelId::Outcome::Absent ||
                (outcome == TopLevelId::Outcome::Found && top_id != id)) {
                continue;
            }
            LibraryEntry entry = check_found(loader, found, i < bundled_folder_count);
            if (entry.protocol && entry.protocol->id == id) {
                return entry;
            }
        }
    }
    return std::nullopt;
}

} // namespace effleur
