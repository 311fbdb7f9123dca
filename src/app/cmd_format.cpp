// effleur format PATH... [--check]: rewrites protocol files to the canonical formatting (see
// core/jsonformat.h and "Formatting" in docs/protocol-format.md), each through an atomic save.
// Needs no display and no bundled protocols: authors run it in their own repositories.
// Exit codes: 0 all canonical (or rewritten), 1 a file would change (--check) or could not be
// read, parsed or saved. A broken file never stops the others.

#include "app/commands.h"

#include "core/folderscan.h"
#include "core/jsonformat.h"
#include "core/loader.h"
#include "core/textfile.h"
#include "ui/common/atomicsave.h"

#include <QFile>

#include <iostream>
#include <system_error>

namespace effleur::app {

namespace fs = std::filesystem;

namespace {

// Files named by the arguments: files as given; folders expanded to the *.json files directly in
// them, refusing links that lead out of the folder. Problems go to `err`.
struct Target {
    fs::path path; // for messages
    fs::path real; // to read (a link there refused) and to write
};

std::vector<Target> expand(const std::vector<std::string>& paths, std::ostream& err,
                           int& problems) {
    std::vector<Target> files;
    for (const std::string& arg : paths) {
        const fs::path p(arg);
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            for (const loading::FolderEntry& entry : loading::list_json_files(p)) {
                if (!entry.refused.empty()) {
                    err << printable(entry.path.string()) << ": " << entry.refused << '\n';
                    ++problems;
                } else {
                    files.push_back(Target{entry.path, entry.real});
                }
            }
        } else if (fs::exists(fs::symlink_status(p, ec))) {
            files.push_back(Target{p, p});
        } else {
            err << printable(arg) << ": no such file or folder\n";
            ++problems;
        }
    }
    return files;
}

enum class Outcome { Canonical, Changed, Problem };

Outcome format_file(const Target& target, bool check, std::ostream& out, std::ostream& err) {
    const fs::path& file = target.real;
    const std::string name = printable(target.path.string());
    const auto links =
        target.real == target.path ? loading::LinkPolicy::Follow : loading::LinkPolicy::Refuse;
    const auto loaded =
        loading::read_text_file(file, Loader::max_file_bytes, target.path.string(), links);
    if (!loaded) {
        err << loaded.errors().front().to_string() << '\n';
        return Outcome::Problem;
    }
    const std::string& text = loaded.value();
    const auto doc = parse_ordered(text);
    if (!doc) {
        Diagnostic problem = doc.errors().front();
        problem.file = target.path.string();
        err << problem.to_string() << '\n';
        return Outcome::Problem;
    }
    // Never write what the loader would refuse to read.
    const auto canonical = canonical_json_within(doc.value(), Loader::max_file_bytes);
    if (!canonical) {
        err << name << ": formatted, this file would be over " << Loader::max_file_bytes
            << " bytes, which Effleur refuses to read; left unchanged\n";
        return Outcome::Problem;
    }
    if (canonical->empty()) {
        err << name << ": not enough memory to format this file\n";
        return Outcome::Problem;
    }
    if (*canonical == text) {
        return Outcome::Canonical;
    }
    if (check) {
        out << "would reformat " << name << '\n';
        return Outcome::Changed;
    }
    const Status saved = ui::save_atomically(
        QFile::decodeName(file.c_str()),
        QByteArray(canonical->data(), static_cast<qsizetype>(canonical->size())));
    if (!saved) {
        err << printable(saved.message()) << '\n';
        return Outcome::Problem;
    }
    out << "reformatted " << name << '\n';
    return Outcome::Changed;
}

std::string files_word(int n) {
    return std::to_string(n) + (n == 1 ? " file" : " files");
}

} // namespace

int cmd_format(const FormatOptions& o) {
    const bool check = o.check;
    const std::vector<std::string>& paths = o.paths;
    int problems = 0;
    int changed = 0;
    int canonical = 0;
    for (const Target& file : expand(paths, std::cerr, problems)) {
        switch (format_file(file, check, std::cout, std::cerr)) {
        case Outcome::Canonical:
            ++canonical;
            break;
        case Outcome::Changed:
            ++changed;
            break;
        case Outcome::Problem:
            ++problems;
            break;
        }
    }
    std::cout << files_word(changed) << (check ? " would be reformatted, " : " reformatted, ")
              << files_word(canonical) << " already canonical";
    if (problems > 0) {
        std::cout << ", " << problems << (problems == 1 ? " problem" : " problems");
    }
    std::cout << '\n';
    return (problems > 0 || (check && changed > 0)) ? exit_failure : exit_ok;
}

} // namespace effleur::app
