#pragma once
// The desktop app: the main window, and `effleur rehearse`. Returns the process exit code.

#include "app/commands.h"

#include <optional>
#include <string>

namespace effleur::app {

struct GuiFlags {
    bool exit_after_first_frame = false; // quit (0) once the main window's first frame is painted
    bool verbose = false;                // log to the console too, at debug level
};

// Logging: a rotating file in $XDG_STATE_HOME/effleur (~/.local/state/effleur), plus the
// console with --verbose. Never logs health data: callers log protocol ids and states only.
void setup_logging(bool verbose);

// The application's name, version and ids for Qt, once a QApplication exists: the desktop file
// (app.effleur.Effleur, which gives the window its icon on Wayland). The organisation stays
// "Effleur", so the preferences are where they always were (~/.config/Effleur/Effleur.conf).
void set_application_identity();
// The window icon: the icon theme's, else the one compiled in. Looking it up in the icon theme
// reads the themes' index files (a few milliseconds), so the main window sets it just after its
// first frame.
void set_window_icon();

// Starts reading fontconfig's configuration and font list on a thread of their own, for the
// window about to open: its first text would otherwise wait for them on the main thread. The
// window waits for the reading, if still going, before it lays out any text. Call it before Qt
// connects to the display, which it overlaps, and only when Qt will start: Qt frees fontconfig's
// configuration at its exit. Once per process.
void read_fonts_ahead();

// The app: the library window. Builds its own context (the bundled schemas and catalogues) while
// Qt starts; exits with exit_failure, saying why, when they cannot be loaded.
int start_gui(int argc, char** argv, const std::string& language, const GuiFlags& flags);
struct RehearseOptions {
    std::string protocol;
    double speed = 1.0;
    std::optional<int> stage; // from 1
    std::string from;         // a step id, or "" for the start
    std::string to;           // a step id, or "" for the end
    bool pause_between = false;
    bool hide_next = false;
};
// Straight into a labelled rehearsal, no gate. Builds its own context, as start_gui() does, and
// exits saying why when the protocol cannot be found or the options do not fit it.
int cmd_rehearse(int argc, char** argv, const std::string& language, const RehearseOptions& o,
                 const GuiFlags& flags);

} // namespace effleur::app
