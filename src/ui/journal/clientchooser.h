#pragma once
// The first step of a client session: who the client is. Typing searches the journal's clients;
// a name that matches none offers "New client" with that name, created in the same dialog with
// the name alone. The chosen client's standing notes (preferences, allergies, what to avoid) and
// their last session of this protocol (when, how it ended, the notes and findings) are shown
// before the checklist. Keys: type, Up / Down choose, Enter continues, Esc cancels.
//
// Ownership: borrows the store, which must outlive the dialog. Errors: a client that cannot be
// created is shown in a message box and the dialog stays open. Everything shown is plain text.
// Nothing here logs a client's data.

#include "storage/journalstore.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace effleur::ui {

class ClientChooser : public QDialog {
    Q_OBJECT

public:
    using Now = std::function<storage::WallTime()>;
    // `protocol_id` chooses which last session is shown; `now` stamps a new client (the system
    // clock when empty).
    ClientChooser(storage::JournalStore& store, std::string protocol_id, QWidget* parent = nullptr,
                  Now now = {});

    // After Accepted: the client (created if new).
    [[nodiscard]] const std::optional<storage::Client>& client() const { return chosen_; }
    // The client's last session of the protocol, when there is one.
    [[nodiscard]] const std::optional<storage::SessionRecord>& last_session() const {
        return last_;
    }

    void accept() override;

private:
    void refill();
    void show_details();

    storage::JournalStore& store_;
    std::string protocol_;
    Now now_;
    std::vector<storage::Client> matches_;
    std::optional<storage::Client> chosen_;
    std::optional<storage::SessionRecord> last_;
    QLineEdit* search_ = nullptr;
    QListWidget* list_ = nullptr;
    QPlainTextEdit* details_ = nullptr;
    QPushButton* go_ = nullptr;
};

// A client's standing notes and their last session, as the chooser shows them: plain text.
[[nodiscard]] QString client_briefing(const storage::Client& client,
                                      const std::optional<storage::SessionRecord>& last);

} // namespace effleur::ui
