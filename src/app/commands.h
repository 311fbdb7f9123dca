#pragma once
// The command-line verbs. Each returns the process exit code:
// 0 success, 1 a protocol problem (invalid, not found), 2 a usage error.

#include "core/loader.h"

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace effleur::app {

struct AppContext {
    std::shared_ptr<const Loader> loader;
    std::filesystem::path bundled_folder;       // the bundled protocols
    std::filesystem::path user_folder;          // XDG data dir, effleur/protocols
    std::vector<std::filesystem::path> folders; // scanned in this order
};

// Finds a protocol by id among the scanned folders, or loads the file at `id_or_path` when it
// names an existing file. On failure writes the located errors to `err` and returns null.
std::shared_ptr<const Protocol> resolve_protocol(const AppContext& ctx,
                                                 const std::string& id_or_path, std::ostream& err);

int cmd_validate(const AppContext& ctx, const std::vector<std::string>& args);
int cmd_list(const AppContext& ctx, const std::vector<std::string>& args);
int cmd_show(const AppContext& ctx, const std::vector<std::string>& args);
// effleur run ID|PATH [--stage N] [--speed X] [--trace FILE]
int cmd_run(const AppContext& ctx, const std::vector<std::string>& args);
// effleur gate ID|PATH [--stage N] [--theme light|dark]: the contraindication gate in a window.
//   0 started (the record as JSON on stdout), 3 closed, 4 "choose another protocol".
int cmd_gate(const AppContext& ctx, const std::vector<std::string>& args);
// effleur render-diagram ID|PATH --step N --at SECONDS [--size WxH] [--theme light|dark]
//   --out FILE.png (or --animate-seconds S: a window, with frame rate and CPU figures)
int cmd_render_diagram(const AppContext& ctx, const std::vector<std::string>& args);
// effleur card ID|PATH --out FILE.pdf [--paper a4|letter]: the protocol card as a PDF, offscreen.
int cmd_card(const AppContext& ctx, const std::vector<std::string>& args);
// effleur course due|show|export: clients' courses from the journal (cmd_course.cpp).
int cmd_course(int argc, char** argv, const AppContext& ctx, const std::vector<std::string>& args);
// effleur format PATH... [--check]: the canonical formatting; needs no loader (cmd_format.cpp).
int cmd_format(const std::vector<std::string>& args);

} // namespace effleur::app
