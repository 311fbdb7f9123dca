// Effleur: the command-line verbs, and the desktop app when no verb is given.

#include "app/commands.h"
#include "app/context.h"
#include "app/format.h"
#include "app/gui.h"
#include "app/journalverbs.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view help_text = R"(Effleur - a massage-protocol guide and session timer.

Usage:
  effleur [--verbose] [--exit-after-first-frame]
                                       start the app (--verbose: log to the console too)
  effleur rehearse ID|PATH [--speed X] [--stage N] [--from STEP_ID] [--to STEP_ID]
                   [--pause-between] [--hide-next]
                                       practise a protocol in the app: no gate, nothing recorded;
                                       a stage or a range of steps, paused after each step,
                                       the next step hidden to recall it
  effleur validate PATH... | --library [--strict] [--quiet]
                                       check protocol files (or folders of them, or the whole
                                       library and its catalogue) and print errors and warnings;
                                       --strict: warnings fail too
  effleur format PATH... [--check]     rewrite protocol files (or folders of them) in the
                                       canonical formatting; --check only reports, exit 1 if any
                                       would change
  effleur list [--json]                every protocol found, with broken files and their first error
  effleur show ID|PATH [--json]        the stages and steps, with lines, passes and times
  effleur run ID|PATH [--stage N] [--speed X] [--trace FILE]
                                       run a session in the terminal (space pause, n next, b back, q quit)
  effleur gate ID|PATH [--stage N] [--theme light|dark]
                                       answer the contraindication checklist in a window; on Start
                                       session print its record as JSON (exit 0); exit 3 when closed,
                                       4 when "choose another protocol" is chosen
  effleur render-diagram ID|PATH --step N [--at SECONDS] [--size WxH] [--theme light|dark] --out FILE.png
                                       paint a step's diagram at a moment into a PNG
  effleur card ID|PATH --out FILE.pdf [--paper a4|letter]
                                       the protocol card as a PDF of one or two pages: the
                                       diagrams, the steps, the cautions and the course; the paper
                                       from the locale unless --paper is given
  effleur journal list [--client NAME] [--json] | show SESSION [--json]
                | export --csv FILE | --json FILE [--client NAME] | backup FILE | restore FILE
                | pdf SESSION --out FILE.pdf [--paper a4|letter] [--pdfa]
                | course-pdf CLIENT --out FILE.pdf [--protocol ID] [--paper a4|letter]
                                       the session journal (every verb also takes --database FILE);
                                       pdf: a session's summary to print or keep (--pdfa: PDF/A-1b);
                                       course-pdf: a client's course sheets, to tick and sign
  effleur course due [--json] | show CLIENT [--json] | export --ics FILE [--client NAME]
                                       clients' courses: who is due (overdue, today, this week),
                                       a client's courses with the plan's findings, the planned
                                       sessions as iCalendar (also --today YYYY-MM-DD, --database FILE)
  effleur --version                    print the version
  effleur --help                       print this help; effleur VERB --help: that verb's options

Protocols are read from the bundled folder and from $XDG_DATA_HOME/effleur/protocols
(~/.local/share/effleur/protocols). EFFLEUR_PROTOCOLS_DIR overrides the bundled folder.

Exit codes: 0 success, 1 an invalid or missing protocol, 2 a usage error.
)";

// `effleur VERB --help`: every option the verb accepts.
struct VerbHelp {
    std::string_view verb;
    std::string_view text;
};
constexpr VerbHelp verb_help[] = {
    {"rehearse", R"(usage: effleur rehearse ID|PATH [options]
Practise a protocol in the app: no checklist, nothing recorded.
  --speed X              run X times as fast (more than 0; 1 is real time)
  --stage N              only stage (or day) N, from 1
  --from STEP_ID         begin at this step (effleur show ID lists the step ids)
  --to STEP_ID           end after this step
  --pause-between        pause after each step
  --hide-next            hide the next step, to recall it
  --verbose              log to the console too
  --exit-after-first-frame
                         quit once the first frame is painted
)"},
    {"validate", R"(usage: effleur validate PATH... | --library [--strict] [--quiet]
Check protocol files, or folders of them, and print each problem as file:line:col.
  --library              check the whole library instead: the bundled protocols, yours, and
                         the catalogue entries no protocol uses
  --strict               warnings fail too (exit 1)
  --quiet, -q            print only problems and, if there are any, the count
Exit codes: 0 all valid, 1 any invalid or missing, 2 a usage error.
)"},
    {"format", R"(usage: effleur format PATH... [--check]
Rewrite protocol files (or every *.json in a folder) in the canonical formatting.
  --check                only report the files that would change (exit 1 if any)
)"},
    {"list", R"(usage: effleur list [--json]
Every protocol found, with broken files and their first error.
  --json                 as JSON
)"},
    {"show", R"(usage: effleur show ID|PATH [--json]
The stages and steps with their ids, lines, sides, passes and times.
  --json                 as JSON
)"},
    {"run", R"(usage: effleur run ID|PATH [--stage N] [--speed X] [--trace FILE]
Run a session in the terminal: space pause, n next, b back, q quit.
  --stage N              only stage (or day) N, from 1
  --speed X              run X times as fast (more than 0; 1 is real time)
  --trace FILE           write every event as a line of JSON to FILE
At the end it prints the session time (at the session's speed, without pauses) and the wall time.
)"},
    {"gate", R"(usage: effleur gate ID|PATH [--stage N] [--theme light|dark]
Answer the contraindication checklist in a window.
  --stage N              the checklist of stage (or day) N, from 1
  --theme light|dark     the window's colours
Exit codes: 0 Start session (the record as JSON on stdout), 3 closed, 4 "choose another protocol".
)"},
    {"render-diagram",
     R"(usage: effleur render-diagram ID|PATH --step N [--at SECONDS] [options] --out FILE.png
       effleur render-diagram ID|PATH --step N --animate-seconds S [options]
Paint a step's diagram at a moment into a PNG, and say what was written.
  --step N               the step, numbered as effleur show numbers them, from 1
  --at SECONDS           protocol time into the step (default 0, the start of the step)
  --size WxH             the picture's size (default 1280x800; 64 to 8192 each)
  --theme light|dark     the colours (default light)
  --out FILE.png         where to write it
  --animate-seconds S    show it animating in a window for S seconds instead, and print the
                         frame rate and the CPU time
)"},
    {"card", R"(usage: effleur card ID|PATH --out FILE.pdf [--paper a4|letter]
The protocol card as a PDF of one or two pages.
  --out FILE.pdf         where to write it
  --paper a4|letter      the paper (default: from the locale)
)"},
    {"journal", R"(usage: effleur journal list [--client NAME] [--json]
       effleur journal show SESSION [--json]
       effleur journal export --csv FILE | --json FILE [--client NAME]
       effleur journal backup FILE | restore FILE
       effleur journal pdf SESSION --out FILE.pdf [--paper a4|letter] [--pdfa]
       effleur journal course-pdf CLIENT --out FILE.pdf [--protocol ID] [--paper a4|letter]
The session journal.
  --client NAME          only this client's sessions
  --json                 as JSON (list, show); with a FILE, export to it as JSON
  --csv FILE             export as CSV
  --out FILE.pdf         where pdf and course-pdf write
  --paper a4|letter      the paper (default: from the locale)
  --pdfa                 write PDF/A-1b, for records that must be archived
  --protocol ID          course-pdf: only this protocol's course
  --database FILE        use this journal file instead of the usual one
)"},
    {"course", R"(usage: effleur course due [--json]
       effleur course show CLIENT [--json]
       effleur course export --ics FILE [--client NAME]
Clients' courses, from the journal and the protocols' plans.
  --json                 as JSON
  --ics FILE             export the planned sessions as iCalendar
  --client NAME          only this client
  --today YYYY-MM-DD     work it out as of another day
  --database FILE        use this journal file instead of the usual one
)"},
};

// effleur journal ...: see journalverbs.h.
int journal_main(int argc, char** argv, const std::vector<std::string>& args) {
    effleur::app::JournalOptions o;
    auto usage = [](const std::string& why) {
        std::cerr << "effleur journal: " << why << " (see effleur --help)\n";
        return effleur::app::exit_usage;
    };
    if (args.empty())
        return usage("which: list, show, export, backup, restore, pdf or course-pdf?");
    o.verb = args[0];
    std::vector<std::string> positional;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--json" && o.verb != "export")
            o.json = true;
        else if (a == "--client" && value(v))
            o.client = v;
        else if (a == "--database" && value(v))
            o.database = v;
        else if (a == "--csv" && value(v))
            o.csv = v;
        else if (a == "--json" && value(v))
            o.json_file = v;
        else if (a == "--out" && value(v))
            o.out = v;
        else if (a == "--paper" && value(v))
            o.paper = v;
        else if (a == "--protocol" && o.verb == "course-pdf" && value(v))
            o.protocol = v;
        else if (a == "--pdfa" && o.verb == "pdf")
            o.pdfa = true;
        else if (!a.empty() && a[0] == '-')
            return usage("unknown or incomplete option \"" + a + "\"");
        else
            positional.push_back(a);
    }
    if (o.verb == "show" || o.verb == "pdf") {
        if (positional.size() != 1)
            return usage(o.verb + " needs one session number");
        try {
            o.session = std::stoll(positional[0]);
        } catch (const std::exception&) {
            return usage("\"" + positional[0] + "\" is not a session number");
        }
        if (o.verb == "pdf" && o.out.empty())
            return usage("pdf needs --out FILE.pdf");
        if (o.verb == "pdf" && !o.paper.empty() && o.paper != "a4" && o.paper != "letter")
            return usage("--paper must be a4 or letter");
    } else if (o.verb == "course-pdf") {
        if (positional.size() != 1)
            return usage("course-pdf needs one client (a number or a name)");
        o.client = positional[0];
        if (o.out.empty())
            return usage("course-pdf needs --out FILE.pdf");
        if (!o.paper.empty() && o.paper != "a4" && o.paper != "letter")
            return usage("--paper must be a4 or letter");
    } else if (o.verb == "backup" || o.verb == "restore") {
        if (positional.size() != 1)
            return usage(o.verb + " needs one file");
        o.file = positional[0];
    } else if (o.verb == "export") {
        if (o.csv.empty() == o.json_file.empty() || !positional.empty())
            return usage("export needs --csv FILE or --json FILE");
    } else if (!positional.empty()) {
        return usage("unexpected \"" + positional[0] + "\"");
    }
    return effleur::app::run_journal(argc, argv, o);
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
        std::cout << help_text;
        return 0;
    }
    if (!args.empty() && args[0] == "--version") {
        std::cout << "effleur " << EFFLEUR_VERSION << '\n';
        return 0;
    }
    // effleur VERB --help (or -h): that verb's options, wherever --help stands after the verb.
    if (!args.empty()) {
        for (const VerbHelp& h : verb_help) {
            if (args[0] == h.verb &&
                std::any_of(args.begin() + 1, args.end(),
                            [](const std::string& a) { return a == "--help" || a == "-h"; })) {
                std::cout << h.text;
                return 0;
            }
        }
    }
    effleur::app::GuiFlags gui_flags;
    effleur::app::parse_gui_flags(args, gui_flags);
    spdlog::set_level(spdlog::level::warn);

    const std::string verb = args.empty() ? std::string{} : args[0];
    // An option before the verb that the app does not know is a usage error, never a window
    // that does not return; Qt's own single-dash options (-platform, -style) still reach Qt.
    if (verb.size() > 2 && verb.starts_with("--")) {
        std::cerr << "effleur: unknown option \"" << verb << "\" (see effleur --help)\n";
        return 2;
    }
    const bool gui = verb.empty() || (verb.size() > 1 && verb[0] == '-');
    if (verb == "journal") {
        return journal_main(argc, argv, std::vector<std::string>(args.begin() + 1, args.end()));
    }
    if (verb == "format") {
        return effleur::app::cmd_format(std::vector<std::string>(args.begin() + 1, args.end()));
    }
    if (!gui && verb != "validate" && verb != "list" && verb != "show" && verb != "run" &&
        verb != "render-diagram" && verb != "card" && verb != "gate" && verb != "rehearse" &&
        verb != "course") {
        std::cerr << "effleur: unknown command \"" << verb << "\" (see effleur --help)\n";
        return 2;
    }

    auto ctx = effleur::app::make_context();
    if (!ctx) {
        std::cerr << "effleur: the bundled protocol schema or catalogues cannot be loaded:\n";
        for (const auto& d : ctx.errors()) {
            std::cerr << d.to_string() << '\n';
        }
        return 1;
    }
    const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
    if (verb == "validate") {
        return effleur::app::cmd_validate(ctx.value(), rest);
    }
    if (verb == "list") {
        return effleur::app::cmd_list(ctx.value(), rest);
    }
    if (verb == "show") {
        return effleur::app::cmd_show(ctx.value(), rest);
    }
    if (verb == "run") {
        return effleur::app::cmd_run(ctx.value(), rest);
    }
    if (verb == "gate") {
        return effleur::app::cmd_gate(ctx.value(), rest);
    }
    if (verb == "render-diagram") {
        return effleur::app::cmd_render_diagram(ctx.value(), rest);
    }
    if (verb == "card") {
        return effleur::app::cmd_card(ctx.value(), rest);
    }
    if (verb == "course") {
        return effleur::app::cmd_course(argc, argv, ctx.value(), rest);
    }
    effleur::app::setup_logging(gui_flags.verbose);
    if (verb == "rehearse") {
        return effleur::app::cmd_rehearse(argc, argv, ctx.value(), rest, gui_flags);
    }
    return effleur::app::start_gui(argc, argv, ctx.value(), gui_flags);
}
