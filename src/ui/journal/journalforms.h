#pragma once
// The journal window's two small forms: a client's details (the name is required, the date of
// birth is yyyy-mm-dd or empty) and the therapist's notes after a session (how the client felt,
// pressure, findings, advice, plan). They only edit values: the window writes them to the store.
//
// Ownership: each form is a dialog owned by its parent widget. Nothing here throws or logs.

#include "storage/journal.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace effleur::ui {

class JournalClientForm : public QDialog {
    Q_OBJECT

public:
    // `client` fills the fields; its id and times are kept as they are.
    JournalClientForm(const storage::Client& client, const QString& title,
                      QWidget* parent = nullptr);

    // The client as the fields now say, names and notes trimmed.
    [[nodiscard]] storage::Client client() const;
    // The name is not blank and the date of birth is a date or empty.
    [[nodiscard]] bool acceptable() const;

private:
    void update_ok();

    storage::Client original_;
    QLineEdit* name_ = nullptr;
    QLineEdit* contact_ = nullptr;
    QLineEdit* birth_ = nullptr;
    QLineEdit* preferences_ = nullptr;
    QLineEdit* allergies_ = nullptr;
    QLineEdit* avoid_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

class JournalNoteForm : public QDialog {
    Q_OBJECT

public:
    // `note` fills the fields (an amendment starts from the note it amends); `explanation`, if
    // any, is a line of plain text above them.
    JournalNoteForm(const storage::Note& note, const QString& title, const QString& explanation,
                    QWidget* parent = nullptr);

    // The fields as a note; its id, time and `amends` are left for the window to set.
    [[nodiscard]] storage::Note note() const;
    // Something is written in at least one field.
    [[nodiscard]] bool acceptable() const;

private:
    void update_ok();

    QLineEdit* felt_ = nullptr;
    QLineEdit* pressure_ = nullptr;
    QPlainTextEdit* findings_ = nullptr;
    QPlainTextEdit* advice_ = nullptr;
    QPlainTextEdit* plan_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace effleur::ui
