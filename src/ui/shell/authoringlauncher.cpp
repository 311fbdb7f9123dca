#include "ui/shell/authoringlauncher.h"

#include "ui/editor/duplicatedialog.h"
#include "ui/editor/protocoleditor.h"
#include "ui/library/libraryview.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QWidget>

#include <set>
#include <string>
#include <utility>

namespace effleur::ui {

AuthoringLauncher::AuthoringLauncher(AuthoringServices services, QWidget& window)
    : QObject(&window), services_(std::move(services)), window_(window) {}

QString AuthoringLauncher::user_folder() const {
    if (services_.folders.size() <= services_.bundled_folder_count)
        return {};
    return QString::fromStdString(services_.folders.back().string());
}

QList<ProtocolEditor*> AuthoringLauncher::editors() const {
    return window_.findChildren<ProtocolEditor*>(QString(), Qt::FindDirectChildrenOnly);
}

ProtocolEditor* AuthoringLauncher::open_editor(const QString& file) {
    const QString path = QFileInfo(file).absoluteFilePath();
    for (ProtocolEditor* open : editors()) {
        if (QFileInfo(open->file()).absoluteFilePath() == path) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    ProtocolEditorOptions o;
    o.loader = services_.loader;
    o.file = path;
    for (std::size_t i = 0; i < services_.bundled_folder_count && i < services_.folders.size(); ++i)
        o.bundled_folders << QString::fromStdString(services_.folders[i].string());
    o.user_folder = user_folder();
    o.dark = services_.dark && services_.dark();
    auto* editor = new ProtocolEditor(std::move(o), &window_);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (const Status opened = editor->open(); !opened) {
        delete editor;
        QMessageBox::warning(&window_, tr("Edit protocol"),
                             QString::fromStdString(opened.message()));
        return nullptr;
    }
    connect(editor, &ProtocolEditor::saved, this, &AuthoringLauncher::libraryChanged);
    editor->show();
    return editor;
}

void AuthoringLauncher::edit_selected() {
    if (const LibraryEntry* e = services_.library->selected_entry(); e && e->bundled)
        duplicate_selected(true); // read-only: a copy, saying why
    else if (e)
        open_editor(QString::fromStdString(e->file.string()));
}

void AuthoringLauncher::new_protocol() {
    const QString folder = user_folder();
    if (folder.isEmpty())
        return;
    bool ok = false;
    const QString title =
        QInputDialog::getText(&window_, tr("New protocol"), tr("Title of the new protocol:"),
                              QLineEdit::Normal, tr("My protocol"), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    QString id = id_from_title(title.trimmed());
    for (int n = 2; QFileInfo::exists(folder + QLatin1Char('/') + id + QStringLiteral(".json"));
         ++n)
        id = id_from_title(title.trimmed()) + QLatin1Char('-') + QString::number(n);
    const auto file = create_from_template(folder, id, title.trimmed());
    if (!file) {
        QMessageBox::warning(&window_, tr("New protocol"), QString::fromStdString(file.message()));
        return;
    }
    Q_EMIT libraryChanged();
    open_editor(file.value());
}

void AuthoringLauncher::duplicate_selected(bool to_edit) {
    LibraryView& library = *services_.library;
    const LibraryEntry* e = library.selected_entry();
    const QString folder = user_folder();
    if (!e || !e->protocol || folder.isEmpty() ||
        (services_.session_running && services_.session_running()))
        return;
    std::set<std::string> taken;
    for (const LibraryEntry& other : library.entries())
        if (other.protocol)
            taken.insert(other.protocol->id);
    auto* dialog =
        new DuplicateDialog(e->protocol->id, e->protocol->title.get(), taken, folder, &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (to_edit)
        dialog->explain_read_only();
    const QString source = QString::fromStdString(e->file.string());
    connect(dialog, &QDialog::accepted, this, [this, dialog, source, folder] {
        const auto copied = duplicate_protocol_file(source, folder, dialog->id(), dialog->title());
        if (!copied) {
            QMessageBox::warning(&window_, tr("Duplicate to my protocols"),
                                 QString::fromStdString(copied.message()));
            return;
        }
        const QString& file = copied.value();
        Q_EMIT libraryChanged();
        services_.library->search()->clear();
        services_.library->select_file(file.toStdString());
        Q_EMIT status(tr("Duplicated as %1").arg(file), 8000);
        Q_EMIT protocolDuplicated(file);
    });
    dialog->open();
}

} // namespace effleur::ui
