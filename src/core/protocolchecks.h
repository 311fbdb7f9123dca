#pragma once
// What a protocol's schema cannot express, checked on a schema-valid document. Every problem is
// a located diagnostic at the offending value. Internal to effleur::core; nothing here throws
// on any schema-valid document.

#include "catalog.h"
#include "diagnostic.h"
#include "jsonpositions.h"
#include "protocol.h"

#include <nlohmann/json.hpp>

namespace effleur::loading {

// Unique stage and step ids; diagrams, lines, focus regions, contraindications and sources
// resolve against the catalogue; each step's lines are on one listed diagram; citations.
void check_references(const nlohmann::json& doc, const Catalog& catalog, const Locator& where,
                      Diagnostics& out);

// Timing after defaults, stage days, breathing, "suggested" names, ranges, integer sizes.
void check_values(const nlohmann::json& doc, const Locator& where, Diagnostics& out);

// Once mapped: the steps add up to "total_minutes".
void check_total(const nlohmann::json& doc, const Protocol& protocol, const Locator& where,
                 Diagnostics& out);

} // namespace effleur::loading
