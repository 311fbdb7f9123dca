#pragma once
// The command line, defined once (cli.cpp): every verb, its options, what each needs, and what it
// runs. `effleur --help`, `effleur VERB --help`, the usage errors and the manual page
// (`effleur --man`, written at build time) are all made from that definition (clitext.cpp).

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace effleur::app {

// Parses the command line and runs the verb it names, or the window when it names none. Returns
// the process exit code (exitcodes.h).
int run_command_line(int argc, char** argv);

namespace cli {

// What CLI11 does not hold itself: an option or argument a verb cannot do without, or, with
// `unless`, exactly one of the two.
struct Need {
    const CLI::Option* option = nullptr;
    const CLI::Option* unless = nullptr;
};

struct Definition {
    const CLI::App* root = nullptr;
    std::vector<Need> needs;
    std::string version;
};

enum class Markup { Plain, Troff };

// "effleur journal pdf"
std::string command_path(const CLI::App* app);
// "run ID|PATH [--stage N] [--speed X] [--trace FILE]", after the command's path.
std::string usage(const Definition& def, const CLI::App* app, Markup markup);
// The usage lines that start a verb's help and every usage error: one for a verb, one per
// subverb for a verb that has them (journal, course).
std::string usage_lines(const Definition& def, const CLI::App* app);
// `effleur --help` and `effleur VERB --help`.
std::string help(const Definition& def, const CLI::App* app);
// The manual page, effleur(1), in troff.
std::string man_page(const Definition& def);

} // namespace cli

} // namespace effleur::app
