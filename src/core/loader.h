#pragma once
// Loading and validating protocol files and catalogues.
// Parsing is nlohmann/json's SAX interface with every value's line and column recorded; the
// document is then validated against the shipped JSON Schema (valijson) and checked for what a
// schema cannot express (unique ids, references, timing totals, days, breathing counts).
// Contract: every function returns a whole object or a non-empty list of located errors. None of
// them throws, crashes or hangs, whatever the bytes.

#include "catalog.h"
#include "diagnostic.h"
#include "protocol.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace effleur {

class SchemaSet; // compiled schemas; opaque

// A protocol and, when it loads, the warnings about it (see "Warnings" in
// docs/protocol-format.md): Diagnostics with Severity::Warning, located (file, line, column,
// pointer) like errors. A protocol that does not load has no warnings.
struct Checked {
    Result<Protocol> protocol;
    Diagnostics warnings;
};

class Loader {
public:
    // `protocols_root` is a folder holding schema/ and catalog/ (the bundled protocols folder).
    // Fails if the schemas or catalogues there are missing or invalid.
    static Result<std::shared_ptr<const Loader>>
    create(const std::filesystem::path& protocols_root);
    // The same, with the schema and catalogue folders given apart (e.g. test catalogues with
    // the shipped schemas).
    static Result<std::shared_ptr<const Loader>> create(const std::filesystem::path& schema_dir,
                                                        const std::filesystem::path& catalog_dir);

    ~Loader();
    Loader(const Loader&) = delete;
    Loader& operator=(const Loader&) = delete;

    // `name` is used in diagnostics as the file name.
    [[nodiscard]] Result<Protocol> load_text(std::string_view text, const std::string& name) const;
    [[nodiscard]] Result<Protocol> load_file(const std::filesystem::path& file) const;

    // A protocol with its warnings (see Checked).
    using Checked = effleur::Checked;
    [[nodiscard]] Checked check_text(std::string_view text, const std::string& name) const;
    [[nodiscard]] Checked check_file(const std::filesystem::path& file) const;
    // Reads `real` (a symbolic link there is refused) and reports it as `file`: a file found by
    // a folder scan, opened where the scan found it really is.
    [[nodiscard]] Checked check_file(const std::filesystem::path& file,
                                     const std::filesystem::path& real) const;

    [[nodiscard]] const Catalog& catalog() const { return catalog_; }
    // The folder the catalogues were read from (for diagnostics about them).
    [[nodiscard]] const std::filesystem::path& catalog_dir() const { return catalog_dir_; }

    // Files larger than this are refused unread.
    static constexpr std::uintmax_t max_file_bytes = std::uintmax_t{16} * 1024u * 1024u;

private:
    Loader(Catalog catalog, std::unique_ptr<SchemaSet> schemas);
    // `warnings`, when given, receives the warnings of a protocol that loads.
    Result<Protocol> load(std::string_view text, const std::string& name,
                          Diagnostics* warnings) const;
    Catalog catalog_;
    std::unique_ptr<SchemaSet> schemas_;
    std::filesystem::path catalog_dir_;
};

// One protocol file as found by a scan: either its protocol or its errors.
struct LibraryEntry {
    std::filesystem::path file;
    bool bundled = false;
    std::shared_ptr<const Protocol> protocol; // null when broken
    Diagnostics errors;
    Diagnostics warnings; // Severity::Warning; only when the protocol loads
};

// Scans folders for *.json protocol files (not recursing into schema/ or catalog/).
// A broken file is an entry with errors; it never hides the others. Two files with the same
// protocol id: the later folder's file is reported as a duplicate error. The entries are in
// folder order, then by file name, however many threads checked them: many files are checked
// on as many threads as the machine has cores (the loader may be used from several threads).
// Once `stop` is requested the scan ends early, and its entries are incomplete.
std::vector<LibraryEntry> scan_library(const Loader& loader,
                                       const std::vector<std::filesystem::path>& folders,
                                       std::size_t bundled_folder_count = 1,
                                       const std::stop_token& stop = {});

// The protocol with this id as scan_library would give it (the first file, in folder order and
// then by name, that loads and has this id), or nullopt when there is none. Only a file whose
// top-level "id" is this one is checked in full; the others are read up to their "id" (a file
// that cannot be read that far is checked in full). So one protocol is found in a large
// library without loading the rest. Duplicates are not reported: scan_library does that.
std::optional<LibraryEntry> find_in_library(const Loader& loader,
                                            const std::vector<std::filesystem::path>& folders,
                                            std::string_view id,
                                            std::size_t bundled_folder_count = 1);

// The *.json files directly in one folder, each checked as scan_library does (the same rules
// for links, non-regular files and the number of files), without the check for duplicate ids.
std::vector<LibraryEntry> check_folder(const Loader& loader, const std::filesystem::path& folder);

// Warnings across a library (catalogue entries that no loaded protocol uses), located in the
// catalogue files of `loader` (Severity::Warning).
Diagnostics library_warnings(const Loader& loader, const std::vector<LibraryEntry>& entries);

} // namespace effleur
