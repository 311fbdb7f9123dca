#pragma once
// The journal verbs' options, as the command line gives them, and their runner.
//   effleur journal list [--client NAME] [--json]
//   effleur journal show SESSION [--json]
//   effleur journal export --csv FILE | --json FILE [--client NAME]
//   effleur journal backup FILE
//   effleur journal restore FILE
//   effleur journal pdf SESSION --out FILE.pdf [--paper a4|letter] [--pdfa]
//   effleur journal course-pdf CLIENT --out FILE.pdf [--protocol ID] [--paper a4|letter]
// Every verb takes --database FILE (default: the app's own journal). The parser (cli.cpp) fills
// these in; errors go to stderr; the exit code is 0 or 1 (the journal or a file could not be read
// or written).

#include "app/exitcodes.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace effleur::app {

struct JournalOptions {
    std::string verb;   // list, show, export, backup, restore, pdf, course-pdf
    std::string client; // list, export: a name to search; course-pdf: a client's number or name
    bool json = false;
    std::int64_t session = 0;
    std::filesystem::path csv;
    std::filesystem::path json_file;
    std::filesystem::path file; // backup, restore
    std::filesystem::path database;
    std::filesystem::path out;   // pdf: the file to write
    std::string paper;           // pdf: "a4", "letter" or "" (from the locale)
    bool pdfa = false;           // pdf: PDF/A-1b, for records that must be archived
    std::string protocol;        // course-pdf: only the course of this protocol
    std::string language = "en"; // pdf: the diagram titles in this language
};

int run_journal(int argc, char** argv, const JournalOptions& options);

} // namespace effleur::app
