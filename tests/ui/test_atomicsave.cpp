// The atomic save (ui/atomicsave.h): a file is either wholly the old one or wholly the new one.
// Real files in a temporary folder; the failure half-way is the documented test seam.

#include "ui/common/atomicsave.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

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

const QByteArray old_bytes = "{\n  \"id\": \"old\"\n}\n";
const QByteArray new_bytes = "{\n  \"id\": \"new\",\n  \"title\": \"A longer, new text\"\n}\n";

} // namespace

TEST_CASE("a save replaces the whole content and leaves nothing else behind", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("protocol.json"));
    write_plain(path, old_bytes);

    CHECK(save_atomically(path, new_bytes).isEmpty());
    CHECK(read_all(path) == new_bytes);
    CHECK(entries(dir) == QStringList{QStringLiteral("protocol.json")});

    // A new file is created the same way.
    const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
    CHECK(save_atomically(fresh, old_bytes).isEmpty());
    CHECK(read_all(fresh) == old_bytes);
}

TEST_CASE("a failure half-way leaves the old file byte for byte and no temporary file",
          "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("protocol.json"));
    write_plain(path, old_bytes);

    QString message;
    {
        const SimulatedSaveFailure failure(new_bytes.size() / 2);
        message = save_atomically(path, new_bytes);
    }
    CHECK(message == QStringLiteral("Could not save protocol.json: No space left on device"));
    CHECK(read_all(path) == old_bytes);
    CHECK(entries(dir) == QStringList{QStringLiteral("protocol.json")});

    // The seam is gone with its scope: the next save succeeds.
    CHECK(save_atomically(path, new_bytes).isEmpty());
    CHECK(read_all(path) == new_bytes);
}

TEST_CASE("a failed save of a new file creates nothing", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SimulatedSaveFailure failure(3, QStringLiteral("Input/output error"));
    CHECK(save_atomically(dir.filePath(QStringLiteral("new.json")), new_bytes) ==
          QStringLiteral("Could not save new.json: Input/output error"));
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

    CHECK(save_atomically(path, new_bytes).isEmpty());
    CHECK(QFile::permissions(path) == owner_and_group_read);
}

TEST_CASE("saving through a link writes the file it points to and keeps the link", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("real.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    write_plain(target, old_bytes);
    REQUIRE(QFile::link(target, link));

    CHECK(save_atomically(link, new_bytes).isEmpty());
    CHECK(QFileInfo(link).isSymLink());
    CHECK(read_all(target) == new_bytes);
}

TEST_CASE("a folder that does not exist is a message, not a crash", "[atomicsave]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/protocol.json"));
    const QString message = save_atomically(path, new_bytes);
    CHECK(message.startsWith(QStringLiteral("Could not save protocol.json: ")));
    CHECK_FALSE(QFile::exists(path));
}
