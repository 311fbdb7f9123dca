#pragma once
// "Duplicate to my protocols": a copy of a protocol file in the user's protocol folder, under a
// new id and title chosen in a small dialog (prefilled with "<id>-copy" and "<title> (copy)").
//
// The copy is the original's bytes with only the values of the top-level "id" and "title" (its
// "en" text, when the title has translations) replaced, so everything else stays byte for byte
// as it was: formatting, key order, fields Effleur does not know. It is written with
// save_atomically into the folder, which is created (mode 0700) when missing.
//
// Ownership: the dialog is a plain QDialog; the functions own nothing. Error contract: nothing
// throws; failures come back as a Result whose message is for the user.

#include "core/diagnostic.h"

#include <QDialog>
#include <QString>

#include <optional>
#include <set>
#include <string>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace effleur::ui {

// `source` with the top-level "id" and "title" values replaced; an error when `source` is not a
// JSON object with a string "id" and a string (or {"en": ...}) "title" (a syntax error with its
// line and column).
[[nodiscard]] Result<QByteArray>
duplicate_protocol_text(const QByteArray& source, const std::string& id, const std::string& title);

// Writes the duplicate of `source_file` as `folder`/<id>.json. Returns the new file's path, or
// why it could not (the folder is never left with a partial file).
[[nodiscard]] Result<QString> duplicate_protocol_file(const QString& source_file,
                                                      const QString& folder, const std::string& id,
                                                      const std::string& title);

// Asks for the copy's id and title. OK is enabled only for a well-formed id that no protocol in
// `taken` has and no file in `folder` is named after.
class DuplicateDialog : public QDialog {
    Q_OBJECT

public:
    DuplicateDialog(const std::string& id, const std::string& title, std::set<std::string> taken,
                    QString folder, QWidget* parent = nullptr);

    [[nodiscard]] std::string id() const;
    [[nodiscard]] std::string title() const;
    // Why the id cannot be used; empty when it can.
    [[nodiscard]] QString problem() const;
    // Says first why a copy is made: the protocol comes with Effleur and cannot be edited in
    // place (the user asked to edit it).
    void explain_read_only();
    // What the dialog says above its fields.
    [[nodiscard]] QString intro_text() const;

private:
    void revalidate();

    std::set<std::string> taken_;
    QString folder_;
    QString protocol_title_;
    QLabel* intro_ = nullptr;
    QLineEdit* id_ = nullptr;
    QLineEdit* title_ = nullptr;
    QLabel* problem_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

// The first of "<id>-copy", "<id>-copy-2", ... that is not in `taken`.
[[nodiscard]] std::string unique_copy_id(const std::string& id, const std::set<std::string>& taken);

} // namespace effleur::ui
