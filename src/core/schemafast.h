#pragma once
// A quick yes-or-no check of a document against a compiled JSON Schema (draft 7), for the common
// case of a valid file. valijson walks the schema through a visitor that copies its context for
// every value and builds a visitor for every alternative it tries; this check reads the same
// schema, compiled once into a flat table with its references resolved, and walks the document
// with no allocation.
//
// It answers Valid, Invalid or Unsure. Unsure means "ask valijson": keywords outside the set it
// knows make it decline the whole schema at compile time (compile() returns null), and values
// where its reading could differ from valijson's (a fraction where an integer is expected, a
// number compared with a number of the other kind, a string holding a NUL for a length) make it
// Unsure at check time. Only a Valid answer is relied on alone: an Invalid one goes to valijson
// for the problems, so a false Invalid would cost time, never a message; a test holds its
// answers against valijson's over every test file.
//
// Ownership: built once per schema, then only read; check() may run on several threads.
// Internal to effleur::core. compile() throws only on allocation failure; check() never throws.

#include <nlohmann/json.hpp>

#include <memory>

namespace effleur::loading {

class QuickSchema {
public:
    enum class Verdict { Valid, Invalid, Unsure };

    // The schema as valijson compiles it (see schemarewrite.h); null when it uses a keyword
    // this check does not know.
    static std::unique_ptr<QuickSchema> compile(const nlohmann::json& schema);

    ~QuickSchema();
    QuickSchema(const QuickSchema&) = delete;
    QuickSchema& operator=(const QuickSchema&) = delete;

    [[nodiscard]] Verdict check(const nlohmann::json& doc) const;

    struct Node; // one subschema; defined in schemafast.cpp

private:
    QuickSchema();
    struct Table;
    std::unique_ptr<Table> table_;
};

} // namespace effleur::loading
