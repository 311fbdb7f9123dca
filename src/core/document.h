#pragma once
// One JSON text, parsed, with where its values are, ready for located diagnostics.
// Internal to effleur::core.
//
// Ownership: a Document either owns its text or views a caller's text, which must then outlive
// it. It never moves (positions point into the text), hence the factory functions.
// Error contract: nothing here throws; problems come back as located diagnostics.

#include "diagnostic.h"
#include "jsonparser.h"
#include "jsonpositions.h"
#include "schemaset.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace effleur::loading {

class Document {
public:
    static std::unique_ptr<Document> view(std::string_view text, std::string name);
    static std::unique_ptr<Document> own(std::string text, std::string name);
    // Reads the file (see textfile.h); the reason when it cannot be read.
    static Result<std::unique_ptr<Document>> read(const std::filesystem::path& file,
                                                  std::uintmax_t max_bytes, std::string name);

    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    [[nodiscard]] const nlohmann::json& value() const { return parsed_.value; }
    [[nodiscard]] const Locator& where() const { return where_; }
    [[nodiscard]] const std::string& name() const { return where_.file(); }

    // The syntax error, if the text did not parse, else the schema's complaints, if any.
    [[nodiscard]] Diagnostics check(const SchemaSet& schemas, SchemaKind kind) const;

private:
    Document(std::string owned, std::string_view viewed, std::string name);

    std::string owned_;
    ParsedJson parsed_;
    Locator where_;
};

// No more problems than this are located for one file: locating costs more than finding, and
// nobody reads a thousand messages about one file.
inline constexpr std::size_t max_located_problems = 1000;

// Sorts by position and keeps at most `limit`, then says how many more there were.
void finish_diagnostics(Diagnostics& diagnostics, std::size_t limit = 100);

} // namespace effleur::loading
