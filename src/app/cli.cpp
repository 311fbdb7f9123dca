// The command line, defined once: every verb with its options, what it needs, and what it runs.
// CLI11 parses; the help, the usage errors and the manual page are written from this definition
// (clitext.cpp); the exit codes come from exitcodes.h.

#include "app/cli.h"

#include "app/commands.h"
#include "app/context.h"
#include "app/gui.h"
#include "app/journalverbs.h"
#include "core/course.h"
#include "core/diagnostic.h"
#include "core/stepengine.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>

namespace effleur::app {

namespace {

using Check = std::function<std::string(const std::string&)>;

std::string in_quotes(const std::string& value) {
    return "\"" + printable(value) + "\"";
}

std::optional<long> whole_number(const std::string& v) {
    long n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size()) {
        return std::nullopt;
    }
    return n;
}

std::optional<double> real_number(const std::string& v) {
    if (v.empty()) {
        return std::nullopt;
    }
    char* end = nullptr;
    const double x = std::strtod(v.c_str(), &end);
    if (end != v.c_str() + v.size() || !std::isfinite(x)) {
        return std::nullopt;
    }
    return x;
}

const Check stage_number = [](const std::string& v) -> std::string {
    const auto n = whole_number(v);
    return n && *n >= 1 && *n <= 1000000 ? std::string()
                                         : "wants a stage number from 1, not " + in_quotes(v);
};
const Check step_number = [](const std::string& v) -> std::string {
    const auto n = whole_number(v);
    return n && *n >= 1 ? std::string() : "must be a whole number from 1, not " + in_quotes(v);
};
const Check speed_factor = [](const std::string& v) -> std::string {
    const auto x = real_number(v);
    return x && speed_to_milli(*x)
               ? std::string()
               : "must be a number more than 0 and at most 1000, not " + in_quotes(v);
};
const Check seconds = [](const std::string& v) -> std::string {
    const auto x = real_number(v);
    return x && *x >= 0 ? std::string() : "must be seconds, 0 or more, not " + in_quotes(v);
};
const Check light_or_dark = [](const std::string& v) -> std::string {
    return v == "light" || v == "dark" ? std::string()
                                       : "must be light or dark, not " + in_quotes(v);
};
// Checks the paper and writes it in lower case.
CLI::Validator a4_or_letter() {
    return CLI::Validator(
        [](std::string& v) -> std::string {
            if (v == "A4" || v == "Letter") {
                v[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(v[0])));
            }
            return v == "a4" || v == "letter" ? std::string()
                                              : "must be a4 or letter, not " + in_quotes(v);
        },
        "");
}
const Check picture_size = [](const std::string& v) -> std::string {
    const auto x = v.find('x');
    const auto w = whole_number(v.substr(0, x));
    const auto h = x == std::string::npos ? std::nullopt : whole_number(v.substr(x + 1));
    return w && h && *w >= 64 && *h >= 64 && *w <= 8192 && *h <= 8192
               ? std::string()
               : "must be WxH, 64 to 8192 each, not " + in_quotes(v);
};
const Check session_number = [](const std::string& v) -> std::string {
    const auto n = whole_number(v);
    return n && *n >= 1 ? std::string() : in_quotes(v) + " is not a session number";
};
const Check iso_date = [](const std::string& v) -> std::string {
    return date_from_iso(v) ? std::string() : "needs a date as YYYY-MM-DD, not " + in_quotes(v);
};

// "ru", "pt_BR", "uk-UA", "pl_PL.UTF-8": the language, lower case; nullopt if it is none.
std::optional<std::string> language_of(const std::string& v) {
    std::string lang;
    for (const char c : v) {
        if (c == '_' || c == '-' || c == '.' || c == '@') {
            break;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) == 0) {
            return std::nullopt;
        }
        lang += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (lang.size() < 2 || lang.size() > 3) {
        return std::nullopt;
    }
    return lang;
}

const Check language_code = [](const std::string& v) -> std::string {
    return language_of(v) ? std::string()
                          : "wants a language code such as en, ru, uk or pl, not " + in_quotes(v);
};

// The language of the locale, as the C library reads it: LC_ALL, then LC_MESSAGES, then LANG.
std::string locale_language() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') {
            continue;
        }
        return language_of(value).value_or("en"); // C, POSIX: English
    }
    return "en";
}

class CommandLine {
public:
    CommandLine(int argc, char** argv);
    int run();

private:
    struct Verb {
        CLI::App* app;
        std::function<int()> run;
    };

    CLI::App* verb(CLI::App* parent, const std::string& name, const std::string& description,
                   const std::string& footer = {});
    CLI::Option* protocol(CLI::App* app, std::string& into);
    void needs(const CLI::Option* option, const CLI::Option* unless = nullptr) {
        def_.needs.push_back({option, unless});
    }
    void window_flags(CLI::App* app);
    void define();
    void define_journal();
    void define_course();

    int usage_error(const CLI::App* app, const std::string& message) const;
    const CLI::App* chosen() const;
    std::optional<int> check_extras();
    std::optional<int> check_needs();
    int with_context(const std::function<int(const AppContext&)>& run) const;

    int argc_;
    char** argv_;
    CLI::App root_{"a massage-protocol guide and session timer", "effleur"};
    cli::Definition def_;
    std::vector<Verb> verbs_;

    std::string language_;
    bool version_ = false;
    bool man_ = false;
    GuiFlags gui_;
    RehearseOptions rehearse_;
    ValidateOptions validate_;
    FormatOptions format_;
    bool list_json_ = false;
    ShowOptions show_;
    RunOptions run_;
    GateOptions gate_;
    RenderOptions render_;
    CardOptions card_;
    JournalOptions journal_;
    std::string journal_session_;
    CourseOptions course_;
};

// Help for a verb: CLI11 asks its formatter, which is ours.
class Formatter : public CLI::FormatterBase {
public:
    explicit Formatter(const cli::Definition& def) : def_(def) {}
    std::string make_help(const CLI::App* app, std::string, CLI::AppFormatMode) const override {
        return cli::help(def_, app);
    }

private:
    const cli::Definition& def_;
};

CommandLine::CommandLine(int argc, char** argv) : argc_(argc), argv_(argv) {
    def_.root = &root_;
    def_.version = EFFLEUR_VERSION;
    root_.formatter(std::make_shared<Formatter>(def_));
    root_.set_help_flag("-h,--help", "print this help");
    // Unknown words are collected, not thrown, so that each gets its own clear message, and so
    // that Qt's own options (-platform, -style) reach the window.
    root_.allow_extras();
    define();
}

CLI::App* CommandLine::verb(CLI::App* parent, const std::string& name,
                            const std::string& description, const std::string& footer) {
    CLI::App* app = parent->add_subcommand(name, description);
    // What the verb does not know goes to the one above: --lang, journal's --database, and the
    // unknown words that are then reported.
    app->fallthrough();
    app->footer(footer);
    return app;
}

CLI::Option* CommandLine::protocol(CLI::App* app, std::string& into) {
    CLI::Option* opt = app->add_option("protocol", into, "a protocol's id (effleur list) or file")
                           ->type_name("ID|PATH");
    needs(opt);
    return opt;
}

void CommandLine::window_flags(CLI::App* app) {
    app->add_flag("--verbose", gui_.verbose, "log to the console too")->group("Window");
    app->add_flag("--exit-after-first-frame", gui_.exit_after_first_frame,
                  "quit once the first frame of the window is on the screen, printing when "
                  "(the monotonic clock's time in ms, for benchmarks)")
        ->group("Window");
}

void CommandLine::define() {
    root_.footer("Protocols are read from the bundled folder and from "
                 "$XDG_DATA_HOME/effleur/protocols (~/.local/share/effleur/protocols). "
                 "EFFLEUR_PROTOCOLS_DIR overrides the bundled folder.");
    window_flags(&root_);
    root_
        .add_option("--lang", language_,
                    "the protocols' texts in this language (en, ru, uk, pl, ...) where they have "
                    "it, English where not; without it, the language of LC_ALL, LC_MESSAGES or "
                    "LANG")
        ->type_name("CODE")
        ->check(language_code)
        ->group("Every verb");
    root_.add_flag("--version", version_, "print the version")->group("Options");
    root_.add_flag("--man", man_, "write the manual page in troff")->group("");

    CLI::App* rehearse = verb(&root_, "rehearse",
                              "practise a protocol in the app: no checklist, clearly labelled, "
                              "nothing recorded; a stage or a range of steps, a pause after "
                              "each step, the next step hidden to recall it",
                              "An unknown step id exits 2.");
    protocol(rehearse, rehearse_.protocol);
    rehearse->add_option("--speed", rehearse_.speed, "run X times as fast (1 is real time)")
        ->type_name("X")
        ->check(speed_factor);
    rehearse
        ->add_option_function<int>(
            "--stage", [this](const int& n) { rehearse_.stage = n; },
            "only stage (or day) N, from 1")
        ->type_name("N")
        ->check(stage_number);
    rehearse
        ->add_option("--from", rehearse_.from,
                     "begin at this step (effleur show ID lists the step ids)")
        ->type_name("STEP_ID");
    rehearse->add_option("--to", rehearse_.to, "end after this step")->type_name("STEP_ID");
    rehearse->add_flag("--pause-between", rehearse_.pause_between, "pause after each step");
    rehearse->add_flag("--hide-next", rehearse_.hide_next, "hide the next step, to recall it");
    window_flags(rehearse);
    verbs_.push_back({rehearse, [this] {
                          setup_logging(gui_.verbose);
                          return cmd_rehearse(argc_, argv_, language_, rehearse_, gui_);
                      }});

    CLI::App* validate = verb(
        &root_, "validate",
        "check protocol files (or folders of them, or the whole library and its catalogue) and "
        "print each problem as file:line:col: /json/pointer: what was expected and what was found",
        "Warnings are printed as file:line:col: /pointer: warning: ... (a step without a spoken "
        "cue, a duration neither cited nor marked suggested, a line worked against its usual "
        "direction without a note, a catalogue entry no protocol uses). A folder is scanned as "
        "the app scans one: a link out of it, a pipe or a device is refused, and a folder with "
        "no *.json file is an error.");
    CLI::Option* paths =
        validate->add_option("paths", validate_.paths, "protocol files or folders of them")
            ->type_name("PATH");
    CLI::Option* library = validate->add_flag(
        "--library", validate_.library,
        "check the whole library instead: the bundled protocols, yours, and the catalogue "
        "entries no protocol uses");
    needs(paths, library);
    validate->add_flag("--strict", validate_.strict, "warnings fail too (exit 1)");
    validate->add_flag("--quiet,-q", validate_.quiet,
                       "print only problems and, if there are any, the count");
    verbs_.push_back({validate, [this] {
                          return with_context([this](const AppContext& ctx) {
                              return cmd_validate(ctx, validate_);
                          });
                      }});

    CLI::App* format = verb(
        &root_, "format",
        "rewrite protocol files (or every *.json in a folder) in the canonical formatting, each "
        "by an atomic save",
        "A file with a syntax error is reported as file:line:col (exit 1) and the others are "
        "still done; a file whose canonical text would be over 16 MiB, which the app refuses to "
        "read, is left unchanged with an error (exit 1). Needs no bundled protocols.");
    needs(format->add_option("paths", format_.paths, "protocol files or folders of them")
              ->type_name("PATH"));
    format->add_flag("--check", format_.check,
                     "only print would reformat FILE for each file that would change (exit 1 "
                     "if any would)");
    verbs_.push_back({format, [this] { return cmd_format(format_); }});

    CLI::App* list = verb(&root_, "list",
                          "every protocol found, with id, title, region, audience, step count "
                          "and total time; broken files with their first error");
    list->add_flag("--json", list_json_, "as JSON");
    verbs_.push_back({list, [this] {
                          return with_context(
                              [this](const AppContext& ctx) { return cmd_list(ctx, list_json_); });
                      }});

    CLI::App* show = verb(&root_, "show",
                          "the stages and steps, with each step's id (which rehearse --from and "
                          "--to take), lines, sides, passes and times, and what comes from "
                          "which source");
    protocol(show, show_.protocol);
    show->add_flag("--json", show_.json, "as JSON");
    verbs_.push_back({show, [this] {
                          return with_context(
                              [this](const AppContext& ctx) { return cmd_show(ctx, show_); });
                      }});

    CLI::App* run = verb(
        &root_, "run",
        "run a session in the terminal with a live countdown: space pauses, n next step, b back, "
        "q quits",
        "At the end it prints the session time (at the session's speed, without pauses) and the "
        "wall time.");
    protocol(run, run_.protocol);
    run->add_option_function<int>(
           "--stage", [this](const int& n) { run_.stage = n; }, "only stage (or day) N, from 1")
        ->type_name("N")
        ->check(stage_number);
    run->add_option("--speed", run_.speed, "run X times as fast (1 is real time)")
        ->type_name("X")
        ->check(speed_factor);
    run->add_option("--trace", run_.trace, "write every event as a line of JSON to FILE")
        ->type_name("FILE");
    verbs_.push_back({run, [this] {
                          return with_context(
                              [this](const AppContext& ctx) { return cmd_run(ctx, run_); });
                      }});

    CLI::App* gate = verb(&root_, "gate",
                          "answer a protocol's contraindication checklist in a window; on Start "
                          "session print its record as JSON");
    protocol(gate, gate_.protocol);
    gate->add_option_function<int>(
            "--stage", [this](const int& n) { gate_.stage = n; },
            "the checklist of stage (or day) N, from 1")
        ->type_name("N")
        ->check(stage_number);
    gate->add_option_function<std::string>(
            "--theme", [this](const std::string& v) { gate_.dark = v == "dark"; },
            "the window's colours")
        ->type_name("light|dark")
        ->check(light_or_dark);
    verbs_.push_back({gate, [this] {
                          return with_context(
                              [this](const AppContext& ctx) { return cmd_gate(ctx, gate_); });
                      }});

    CLI::App* render = verb(
        &root_, "render-diagram",
        "paint a step's diagram at a moment into a PNG, offscreen (a preview for authors), and "
        "say what was written: the file, the step, the moment, the size and the theme");
    protocol(render, render_.protocol);
    needs(render
              ->add_option("--step", render_.step,
                           "the step, numbered over the whole protocol as effleur show numbers "
                           "them, from 1")
              ->type_name("N")
              ->check(step_number));
    render
        ->add_option_function<double>(
            "--at", [this](const double& s) { render_.at = s; },
            "protocol time into the step (default 0, the start of the step)")
        ->type_name("SECONDS")
        ->check(seconds);
    render
        ->add_option_function<std::string>(
            "--size",
            [this](const std::string& v) {
                const auto x = v.find('x');
                render_.width = static_cast<int>(*whole_number(v.substr(0, x)));
                render_.height = static_cast<int>(*whole_number(v.substr(x + 1)));
            },
            "the picture's size (default 1280x800; 64 to 8192 each)")
        ->type_name("WxH")
        ->check(picture_size);
    render
        ->add_option_function<std::string>(
            "--theme", [this](const std::string& v) { render_.dark = v == "dark"; },
            "the colours (default light)")
        ->type_name("light|dark")
        ->check(light_or_dark);
    CLI::Option* out =
        render->add_option("--out", render_.out, "where to write it")->type_name("FILE.png");
    CLI::Option* animate =
        render
            ->add_option_function<double>(
                "--animate-seconds", [this](const double& s) { render_.animate = s; },
                "show it animating in a window for S seconds instead, and print the frame rate "
                "and the CPU time")
            ->type_name("S")
            ->check(seconds);
    needs(out, animate);
    verbs_.push_back({render, [this] {
                          return with_context([this](const AppContext& ctx) {
                              return cmd_render_diagram(ctx, render_);
                          });
                      }});

    CLI::App* card =
        verb(&root_, "card",
             "the protocol card as a PDF of one or two pages, with no display: the diagrams with "
             "every line numbered, the steps, the rules and cautions, the contraindications, the "
             "course and the sources",
             "Exits 1 for a protocol not found or a file that cannot be written.");
    protocol(card, card_.protocol);
    needs(card->add_option("--out", card_.out, "where to write it")->type_name("FILE.pdf"));
    card->add_option("--paper", card_.paper, "the paper (default: from the locale)")
        ->type_name("a4|letter")
        ->transform(a4_or_letter());
    verbs_.push_back({card, [this] {
                          return with_context(
                              [this](const AppContext& ctx) { return cmd_card(ctx, card_); });
                      }});

    define_journal();
    define_course();
}

void CommandLine::define_journal() {
    CLI::App* journal =
        verb(&root_, "journal",
             "the session journal: clients and every client session in a private SQLite file",
             "Tables and JSON: docs/journal.md.");
    journal
        ->add_option("--database", journal_.database,
                     "use this journal file instead of the usual one")
        ->type_name("FILE");
    auto runs = [this](CLI::App* sub) {
        verbs_.push_back({sub, [this, sub] {
                              journal_.verb = sub->get_name();
                              if (!journal_session_.empty()) {
                                  journal_.session = *whole_number(journal_session_);
                              }
                              journal_.language = language_;
                              return run_journal(argc_, argv_, journal_);
                          }});
    };
    auto paper = [this](CLI::App* sub) {
        sub->add_option("--paper", journal_.paper, "the paper (default: from the locale)")
            ->type_name("a4|letter")
            ->transform(a4_or_letter());
    };

    CLI::App* list = verb(journal, "list", "the sessions, newest first, or one client's");
    list->add_option("--client", journal_.client, "only the sessions of clients with this name")
        ->type_name("NAME");
    list->add_flag("--json", journal_.json, "as JSON");
    runs(list);

    CLI::App* show = verb(journal, "show",
                          "one session: its checklist answers, the steps as they really ran, "
                          "notes and marks");
    needs(show->add_option("session", journal_session_, "the session's number (journal list)")
              ->type_name("SESSION")
              ->check(session_number));
    show->add_flag("--json", journal_.json, "as JSON");
    runs(show);

    CLI::App* exp = verb(journal, "export", "the journal, or one client's sessions, as CSV or JSON",
                         "CSV writes FILE and FILE-steps.csv beside it.");
    CLI::Option* csv =
        exp->add_option("--csv", journal_.csv, "write CSV to FILE")->type_name("FILE");
    CLI::Option* json =
        exp->add_option("--json", journal_.json_file, "write JSON to FILE")->type_name("FILE");
    needs(csv, json);
    exp->add_option("--client", journal_.client, "only the clients with this name")
        ->type_name("NAME");
    runs(exp);

    CLI::App* backup = verb(journal, "backup", "copy the journal into FILE");
    needs(backup->add_option("file", journal_.file, "the copy to write")->type_name("FILE"));
    runs(backup);

    CLI::App* restore = verb(journal, "restore",
                             "check FILE and make it the journal, keeping the journal it "
                             "replaces beside it (.before-restore)");
    needs(restore->add_option("file", journal_.file, "a backup")->type_name("FILE"));
    runs(restore);

    CLI::App* pdf = verb(journal, "pdf",
                         "a session's summary as a PDF to print or keep: the checklist's "
                         "answers, the steps as they ran, the notes, the findings drawn on the "
                         "diagram and lines to sign",
                         "A private file (owner only), written whole or not at all. Exits 1 for "
                         "a session not found or a file that cannot be written.");
    needs(pdf->add_option("session", journal_session_, "the session's number (journal list)")
              ->type_name("SESSION")
              ->check(session_number));
    needs(pdf->add_option("--out", journal_.out, "where to write it")->type_name("FILE.pdf"));
    paper(pdf);
    pdf->add_flag("--pdfa", journal_.pdfa, "write PDF/A-1b, for records that must be archived");
    runs(pdf);

    CLI::App* course_pdf =
        verb(journal, "course-pdf",
             "a client's course sheets, one page each: the sessions held and planned with their "
             "dates, boxes to tick and room to sign");
    needs(course_pdf
              ->add_option("client", journal_.client,
                           "the client's number, or a name that finds one client")
              ->type_name("CLIENT"));
    needs(
        course_pdf->add_option("--out", journal_.out, "where to write it")->type_name("FILE.pdf"));
    course_pdf->add_option("--protocol", journal_.protocol, "only this protocol's course")
        ->type_name("ID");
    paper(course_pdf);
    runs(course_pdf);
}

void CommandLine::define_course() {
    CLI::App* course =
        verb(&root_, "course", "clients' courses, from the journal and the protocols' plans",
             "JSON: docs/journal.md.");
    course
        ->add_option("--database", course_.database,
                     "use this journal file instead of the usual one")
        ->type_name("FILE");
    course->add_option("--today", course_.today, "work it out as of another day")
        ->type_name("YYYY-MM-DD")
        ->check(iso_date);
    auto runs = [this](CLI::App* sub) {
        verbs_.push_back({sub, [this, sub] {
                              course_.verb = sub->get_name();
                              return with_context([this](const AppContext& ctx) {
                                  return cmd_course(argc_, argv_, ctx, course_);
                              });
                          }});
    };

    CLI::App* due = verb(course, "due",
                         "who is overdue, due today and due in the next 6 days, with the "
                         "session (and the complex's day) due");
    due->add_flag("--json", course_.json, "as JSON");
    runs(due);

    CLI::App* show = verb(course, "show",
                          "a client's courses: the sessions done against the plan, the next one "
                          "and when it is due, what the plan says, and the planned dates");
    needs(
        show->add_option("client", course_.client, "a name, or part of one")->type_name("CLIENT"));
    show->add_flag("--json", course_.json, "as JSON");
    runs(show);

    CLI::App* exp = verb(course, "export", "the planned sessions as an iCalendar file");
    needs(exp->add_option("--ics", course_.ics, "write iCalendar to FILE")->type_name("FILE"));
    exp->add_option("--client", course_.client, "only the clients with this name")
        ->type_name("NAME");
    runs(exp);
}

int CommandLine::usage_error(const CLI::App* app, const std::string& message) const {
    const CLI::App* shown = app == nullptr ? &root_ : app;
    std::cerr << cli::command_path(shown) << ": " << message << '\n';
    if (shown != &root_) {
        std::cerr << cli::usage_lines(def_, shown);
    }
    std::cerr << "(see " << cli::command_path(shown) << " --help)\n";
    return exit_usage;
}

// The innermost verb named on the command line, or null.
const CLI::App* CommandLine::chosen() const {
    const CLI::App* at = nullptr;
    for (auto subs = root_.get_subcommands(); !subs.empty();
         subs = subs.front()->get_subcommands()) {
        at = subs.front();
    }
    return at;
}

std::optional<int> CommandLine::check_extras() {
    std::vector<std::string> extras = root_.remaining(true);
    std::erase(extras, "--");
    if (extras.empty()) {
        return std::nullopt;
    }
    const CLI::App* at = chosen();
    if (at == nullptr) {
        // Qt's own options (-platform offscreen, -style fusion) and their values open the window
        // as they always did.
        bool qt_only = true;
        bool after_qt_option = false;
        for (const std::string& e : extras) {
            const bool single_dash = e.size() > 1 && e[0] == '-' && e[1] != '-';
            qt_only = qt_only && (single_dash || (after_qt_option && e[0] != '-'));
            after_qt_option = single_dash;
        }
        if (qt_only) {
            return std::nullopt;
        }
    }
    const std::string& e = extras.front();
    if (e.size() > 1 && e[0] == '-') {
        return usage_error(at, "unknown option " + in_quotes(e));
    }
    if (at == nullptr || !at->get_subcommands([](const CLI::App*) { return true; }).empty()) {
        return usage_error(at, "unknown command " + in_quotes(e));
    }
    return usage_error(at, "unexpected " + in_quotes(e));
}

std::optional<int> CommandLine::check_needs() {
    const CLI::App* at = chosen();
    if (at == nullptr) {
        return std::nullopt;
    }
    const auto subverbs = at->get_subcommands([](const CLI::App*) { return true; });
    if (!subverbs.empty()) {
        std::string names;
        for (const CLI::App* s : subverbs) {
            names += (names.empty() ? "" : s == subverbs.back() ? " or " : ", ") + s->get_name();
        }
        return usage_error(at, "which: " + names + "?");
    }
    auto words = [](const CLI::Option* o) {
        if (o->get_positional()) {
            return o->get_type_name();
        }
        return "--" + o->get_lnames().front() +
               (o->get_type_name().empty() ? std::string() : " " + o->get_type_name());
    };
    for (const cli::Need& n : def_.needs) {
        const CLI::App* owner = nullptr;
        for (const CLI::App* a = at; a != nullptr; a = a->get_parent()) {
            const auto opts = a->get_options();
            if (std::find(opts.begin(), opts.end(), n.option) != opts.end()) {
                owner = a;
            }
        }
        if (owner == nullptr) {
            continue;
        }
        const bool given = n.option->count() > 0;
        const bool other = n.unless != nullptr && n.unless->count() > 0;
        if (!given && !other) {
            return usage_error(at, "needs " + words(n.option) +
                                       (n.unless != nullptr ? " or " + words(n.unless) : ""));
        }
        if (given && other) {
            return usage_error(at, "takes " + words(n.option) + " or " + words(n.unless) +
                                       ", not both");
        }
    }
    return std::nullopt;
}

int CommandLine::with_context(const std::function<int(const AppContext&)>& run) const {
    auto ctx = make_context();
    if (!ctx) {
        return report_unloadable_bundled(ctx.errors());
    }
    ctx.value().language = language_;
    return run(ctx.value());
}

int CommandLine::run() {
    if (argc_ == 2 && std::string_view(argv_[1]) == "help") {
        std::cout << cli::help(def_, &root_);
        return exit_ok;
    }
    try {
        root_.parse(argc_, argv_);
    } catch (const CLI::CallForHelp&) {
        const CLI::App* at = chosen();
        std::cout << cli::help(def_, at == nullptr ? &root_ : at);
        return exit_ok;
    } catch (const CLI::ArgumentMismatch& e) {
        // "--paper: 1 required a4|letter missing": the option without its value.
        const std::string what = e.what();
        return usage_error(chosen(), what.substr(0, what.find(':')) + " needs a value");
    } catch (const CLI::ParseError& e) {
        return usage_error(chosen(), e.what());
    }
    if (man_) {
        std::cout << cli::man_page(def_);
        return exit_ok;
    }
    if (version_) {
        std::cout << "effleur " << EFFLEUR_VERSION << '\n';
        return exit_ok;
    }
    if (const auto code = check_extras()) {
        return *code;
    }
    if (const auto code = check_needs()) {
        return *code;
    }
    language_ = language_.empty() ? locale_language() : *language_of(language_);
    spdlog::set_level(spdlog::level::warn);

    const CLI::App* at = chosen();
    for (const Verb& v : verbs_) {
        if (v.app == at) {
            return v.run();
        }
    }
    setup_logging(gui_.verbose);
    return start_gui(argc_, argv_, language_, gui_);
}

} // namespace

int run_command_line(int argc, char** argv) {
    CommandLine command_line(argc, argv);
    return command_line.run();
}

} // namespace effleur::app
