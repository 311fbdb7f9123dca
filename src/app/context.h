#pragma once
// Where protocols are found, and the shared state of the command-line verbs.

#include "app/commands.h"

#include <filesystem>

namespace effleur::app {

// The bundled protocols: $EFFLEUR_PROTOCOLS_DIR, else the installed share folder next to the
// executable, else the source tree the binary was built from.
std::filesystem::path find_bundled_folder();
// $XDG_DATA_HOME/effleur/protocols, or ~/.local/share/effleur/protocols; empty if neither is set.
std::filesystem::path user_protocols_folder();

// Builds the loader over the bundled schema and catalogues. Fails with their errors.
Result<AppContext> make_context();
// Says on stderr that the bundled schema or catalogues cannot be loaded, and why; returns
// exit_failure.
int report_unloadable_bundled(const Diagnostics& errors);

} // namespace effleur::app
