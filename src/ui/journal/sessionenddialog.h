#pragma once
// After a client session: what happened, and the little the app cannot know. The summary comes
// from the journal's own record of the session (steps done, skipped, extended and gone back to;
// the real time against the plan; how it ended). Below it, a short notes form (how the client
// felt, pressure, findings, advice, a plan for next time) and, for a day with a physician's
// procedure, the procedure's checklist with a note per item (e.g. where the injections were
// made). Beside them, the protocol's diagram, to mark findings on (see findings.h). Nothing is
// required: Esc or "Skip" leaves without notes, Ctrl+Return saves.
//
// Ownership: borrows the store and the catalogue, which must outlive the dialog. Errors: a note
// that cannot be saved is shown in a message box and the dialog stays open, keeping what was typed.
// All text is plain. Nothing here logs a client's data.

#include "core/catalog.h"
#include "core/protocol.h"
#include "storage/journalstore.h"

#include <QDialog>

#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace effleur::ui {
class FindingsPanel;
}

namespace effleur::ui {

// The numbers the summary shows, from the record's events.
struct SessionTally {
    int steps = 0;    // steps begun
    int done = 0;     // steps whose every side ran to its time
    int skipped = 0;  // steps ended early with Next
    int extended = 0; // steps given more (or less) time
    int back = 0;     // times the therapist went back or restarted a part
    std::chrono::milliseconds planned{0};
    std::chrono::milliseconds active{0};
};
[[nodiscard]] SessionTally tally(const storage::SessionRecord& record);

class SessionEndDialog : public QDialog {
    Q_OBJECT

public:
    using Now = std::function<storage::WallTime()>;
    SessionEndDialog(storage::JournalStore& store, std::int64_t session, const Protocol& protocol,
                     const Catalog& catalog, QWidget* parent = nullptr, Now now = {});

    [[nodiscard]] std::int64_t session() const { return session_; }
    [[nodiscard]] QString summary_text() const;
    [[nodiscard]] FindingsPanel* findings() const { return marks_; }
    // Saves the note, the procedure ticks and the marks, when any were given.
    void accept() override;

private:
    storage::JournalStore& store_;
    std::int64_t session_ = 0;
    Now now_;
    QLabel* summary_ = nullptr;
    QLineEdit* felt_ = nullptr;
    QLineEdit* pressure_ = nullptr;
    QPlainTextEdit* findings_ = nullptr;
    QLineEdit* advice_ = nullptr;
    QLineEdit* plan_ = nullptr;
    struct Tick {
        std::string item;
        QCheckBox* done = nullptr;
        QLineEdit* note = nullptr;
    };
    std::vector<Tick> ticks_;
    FindingsPanel* marks_ = nullptr;
    // What is already kept, so that trying again after an error writes nothing twice.
    bool note_saved_ = false;
    bool ticks_saved_ = false;
};

} // namespace effleur::ui
