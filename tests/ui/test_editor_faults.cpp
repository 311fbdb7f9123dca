// The editor's files under faults: "Duplicate to my protocols" run first under umask 000, and a
// file at the size limit and one byte past it.

#include "core/loader.h"
#include "editor_test_support.h"
#include "ui/editor/duplicatedialog.h"
#include "ui/editor/protocoleditor.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include <algorithm>

#include <filesystem>

#include <sys/stat.h>

using namespace effleur;

namespace {

int mode_of(const std::filesystem::path& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

bool open_editor(const QString& path, QString& error) {
    ui::ProtocolEditorOptions o;
    o.loader = test::session_loader();
    o.file = path;
    o.bundled_folders = {QStringLiteral(EFFLEUR_PROTOCOLS_DIR)};
    o.sync_delay_ms = 0;
    ui::ProtocolEditor editor(std::move(o));
    const Status opened = editor.open();
    error = QString::fromStdString(opened.message());
    return opened.ok();
}

} // namespace

TEST_CASE("Duplicate to my protocols, first under umask 000, makes every folder the user's alone",
          "[editor][faults][private]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // As on a fresh install: nothing of Effleur's data folder exists yet.
    const std::filesystem::path data = dir.filePath(QStringLiteral("share")).toStdString();
    const std::filesystem::path folder = data / "effleur" / "protocols";
    const mode_t old_mask = ::umask(0);
    const auto copy = ui::duplicate_protocol_file(test::bundled_path("neck-self-massage"),
                                                  QString::fromStdString(folder.string()),
                                                  "neck-mine", "My neck");
    ::umask(old_mask);
    INFO(copy.message());
    REQUIRE(copy);
    CHECK(mode_of(data) == 0700);
    CHECK(mode_of(data / "effleur") == 0700); // the journal's folder: it was 0777
    CHECK(mode_of(folder) == 0700);
    CHECK(mode_of(copy.value().toStdString()) == 0600);
}

TEST_CASE("The editor opens a file of 16 MiB and refuses one byte more, saying why",
          "[editor][faults][limits]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[]"); // then spaces: whitespace after the document is still JSON
        REQUIRE(f.resize(static_cast<qint64>(Loader::max_file_bytes)));
    }
    // resize() pads with NULs; the edge file is spaces instead, so it parses.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(2));
        const QByteArray spaces(static_cast<qsizetype>(Loader::max_file_bytes) - 2, ' ');
        REQUIRE(f.write(spaces) == spaces.size());
    }
    QString error;
    CHECK(open_editor(path, error));
    REQUIRE(QFile::resize(path, static_cast<qint64>(Loader::max_file_bytes) + 1));
    CHECK_FALSE(open_editor(path, error));
    CHECK(error.endsWith(
        QStringLiteral(": this file is 16777217 bytes; files over 16777216 bytes are refused.")));
}

TEST_CASE("The editor refuses a FIFO without waiting for a writer", "[editor][faults]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pipe.json"));
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    QString error;
    CHECK_FALSE(open_editor(path, error)); // before, it waited here for ever
    CHECK(error.endsWith(QStringLiteral(": not a regular file; refused.")));
}

TEST_CASE("The editor saves a protocol of exactly 16 MiB and refuses one byte more",
          "[editor][faults][limits]") {
    test::EditorRig rig;
    auto& doc = rig.editor->document();
    // A member the schema does not know, padding the canonical text to the limit exactly.
    REQUIRE(doc.set_value("/x-pad", ""));
    const std::size_t base = doc.canonical_text().size();
    REQUIRE(doc.set_value("/x-pad", std::string(Loader::max_file_bytes - base, 'a')));
    REQUIRE(doc.canonical_text().size() == Loader::max_file_bytes);
    rig.answer = QMessageBox::Save; // it has an unknown member: save anyway
    REQUIRE(rig.editor->save());
    CHECK(QFileInfo(rig.file).size() == static_cast<qint64>(Loader::max_file_bytes));

    rig.asked.clear();
    REQUIRE(doc.set_value("/x-pad", std::string(Loader::max_file_bytes - base + 1, 'a')));
    CHECK_FALSE(rig.editor->save());
    CHECK(std::find(rig.asked.begin(), rig.asked.end(), ui::ProtocolEditor::Question::Failed) !=
          rig.asked.end());
    CHECK(QFileInfo(rig.file).size() == static_cast<qint64>(Loader::max_file_bytes)); // unchanged
}
