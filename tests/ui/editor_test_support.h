#pragma once
// Shared by the editor tests: a protocol copied into a temporary user folder, an editor window
// open on it with every question answered by the test, and helpers to read files.

#include "session_test_support.h"

#include "core/jsonformat.h"
#include "ui/editor/protocoleditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace effleur::test {

inline QByteArray read_file(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void write_file(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

inline QString bundled_path(const char* id) {
    return QDir(QStringLiteral(EFFLEUR_PROTOCOLS_DIR)).filePath(QString::fromLatin1(id) + ".json");
}

struct EditorRig {
    QTemporaryDir dir;
    QString user_folder;
    QString file;
    std::vector<ui::ProtocolEditor::Question> asked;
    QMessageBox::StandardButton answer = QMessageBox::Save;
    QString chosen; // what "Save As" picks
    std::unique_ptr<ui::ProtocolEditor> editor;

    // Opens a copy of the bundled protocol `id` (or `bytes` when given) in the user folder.
    explicit EditorRig(const char* id = "neck-self-massage", QByteArray bytes = {}) {
        REQUIRE(dir.isValid());
        user_folder = dir.filePath(QStringLiteral("protocols"));
        REQUIRE(QDir().mkpath(user_folder));
        file = QDir(user_folder).filePath(QString::fromLatin1(id) + ".json");
        write_file(file, bytes.isEmpty() ? read_file(bundled_path(id)) : bytes);
        open(file);
    }

    void open(const QString& path) {
        ui::ProtocolEditorOptions o;
        o.loader = session_loader();
        o.file = path;
        o.bundled_folders = {QStringLiteral(EFFLEUR_PROTOCOLS_DIR)};
        o.user_folder = user_folder;
        o.sync_delay_ms = 0;
        editor = std::make_unique<ui::ProtocolEditor>(std::move(o));
        editor->set_asker([this](ui::ProtocolEditor::Question q, const QString&) {
            asked.push_back(q);
            return answer;
        });
        editor->set_path_chooser(
            [this](const QString& suggested) { return chosen.isEmpty() ? suggested : chosen; });
        const Status opened = editor->open();
        INFO(opened.message());
        REQUIRE(opened);
        editor->sync_now();
    }

    [[nodiscard]] std::string text() const { return canonical_json(editor->document().json()); }
};

} // namespace effleur::test
