#pragma once
// Warnings: what a protocol that loads may still get wrong, found after it has loaded (see
// "Warnings" in docs/protocol-format.md for the rules and their exact definitions).
// Internal to effleur::core. Every diagnostic here has Severity::Warning and is located like an
// error. Error contract: throws only when memory runs out or `doc` is not the text `protocol` was
// loaded from; the loader catches both.

#include "catalog.h"
#include "diagnostic.h"
#include "jsonpositions.h"
#include "protocol.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <vector>

namespace effleur::loading {

// The warnings about one protocol: `doc` is its parsed text, `protocol` what it loaded into.
Diagnostics lint_protocol(const nlohmann::json& doc, const Protocol& protocol,
                          const Catalog& catalog, const Locator& where);

// Catalogue entries (diagram lines, contraindications, sources) that none of `protocols` uses,
// located in the catalogue files under `catalog_dir`. The source the app itself cites (the
// checklist's functional assessment, gate.h) counts as used.
Diagnostics lint_unused(const Catalog& catalog, const std::filesystem::path& catalog_dir,
                        const std::vector<const Protocol*>& protocols);

// Rule "missing-translation" in the contraindication catalogue: an item that a protocol asks
// about has no translation (of its text or details) into a language that protocol lists in
// "languages". Located in `catalog_dir`/contraindications.json, once per text.
Diagnostics lint_catalog_translations(const std::filesystem::path& catalog_dir,
                                      const std::vector<const Protocol*>& protocols);

} // namespace effleur::loading
