#pragma once
// The journal's reading-back window: the clients (searched by name, notes, findings and marks),
// a client's standing notes and history, and one session's whole record as it really ran, with
// the therapist's notes and their amendments. New, edited and erased clients, and notes added
// or amended, go to the store from here; nothing else in the journal is ever changed.
//
// Ownership: the window borrows the JournalStore, which must outlive it. It is a top-level
// window (Qt::Window) owned by its parent, if any. Its forms and message boxes are its children,
// opened window-modal so that nothing blocks.
// Errors: a store call that fails is a message box with the store's diagnostic; nothing throws,
// and nothing of a client (name, answers, notes) is logged. All text from the journal is shown
// as plain text, never as markup.

#include "storage/journal.h"
#include "ui/journal/coursepanel.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace effleur {
struct Catalog;
struct Diagnostic;
namespace storage {
class JournalStore;
}
} // namespace effleur

namespace effleur::ui {

class JournalWindow : public QWidget {
    Q_OBJECT

public:
    explicit JournalWindow(storage::JournalStore& store, QWidget* parent = nullptr);

    // Reads everything again from the store and keeps the client and session selected (the
    // main window calls it after a session is recorded).
    void reload();
    // Selects the client (clearing a search that hides them) and shows their history.
    void show_client(std::int64_t client);
    // Selects the session's client and the session, and shows its record.
    void show_session(std::int64_t session);

    // Shows the chosen client's courses (see coursepanel.h) above their history.
    void enable_courses(CourseContext context);
    [[nodiscard]] CoursePanel* courses() const { return courses_; }
    // A print preview of the shown session's summary (Print…, Ctrl+P); null when none is shown.
    QWidget* print_summary();

    [[nodiscard]] std::optional<std::int64_t> selected_client() const;
    [[nodiscard]] std::optional<std::int64_t> selected_session() const;

    // The catalogue whose diagrams a session's findings are marked on and a printed summary draws
    // them on (borrowed), and the diagrams of a protocol by id (offered first); without a
    // catalogue there is no "Mark findings" and a printed summary lists the marks.
    using DiagramsOf = std::function<std::vector<std::string>(const std::string& protocol_id)>;
    void set_catalog(const Catalog* catalog, DiagramsOf diagrams_of = {});

    [[nodiscard]] QSize sizeHint() const override { return {1200, 740}; }

private:
    void fill_clients();
    void fill_history();
    void fill_protocols(const std::vector<storage::SessionSummary>& sessions);
    void fill_record();
    void select_client_row(std::int64_t client);
    void select_session_row(std::int64_t session);
    void update_buttons();

    void new_client();
    void edit_client();
    void erase_client();
    void add_note();
    void add_findings();

    void show_error(const QString& what, const Diagnostic& why);

    storage::JournalStore& store_;
    QLineEdit* search_ = nullptr;
    QTreeWidget* clients_ = nullptr;
    QPushButton* new_client_ = nullptr;
    QPushButton* edit_client_ = nullptr;
    QPushButton* erase_client_ = nullptr;
    QLabel* client_title_ = nullptr;
    QLabel* standing_ = nullptr;
    QComboBox* protocol_filter_ = nullptr;
    QComboBox* outcome_filter_ = nullptr;
    QTreeWidget* history_ = nullptr;
    QLabel* record_title_ = nullptr;
    QPlainTextEdit* record_ = nullptr;
    QPushButton* note_ = nullptr;
    QVBoxLayout* course_slot_ = nullptr;
    CoursePanel* courses_ = nullptr;
    QPushButton* print_ = nullptr;
    QPushButton* findings_ = nullptr;
    const Catalog* catalog_ = nullptr;
    DiagramsOf diagrams_of_;
    // What is shown, so that a refill can keep it.
    std::optional<std::int64_t> client_;
    std::optional<std::int64_t> session_;
    std::optional<storage::SessionRecord> shown_;
};

} // namespace effleur::ui
