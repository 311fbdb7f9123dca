#pragma once
// The compiled JSON Schemas of the file formats, and validation against them with located,
// plain-word messages. Internal to effleur::core.
//
// Ownership: a Loader owns one SchemaSet. It is compiled once and only read afterwards, so
// validate() may run on several threads at once (its scratch state is per thread).
// Error contract: nothing here throws.

#include "diagnostic.h"
#include "jsonparser.h"
#include "jsonpositions.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace effleur {

enum class SchemaKind { Protocol, Diagram, Contraindications, Sources };

class SchemaSet {
public:
    // Reads and compiles protocol.schema.json, diagram.schema.json,
    // contraindications.schema.json and sources.schema.json from `dir`.
    static Result<std::unique_ptr<SchemaSet>> load(const std::filesystem::path& dir);

    ~SchemaSet();
    SchemaSet(const SchemaSet&) = delete;
    SchemaSet& operator=(const SchemaSet&) = delete;

    // Empty when the document is valid; otherwise every problem, each at the deepest
    // offending value.
    [[nodiscard]] Diagnostics validate(SchemaKind kind, const loading::ParsedJson& parsed,
                                       const loading::Locator& where) const;

    // For the tests that hold the quick check (schemafast.h) against valijson, without the
    // keywords checked by our own code (keywordsites.h): the quick check's answer, nullopt
    // when it is unsure or declines the schema; and valijson's, nullopt when it fails.
    [[nodiscard]] std::optional<bool> quick_verdict(SchemaKind kind,
                                                    const nlohmann::json& doc) const;
    [[nodiscard]] std::optional<bool> valijson_verdict(SchemaKind kind,
                                                       const nlohmann::json& doc) const;

private:
    struct Compiled;
    SchemaSet();
    std::vector<std::unique_ptr<Compiled>> compiled_; // indexed by SchemaKind
};

} // namespace effleur
