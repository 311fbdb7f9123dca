#include "schemaset.h"

#include "document.h"
#include "jsonparser.h"
#include "loader.h"
#include "schemaexplain.h"
#include "schemafast.h"
#include "schemarewrite.h"
#include "textfile.h"
#include "valijsonapi.h"

#include <algorithm>
#include <array>

namespace effleur {

using json = nlohmann::json;

struct SchemaSet::Compiled {
    json source;                 // as written: messages are worded from it
    loading::KeywordSites sites; // "pattern" and "uniqueItems", checked by us
    valijson::Schema schema;     // the rest (see schemarewrite.h)
    // The same, for the quick check of a valid file; null when it declines the schema.
    std::unique_ptr<loading::QuickSchema> quick;
};

namespace {

constexpr std::array<const char*, 4> schema_files{"protocol.schema.json", "diagram.schema.json",
                                                  "contraindications.schema.json",
                                                  "sources.schema.json"};

std::string context_to_pointer(const std::vector<std::string>& context) {
    std::string pointer;
    for (std::size_t i = 1; i < context.size(); ++i) { // [0] is "<root>"
        std::string_view token = context[i];
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']') {
            token = token.substr(1, token.size() - 2);
        }
        pointer += '/';
        pointer += loading::pointer_escape(token);
    }
    return pointer;
}

} // namespace

SchemaSet::SchemaSet() = default;
SchemaSet::~SchemaSet() = default;

Result<std::unique_ptr<SchemaSet>> SchemaSet::load(const std::filesystem::path& dir) {
    std::unique_ptr<SchemaSet> set(new SchemaSet());
    Diagnostics errors;
    for (const char* name : schema_files) {
        const std::filesystem::path file = dir / name;
        const std::string display = file.string();
        const auto text = loading::read_text_file(file, Loader::max_file_bytes, display);
        if (!text) {
            errors.insert(errors.end(), text.errors().begin(), text.errors().end());
            continue;
        }
        loading::ParsedJson parsed = loading::parse_json(text.value());
        const loading::Locator where(display, parsed.positions);
        if (parsed.error) {
            errors.push_back(where.at_offset(parsed.error->offset, "", parsed.error->message));
            continue;
        }
        auto compiled = std::make_unique<Compiled>();
        compiled->source = std::move(parsed.value);
        try {
            const json rewritten = loading::rewrite_for_valijson(compiled->source, compiled->sites);
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(rewritten),
                                  compiled->schema);
            compiled->quick = loading::QuickSchema::compile(rewritten);
        } catch (const std::exception& e) {
            errors.push_back(where.at("", std::string("cannot use this schema: ") + e.what()));
            continue;
        }
        set->compiled_.push_back(std::move(compiled));
    }
    if (!errors.empty()) {
        return errors;
    }
    return Result<std::unique_ptr<SchemaSet>>(std::move(set));
}

Diagnostics SchemaSet::validate(SchemaKind kind, const loading::ParsedJson& parsed,
                                const loading::Locator& where) const {
    const Compiled& c = *compiled_.at(static_cast<std::size_t>(kind));
    const json& doc = parsed.value;
    try {
        // A validator caches compiled patterns; one per thread keeps validate() thread-safe.
        thread_local valijson::Validator validator;
        const valijson::adapters::NlohmannJsonAdapter target(doc);
        // First without collecting, which is all a valid document (the common case) needs:
        // the quick check (schemafast.h) where it is sure, else valijson; both stop at the first
        // failure. A failure is then worded from valijson's own findings.
        if (c.sites.check(doc, nullptr)) {
            const auto verdict =
                c.quick ? c.quick->check(doc) : loading::QuickSchema::Verdict::Unsure;
            if (verdict == loading::QuickSchema::Verdict::Valid ||
                (verdict == loading::QuickSchema::Verdict::Unsure &&
                 validator.validate(c.schema, target, nullptr))) {
                return {};
            }
        }
        std::vector<std::string> ours;
        c.sites.check(doc, &ours);
        valijson::ValidationResults results;
        validator.validate(c.schema, target, &results);
        // The first few thousand places are plenty to word the hundred messages shown.
        constexpr std::size_t max_failures = 20'000;
        std::vector<loading::SchemaFailure> failures;
        failures.reserve(std::min(results.numErrors() + ours.size(), max_failures));
        for (std::string& pointer : ours) {
            failures.push_back(
                {std::move(pointer), "Failed to match the pattern or distinct items"});
        }
        valijson::ValidationResults::Error error;
        while (results.popError(error) && failures.size() < max_failures) {
            failures.push_back({context_to_pointer(error.context), std::move(error.description)});
        }
        return loading::explain_schema_errors(c.source, doc, failures, where,
                                              loading::max_located_problems);
    } catch (const std::exception& e) {
        return {
            where.at("", std::string("could not check this file against its schema: ") + e.what())};
    }
}

std::optional<bool> SchemaSet::quick_verdict(SchemaKind kind, const nlohmann::json& doc) const {
    const Compiled& c = *compiled_.at(static_cast<std::size_t>(kind));
    if (!c.quick) {
        return std::nullopt;
    }
    switch (c.quick->check(doc)) {
    case loading::QuickSchema::Verdict::Valid:
        return true;
    case loading::QuickSchema::Verdict::Invalid:
        return false;
    case loading::QuickSchema::Verdict::Unsure:
        break;
    }
    return std::nullopt;
}

std::optional<bool> SchemaSet::valijson_verdict(SchemaKind kind, const nlohmann::json& doc) const {
    const Compiled& c = *compiled_.at(static_cast<std::size_t>(kind));
    try {
        valijson::Validator validator;
        return validator.validate(c.schema, valijson::adapters::NlohmannJsonAdapter(doc), nullptr);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace effleur
