#pragma once
// Loads the shared catalogues of a catalogue folder: sources.json, contraindications.json and
// every diagrams/*.json. Each file is checked against its schema and then for what the schema
// cannot say: unique ids (landmarks and lines within a diagram; lines across all diagrams;
// diagrams, contraindications, sources), and that lines and regions name existing landmarks.
// Internal to effleur::core; never throws. A missing diagrams/ folder means no diagrams.

#include "catalog.h"
#include "diagnostic.h"
#include "schemaset.h"

#include <filesystem>

namespace effleur::loading {

Result<Catalog> load_catalog(const std::filesystem::path& dir, const SchemaSet& schemas);

} // namespace effleur::loading
