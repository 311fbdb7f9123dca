// The help texts, the usage lines and the manual page, all read from the command line's one
// definition (cli.cpp), so none of them can drift from what the parser accepts.

#include "app/cli.h"
#include "app/exitcodes.h"

#include <algorithm>
#include <sstream>

namespace effleur::app::cli {

namespace {

constexpr std::size_t help_width = 100;
constexpr std::size_t option_column = 25;

// Options a verb shows: its own, less the help flag and hidden ones (no group).
std::vector<const CLI::Option*> shown_options(const CLI::App* app) {
    std::vector<const CLI::Option*> out;
    for (const CLI::Option* opt : app->get_options()) {
        if (opt == app->get_help_ptr() || opt->get_group().empty()) {
            continue;
        }
        out.push_back(opt);
    }
    return out;
}

std::vector<const CLI::App*> verbs_of(const CLI::App* app) {
    return app->get_subcommands([](const CLI::App*) { return true; });
}

const Need* need_of(const Definition& def, const CLI::Option* opt) {
    for (const Need& n : def.needs) {
        if (n.option == opt) {
            return &n;
        }
    }
    return nullptr;
}

bool is_alternative(const Definition& def, const CLI::Option* opt) {
    return std::any_of(def.needs.begin(), def.needs.end(),
                       [opt](const Need& n) { return n.unless == opt; });
}

bool takes_value(const CLI::Option* opt) {
    return opt->get_positional() || !opt->get_type_name().empty(); // a flag has no value's name
}

// Troff: a backslash, a hyphen (a minus in option names), and a line that would start a request.
std::string troff(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
    }
    return out;
}

std::string troff_line(const std::string& text) {
    const std::string t = troff(text);
    return !t.empty() && (t[0] == '.' || t[0] == '\'') ? "\\&" + t : t;
}

// A value's name: choices written in lower case are typed as they stand (light|dark), names in
// capitals stand for what the user gives (FILE, ID|PATH).
std::string value_name(const CLI::Option* opt, Markup markup) {
    std::string name = opt->get_type_name();
    if (opt->get_positional() && opt->get_expected_max() > 1) {
        name += "...";
    }
    if (markup == Markup::Plain) {
        return name;
    }
    const bool literal =
        std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return (literal ? "\\fB" : "\\fI") + troff(name) + "\\fR";
}

std::string option_words(const CLI::Option* opt, Markup markup) {
    if (opt->get_positional()) {
        return value_name(opt, markup);
    }
    const std::string name = "--" + opt->get_lnames().front();
    std::string out = markup == Markup::Plain ? name : "\\fB" + troff(name) + "\\fR";
    if (takes_value(opt)) {
        out += " " + value_name(opt, markup);
    }
    return out;
}

// "--quiet, -q" then the value's name, for a list of options.
std::string option_names(const CLI::Option* opt) {
    if (opt->get_positional()) {
        return value_name(opt, Markup::Plain);
    }
    std::string out;
    for (const std::string& l : opt->get_lnames()) {
        out += (out.empty() ? "--" : ", --") + l;
    }
    for (const std::string& s : opt->get_snames()) {
        out += (out.empty() ? "-" : ", -") + s;
    }
    if (takes_value(opt)) {
        out += " " + value_name(opt, Markup::Plain);
    }
    return out;
}

void wrap(std::ostream& out, const std::string& text, std::size_t indent, std::size_t first) {
    std::istringstream words(text);
    std::string word;
    std::size_t column = first;
    bool start = true;
    while (words >> word) {
        if (!start && column + 1 + word.size() > help_width) {
            out << '\n' << std::string(indent, ' ');
            column = indent;
            start = true;
        }
        if (!start) {
            out << ' ';
            ++column;
        }
        out << word;
        column += word.size();
        start = false;
    }
    out << '\n';
}

void option_line(std::ostream& out, const std::string& names, const std::string& description) {
    out << "  " << names;
    std::size_t column = 2 + names.size();
    if (column + 2 > option_column) {
        out << '\n';
        column = 0;
    }
    out << std::string(option_column - column, ' ');
    wrap(out, description, option_column, option_column);
}

// The options of the verbs above `app` that it takes too (journal's --database, --lang), but not
// the window's.
std::vector<const CLI::Option*> inherited_options(const CLI::App* app) {
    std::vector<const CLI::Option*> out;
    for (const CLI::App* up = app->get_parent(); up != nullptr; up = up->get_parent()) {
        for (const CLI::Option* opt : shown_options(up)) {
            if (up->get_parent() == nullptr && opt->get_group() != "Every verb") {
                continue;
            }
            out.push_back(opt);
        }
    }
    return out;
}

std::string root_help(const Definition& def) {
    const CLI::App* root = def.root;
    std::ostringstream out;
    out << "Effleur " << def.version << " - " << root->get_description() << "\n\n";
    out << "usage: effleur " << usage(def, root, Markup::Plain) << '\n';
    out << "       effleur VERB ...\n\n";
    out << "Verbs:\n";
    for (const CLI::App* verb : verbs_of(root)) {
        const auto subverbs = verbs_of(verb);
        if (subverbs.empty()) {
            out << "  effleur " << usage(def, verb, Markup::Plain) << '\n';
        } else {
            for (const CLI::App* sub : subverbs) {
                out << "  effleur " << verb->get_name() << ' ' << usage(def, sub, Markup::Plain)
                    << '\n';
            }
        }
        out << "        ";
        wrap(out, verb->get_description(), 8, 8);
    }
    out << "\nOptions:\n";
    for (const CLI::Option* opt : shown_options(root)) {
        option_line(out, option_names(opt), opt->get_description());
    }
    option_line(out, "-h, --help", "print this help; effleur VERB --help: every option of a verb");
    out << '\n';
    std::istringstream footer(root->get_footer());
    for (std::string paragraph; std::getline(footer, paragraph);) {
        wrap(out, paragraph, 0, 0);
    }
    out << "\nExit codes:\n";
    for (const ExitCode& e : exit_codes) {
        option_line(out, std::to_string(e.code), std::string(e.meaning));
    }
    return out.str();
}

} // namespace

std::string command_path(const CLI::App* app) {
    std::string path = app->get_name();
    for (const CLI::App* up = app->get_parent(); up != nullptr; up = up->get_parent()) {
        path.insert(0, up->get_name() + " ");
    }
    return path;
}

std::string usage(const Definition& def, const CLI::App* app, Markup markup) {
    std::string out = app->get_parent() == nullptr
                          ? std::string()
                          : (markup == Markup::Plain ? app->get_name()
                                                     : "\\fB" + troff(app->get_name()) + "\\fR");
    if (app->get_parent() != nullptr && !verbs_of(app).empty()) {
        out += markup == Markup::Plain ? " VERB" : " \\fIVERB\\fR";
    }
    for (const CLI::Option* opt : shown_options(app)) {
        if (is_alternative(def, opt)) {
            continue;
        }
        std::string item = option_words(opt, markup);
        if (const Need* need = need_of(def, opt)) {
            if (need->unless != nullptr) {
                item += " | ";
                item += option_words(need->unless, markup);
            }
        } else {
            item.insert(0, "[");
            item += ']';
        }
        if (!out.empty()) {
            out += ' ';
        }
        out += item;
    }
    return out;
}

std::string usage_lines(const Definition& def, const CLI::App* app) {
    const auto subverbs = verbs_of(app);
    if (subverbs.empty()) {
        std::string path = command_path(app->get_parent()) + " " + usage(def, app, Markup::Plain);
        return "usage: " + path + "\n";
    }
    std::string out;
    for (const CLI::App* sub : subverbs) {
        out += (out.empty() ? "usage: " : "       ") + command_path(app) + " " +
               usage(def, sub, Markup::Plain) + "\n";
    }
    return out;
}

std::string help(const Definition& def, const CLI::App* app) {
    if (app->get_parent() == nullptr) {
        return root_help(def);
    }
    std::ostringstream out;
    out << usage_lines(def, app);
    wrap(out, app->get_description(), 0, 0);
    for (const CLI::Option* opt : shown_options(app)) {
        option_line(out, option_names(opt), opt->get_description());
    }
    for (const CLI::Option* opt : inherited_options(app)) {
        option_line(out, option_names(opt), opt->get_description());
    }
    option_line(out, "-h, --help", "print this help");
    if (!verbs_of(app).empty()) {
        out << "effleur " << app->get_name() << " VERB --help: the options of one of them.\n";
    }
    std::istringstream footer(app->get_footer());
    for (std::string paragraph; std::getline(footer, paragraph);) {
        wrap(out, paragraph, 0, 0);
    }
    return out.str();
}

namespace {

void man_options(std::ostream& out, const std::vector<const CLI::Option*>& options) {
    for (const CLI::Option* opt : options) {
        out << ".TP\n";
        if (opt->get_positional()) {
            out << value_name(opt, Markup::Troff) << '\n';
        } else {
            std::string names;
            for (const std::string& l : opt->get_lnames()) {
                names += (names.empty() ? "\\fB\\-\\-" : ", \\fB\\-\\-") + troff(l) + "\\fR";
            }
            for (const std::string& s : opt->get_snames()) {
                names += (names.empty() ? "\\fB\\-" : ", \\fB\\-") + troff(s) + "\\fR";
            }
            if (takes_value(opt)) {
                names += " " + value_name(opt, Markup::Troff);
            }
            out << names << '\n';
        }
        out << troff_line(opt->get_description()) << '\n';
    }
}

void man_paragraphs(std::ostream& out, const std::string& text, const char* between = ".IP\n") {
    std::istringstream lines(text);
    bool first = true;
    for (std::string paragraph; std::getline(lines, paragraph);) {
        if (paragraph.empty()) {
            continue;
        }
        if (!first) {
            out << between;
        }
        out << troff_line(paragraph) << '\n';
        first = false;
    }
}

void man_verb(std::ostream& out, const Definition& def, const CLI::App* verb) {
    out << ".TP\n" << usage(def, verb, Markup::Troff) << '\n';
    man_paragraphs(out, verb->get_description() + "\n" + verb->get_footer());
    const auto options = shown_options(verb);
    if (!options.empty()) {
        out << ".RS\n";
        man_options(out, options);
        out << ".RE\n";
    }
}

// What the parser does not hold: what Effleur is, where it reads and writes.
constexpr const char* man_description = R"(.SH DESCRIPTION
Effleur loads massage protocols from JSON files, checks them, and guides a session step by step:
which technique, along which massage lines, in which direction, for how long, and what comes next.
Before every session with a client it asks the protocol's contraindication checklist; an absolute
contraindication stops the session. The checklist supports the specialist's judgment; it does not
replace it. Effleur does not diagnose.
.PP
Without a verb,
.B effleur
opens the app: the protocol library, the checklist and the session view.
.BR rehearse " and " gate
also open windows; the other verbs need no display.
.PP
A protocol is named by its id (see
.BR "effleur list" )
or by the path of its file.
.PP
The protocols' texts (titles, summaries, steps, line names) are printed in the language of the
locale
.RB ( LC_ALL ,
.BR LC_MESSAGES ,
.BR LANG ),
or of
.BI \-\-lang " CODE"
when it is given, wherever a protocol has a translation, and in English where it has none.
)";

constexpr const char* man_environment = R"(.SH ENVIRONMENT
.TP
.B EFFLEUR_PROTOCOLS_DIR
The folder of the bundled protocols, instead of the one installed with Effleur.
.TP
.BR LC_ALL ", " LC_MESSAGES ", " LANG
The first of them that is set gives the language of the protocols' texts, unless
.B \-\-lang
is given.
.TP
.B XDG_DATA_HOME
The user's protocols are read from
.IR $XDG_DATA_HOME/effleur/protocols ,
and the journal and quiz attempts are kept in
.IR $XDG_DATA_HOME/effleur/effleur.sqlite .
.TP
.B XDG_STATE_HOME
The log file is written under
.IR $XDG_STATE_HOME/effleur .
.SH FILES
.TP
.I ~/.local/share/effleur/protocols
The user's protocols, when
.B XDG_DATA_HOME
is not set. The app reloads a file here within a second of each save.
.TP
.I ~/.local/share/effleur/effleur.sqlite
The journal and the quiz attempts.
.TP
.I ~/.config/Effleur/Effleur.conf
The preferences, window and keys.
.TP
.I <prefix>/share/effleur/bundled\-protocols
The bundled protocols, their catalogues, and the JSON schemas in
.IR schema/ .
.SH SEE ALSO
The user guide and the protocol format in
.IR <prefix>/share/doc/effleur/ .
)";

} // namespace

std::string man_page(const Definition& def) {
    const CLI::App* root = def.root;
    std::ostringstream out;
    out << ".\\\" Effleur's manual page, written by `effleur --man` from the command line's own\n"
           ".\\\" definition when Effleur is built.\n";
    out << ".TH EFFLEUR 1 \"\" \"Effleur " << def.version << "\" \"User Commands\"\n";
    out << ".nh\n.ad l\n.SH NAME\neffleur \\- " << troff(root->get_description()) << '\n';
    out << ".SH SYNOPSIS\n";
    out << ".B effleur\n" << usage(def, root, Markup::Troff) << "\n.br\n";
    for (const CLI::App* verb : verbs_of(root)) {
        const auto subverbs = verbs_of(verb);
        if (subverbs.empty()) {
            out << ".B effleur\n" << usage(def, verb, Markup::Troff) << "\n.br\n";
        }
        for (const CLI::App* sub : subverbs) {
            out << ".B effleur " << troff(verb->get_name()) << '\n'
                << usage(def, sub, Markup::Troff) << "\n.br\n";
        }
    }
    out << ".B effleur\n.I VERB\n.B \\-\\-help\n";
    out << man_description;
    out << ".SH COMMANDS\n";
    for (const CLI::App* verb : verbs_of(root)) {
        const auto subverbs = verbs_of(verb);
        if (subverbs.empty()) {
            man_verb(out, def, verb);
            continue;
        }
        out << ".TP\n\\fB" << troff(verb->get_name()) << "\\fR \\fIVERB\\fR\n";
        man_paragraphs(out, verb->get_description() + "\n" + verb->get_footer());
        const auto options = shown_options(verb);
        if (!options.empty()) {
            out << "Every\n.B " << troff(verb->get_name()) << "\nverb also takes:\n.RS\n";
            man_options(out, options);
            out << ".RE\n";
        }
        for (const CLI::App* sub : subverbs) {
            out << ".TP\n\\fB" << troff(verb->get_name()) << "\\fR "
                << usage(def, sub, Markup::Troff) << '\n';
            man_paragraphs(out, sub->get_description() + "\n" + sub->get_footer());
            const auto sub_options = shown_options(sub);
            if (!sub_options.empty()) {
                out << ".RS\n";
                man_options(out, sub_options);
                out << ".RE\n";
            }
        }
    }
    out << ".SH OPTIONS\n";
    man_options(out, shown_options(root));
    out << ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\n"
           "Print a summary of the verbs;\n.BI \"effleur \" VERB \" \\-\\-help\"\n"
           "prints every option of one verb.\n";
    out << ".PP\n";
    man_paragraphs(out, root->get_footer(), ".PP\n");
    out << ".SH EXIT STATUS\n";
    for (const ExitCode& e : exit_codes) {
        out << ".TP\n.B " << e.code << '\n' << troff_line(std::string(e.meaning)) << '\n';
    }
    out << man_environment;
    return out.str();
}

} // namespace effleur::app::cli
