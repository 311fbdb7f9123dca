#pragma once
// Shared helpers for the storage tests: temporary database files, file modes, raw queries.

#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <sys/stat.h>
#include <sys/types.h>

namespace effleur::test {

// What an open gave: the object, or null with `error` saying why (cleared when it opened).
template <class T>
std::unique_ptr<T> opened(Result<std::unique_ptr<T>> result, std::string& error) {
    if (!result) {
        error = result.message();
        return nullptr;
    }
    error.clear();
    return std::move(result.value());
}

// A Status as a bool, with `error` saying why when it is false.
inline bool succeeded(const Status& status, std::string& error) {
    error = status.message();
    return status.ok();
}

// A temporary folder for database files, removed with everything in it.
class TempFolder {
public:
    TempFolder() { REQUIRE(dir_.isValid()); }
    [[nodiscard]] std::filesystem::path path() const { return dir_.path().toStdString(); }
    [[nodiscard]] std::filesystem::path file(const std::string& name) const {
        return path() / name;
    }

private:
    QTemporaryDir dir_;
};

// The permission bits of a file or folder, as stat reports them; -1 if it does not exist.
inline int mode_of(const std::filesystem::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

inline std::string bytes_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The first column of the first row of `sql`, or an invalid QVariant.
inline QVariant value_of(storage::Database& db, const char* sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromUtf8(sql)) || !q.next())
        return {};
    return q.value(0);
}

// Sets the umask for a scope, so modes are shown to come from Effleur and not the umask.
class Umask {
public:
    explicit Umask(mode_t mask) : old_(::umask(mask)) {}
    ~Umask() { ::umask(old_); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t old_;
};

} // namespace effleur::test
