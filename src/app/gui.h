#pragma once
// The desktop app: the main window, and `effleur rehearse`. Returns the process exit code.

#include "app/commands.h"

#include <string>
#include <vector>

namespace effleur::app {

struct GuiFlags {
    bool exit_after_first_frame = false; // quit (0) once the main window's first frame is painted
    bool verbose = false;                // log to the console too, at debug level
};

// Splits the app's own flags off `args`; false (with a message on stderr) for an unknown flag.
bool parse_gui_flags(std::vector<std::string>& args, GuiFlags& flags);

// Logging: a rotating file in $XDG_STATE_HOME/effleur (~/.local/state/effleur), plus the
// console with --verbose. Never logs health data: callers log protocol ids and states only.
void setup_logging(bool verbose);

// The application's name, version and ids for Qt, once a QApplication exists: the desktop file
// (app.effleur.Effleur, which gives the window its icon on Wayland) and the window icon. The
// organisation stays "Effleur", so the preferences are where they always were
// (~/.config/Effleur/Effleur.conf).
void set_application_identity();

int start_gui(int argc, char** argv, const AppContext& ctx, const GuiFlags& flags);
// effleur rehearse ID|PATH [--speed X]: straight into a labelled rehearsal, no gate.
int cmd_rehearse(int argc, char** argv, const AppContext& ctx, const std::vector<std::string>& args,
                 const GuiFlags& flags);

} // namespace effleur::app
