#pragma once
// Authoring from the main window: the in-app protocol editor (one window per file, raised when
// open), a new protocol from the template, and duplicating a protocol into the user's folder
// (the way to edit a bundled one, which is read-only).
//
// Ownership: the launcher borrows the loader and the library view, which must outlive it; the
// editor windows and dialogs are children of `window`. Nothing here throws; a file that cannot
// be opened or written is reported in a message box.

#include "core/loader.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace effleur::ui {

class LibraryView;
class ProtocolEditor;

struct AuthoringServices {
    std::shared_ptr<const Loader> loader;
    std::vector<std::filesystem::path> folders; // the bundled ones first, the user's last
    std::size_t bundled_folder_count = 1;
    LibraryView* library = nullptr;
    std::function<bool()> dark;            // the dark theme is chosen
    std::function<bool()> session_running; // nothing is duplicated during a session
};

class AuthoringLauncher : public QObject {
    Q_OBJECT

public:
    AuthoringLauncher(AuthoringServices services, QWidget& window);

    // The user's protocol folder (the last of the folders); empty when there is none.
    [[nodiscard]] QString user_folder() const;
    // Opens `file` in an editor window (or raises the one open on it); null when it cannot.
    ProtocolEditor* open_editor(const QString& file);
    [[nodiscard]] QList<ProtocolEditor*> editors() const;
    // File > New protocol: asks for a title and makes it from the template in the user's folder.
    void new_protocol();
    // "Duplicate to my protocols" for the selected protocol: asks for an id and a title.
    // `to_edit`: the user asked to edit a bundled protocol; the dialog says why it makes a copy.
    void duplicate_selected(bool to_edit = false);
    // File > Edit protocol: the selected one in the editor, or a copy of a bundled one.
    void edit_selected();

Q_SIGNALS:
    // A protocol file was written: the library reads its folders again.
    void libraryChanged();
    // A protocol was duplicated into the user's folder as `file` (now in the library).
    void protocolDuplicated(const QString& file);
    void status(const QString& words, int timeout_ms);

private:
    AuthoringServices services_;
    QWidget& window_;
};

} // namespace effleur::ui
