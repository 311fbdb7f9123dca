#pragma once
// Maps a protocol document that has passed its schema and the semantic checks into a Protocol:
// defaults applied, suggestions inherited, every step's diagram worked out.
// Internal to effleur::core; does not throw on any schema-valid document.

#include "catalog.h"
#include "protocol.h"

#include <nlohmann/json.hpp>

#include <string>

namespace effleur::loading {

Protocol map_protocol(const nlohmann::json& doc, const Catalog& catalog);

// The diagram a step is drawn on: that of its first line, else its stage's "diagram", else the
// protocol's first. Empty when none resolves (the checks report that).
std::string step_diagram(const nlohmann::json& step, const nlohmann::json& stage,
                         const nlohmann::json& doc, const Catalog& catalog);

// The line id of a line reference: "id" or {"line": "id", ...}.
std::string line_ref_id(const nlohmann::json& ref);

// An integer field as an int; values outside int are reported by the checks first.
int to_int(const nlohmann::json& value);

} // namespace effleur::loading
