#pragma once
// The command-line verbs. Each takes its options as the parser (cli.cpp) filled them in, already
// checked for form, and returns the process exit code (exitcodes.h).

#include "app/exitcodes.h"
#include "core/loader.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace effleur::app {

struct AppContext {
    std::shared_ptr<const Loader> loader;
    std::filesystem::path bundled_folder;       // the bundled protocols
    std::filesystem::path user_folder;          // XDG data dir, effleur/protocols
    std::vector<std::filesystem::path> folders; // scanned in this order
    std::string language = "en"; // protocol texts in this language, English where not given
};

// Finds a protocol by id among the scanned folders, or loads the file at `id_or_path` when it
// names an existing file. On failure writes the located errors to `err` and returns null.
std::shared_ptr<const Protocol> resolve_protocol(const AppContext& ctx,
                                                 const std::string& id_or_path, std::ostream& err);

struct ValidateOptions {
    std::vector<std::string> paths;
    bool library = false;
    bool strict = false;
    bool quiet = false;
};
struct ShowOptions {
    std::string protocol;
    bool json = false;
};
struct RunOptions {
    std::string protocol;
    std::optional<int> stage; // from 1
    double speed = 1.0;
    std::string trace;
};
struct GateOptions {
    std::string protocol;
    std::optional<int> stage; // from 1
    bool dark = false;
};
struct RenderOptions {
    std::string protocol;
    long step = 0;            // from 1, over the whole protocol
    std::optional<double> at; // none: the start of the step, and the output says so
    int width = 1280;
    int height = 800;
    bool dark = false;
    std::string out;
    std::optional<double> animate;
};
struct CardOptions {
    std::string protocol;
    std::string out;
    std::string paper; // "a4", "letter" or "" (from the locale)
};
struct FormatOptions {
    std::vector<std::string> paths;
    bool check = false;
};
struct CourseOptions {
    std::string verb; // due, show, export
    std::string client;
    bool json = false;
    std::string today; // YYYY-MM-DD, or "" for today
    std::filesystem::path ics;
    std::filesystem::path database;
};

int cmd_validate(const AppContext& ctx, const ValidateOptions& o);
int cmd_list(const AppContext& ctx, bool json);
int cmd_show(const AppContext& ctx, const ShowOptions& o);
// A session in the terminal (cmd_run.cpp).
int cmd_run(const AppContext& ctx, const RunOptions& o);
// The contraindication gate in a window: 0 started (the record as JSON on stdout), 3 closed,
// 4 "choose another protocol".
int cmd_gate(const AppContext& ctx, const GateOptions& o);
// A step's diagram at a moment into a PNG (or, with `animate`, in a window with frame-rate and
// CPU figures).
int cmd_render_diagram(const AppContext& ctx, const RenderOptions& o);
// The protocol card as a PDF, offscreen.
int cmd_card(const AppContext& ctx, const CardOptions& o);
// Clients' courses from the journal (cmd_course.cpp).
int cmd_course(int argc, char** argv, const AppContext& ctx, const CourseOptions& o);
// The canonical formatting; needs no loader (cmd_format.cpp).
int cmd_format(const FormatOptions& o);

} // namespace effleur::app
