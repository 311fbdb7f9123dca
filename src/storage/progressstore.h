#pragma once
// The student's quiz attempts, kept in Effleur's SQLite database (see database.h for how the
// file is opened, protected and migrated). One ProgressStore owns one connection; use it from
// one thread. Errors come back as Results (database.h), never thrown; nothing here logs attempt
// contents.

#include "core/diagnostic.h"
#include "core/quiz.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace effleur::storage {

class Database;

class ProgressStore {
public:
    // $XDG_DATA_HOME/effleur/effleur.sqlite (~/.local/share/effleur/effleur.sqlite by default).
    static std::filesystem::path default_path();

    // Opens or creates the file (mode 0600; folders it creates 0700), in WAL mode, and runs the
    // migrations in one transaction. On failure the error says why, e.g. "the database ... is
    // version 5; this Effleur knows up to 2", leaving such a file untouched.
    static Result<std::unique_ptr<ProgressStore>> open(const std::filesystem::path& file);

    ~ProgressStore();
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    [[nodiscard]] int schema_version() const;
    [[nodiscard]] const std::filesystem::path& file() const;

    // Stores the attempt and its missed steps in one transaction and sets attempt.id. On failure
    // nothing is stored, attempt.id is unchanged, and the error says why.
    Status record(quiz::Attempt& attempt);

    // The protocol's attempts, oldest first (ties by id). Empty on a read error.
    [[nodiscard]] std::vector<quiz::Attempt> attempts(std::string_view protocol) const;

private:
    explicit ProgressStore(std::unique_ptr<Database> db);
    std::unique_ptr<Database> db_;
};

} // namespace effleur::storage
