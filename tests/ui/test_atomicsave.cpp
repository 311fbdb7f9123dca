// The atomic save (ui/atomicsave.h): a file is either wholly the old one or wholly the new one.
// Real files in a temporary folder; the failure half-way is the documented test seam.

#include "../support/smalldisk.h"
#include "ui/common/atomicsave.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace effleur::ui;

namespace {

QByteArray read_all(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write_plain(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Everything in the folder, hidden files included: a left-over temporary file shows here.
QStringList entries(const QTemporaryDir& dir) {
    return QDir(dir.path())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

int mode_of(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0
               ? static_cast<int>(st.st_mode & 07777)
               : -1;
}

const QByteArray old_bytes = "{\n  \"id\": \"old\"\n}\n";
const QByteArray new_bytes = "{\n  \"id\": \"new\",\n  \"title\": \"A longer, new text\"\n}\n";

} // namespace

TEST_CASE("a save replaces the whole content and leaves nothing else behind", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("protocol.json"));
    write_plain(path, old_bytes);

    CHECK(save_atomically(path, new_bytes).ok());
    CHECK(read_all(path) == new_bytes);
    CHECK(entries(dir) == QStringList{QStringLiteral("protocol.json")});

    // A new file is created the same way.
    const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
    CHECK(save_atomically(fresh, old_bytes).ok());
    CHECK(read_all(fresh) == old_bytes);
}

TEST_CASE("a failure half-way leaves the old file byte for byte and no temporary file",
          "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("protocol.json"));
    write_plain(path, old_bytes);

    const effleur::Status saved = [&] {
        const SimulatedSaveFailure failure(new_bytes.size() / 2);
        return save_atomically(path, new_bytes);
    }();
    REQUIRE_FALSE(saved);
    CHECK(saved.message() == "Could not save protocol.json: No space left on device");
    // The place is data: the file's whole path, not a name to read back out of the sentence.
    CHECK(saved.errors().front().file == path.toStdString());
    CHECK(read_all(path) == old_bytes);
    CHECK(entries(dir) == QStringList{QStringLiteral("protocol.json")});

    // The seam is gone with its scope: the next save succeeds.
    CHECK(save_atomically(path, new_bytes).ok());
    CHECK(read_all(path) == new_bytes);
}

TEST_CASE("a failed save of a new file creates nothing", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SimulatedSaveFailure failure(3, QStringLiteral("Input/output error"));
    CHECK(save_atomically(dir.filePath(QStringLiteral("new.json")), new_bytes).message() ==
          "Could not save new.json: Input/output error");
    CHECK(entries(dir).isEmpty());
}

TEST_CASE("a save keeps the file's permissions", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("protocol.json"));
    write_plain(path, old_bytes);
    const QFileDevice::Permissions owner_and_group_read =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
        QFileDevice::WriteUser | QFileDevice::ReadGroup;
    REQUIRE(QFile::setPermissions(path, owner_and_group_read));

    CHECK(save_atomically(path, new_bytes).ok());
    CHECK(QFile::permissions(path) == owner_and_group_read);
}

TEST_CASE("saving through a link writes the file it points to and keeps the link", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("real.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    write_plain(target, old_bytes);
    REQUIRE(QFile::link(target, link));

    CHECK(save_atomically(link, new_bytes).ok());
    CHECK(QFileInfo(link).isSymLink());
    CHECK(read_all(target) == new_bytes);
}

TEST_CASE("a folder that does not exist is a message, not a crash", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/protocol.json"));
    const effleur::Status saved = save_atomically(path, new_bytes);
    REQUIRE_FALSE(saved);
    CHECK(saved.message().rfind("Could not save protocol.json: ", 0) == 0);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("under umask 000 a new file is the user's alone", "[atomicsave][faults][private]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const mode_t old_mask = ::umask(0);
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    const effleur::Status saved = save_atomically(path, new_bytes);
    ::umask(old_mask);
    CHECK(saved.ok());
    CHECK(mode_of(path) == 0600);
}

TEST_CASE("a save keeps the mode's read-only and set-ID bits", "[atomicsave][faults]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString read_only = dir.filePath(QStringLiteral("read-only.json"));
    const QString setuid = dir.filePath(QStringLiteral("setuid.json"));
    write_plain(read_only, old_bytes);
    write_plain(setuid, old_bytes);
    REQUIRE(::chmod(QFile::encodeName(read_only).constData(), 0444) == 0);
    REQUIRE(::chmod(QFile::encodeName(setuid).constData(), 04755) == 0);
    CHECK(save_atomically(read_only, new_bytes).ok());
    CHECK(save_atomically(setuid, new_bytes).ok());
    CHECK(mode_of(read_only) == 0444); // it became 0644
    CHECK(mode_of(setuid) == 04755);   // the set-user-ID bit was dropped
    CHECK(read_all(setuid) == new_bytes);
}

TEST_CASE("a save as root keeps another user's ownership", "[atomicsave][faults]") {
    if (::geteuid() != 0) {
        WARN("skipped: giving a file to another user needs root; CI runs this as root");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("theirs.json"));
    write_plain(path, old_bytes);
    const QByteArray native = QFile::encodeName(path);
    REQUIRE(::chown(native.constData(), 4242, 4343) == 0);
    REQUIRE(::chmod(native.constData(), 04755) == 0);
    CHECK(save_atomically(path, new_bytes).ok());
    struct stat st {};
    REQUIRE(::stat(native.constData(), &st) == 0);
    CHECK(st.st_uid == 4242U); // it became root's
    CHECK(st.st_gid == 4343U);
    CHECK((st.st_mode & 07777) == 04755);
}

TEST_CASE("a full disk is named, and the old file and the folder are as they were",
          "[atomicsave][faults][full-disk]") {
    effleur::test::SmallDisk disk(256 * 1024);
    if (!disk.mounted()) {
        WARN("skipped: " << disk.why_not());
        return;
    }
    const QString path = QString::fromStdString(disk.file("protocol.json").string());
    write_plain(path, old_bytes);
    disk.fill();
    const effleur::Status saved = save_atomically(path, QByteArray(64 * 1024, 'x'));
    CHECK(saved.message() == "Could not save protocol.json: the disk is full");
    CHECK(read_all(path) == old_bytes);
    CHECK(QDir(QString::fromStdString(disk.path().string()))
              .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral(".filler"), QStringLiteral("protocol.json")});
    disk.free();
    CHECK(save_atomically(path, new_bytes).ok());
    CHECK(read_all(path) == new_bytes);
}
