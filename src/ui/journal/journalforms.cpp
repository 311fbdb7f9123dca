#include "ui/journal/journalforms.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace effleur::ui {

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

std::string trimmed(const QString& s) {
    return s.trimmed().toStdString();
}

QLineEdit* line(const std::string& value, const char* name, QWidget* parent) {
    auto* edit = new QLineEdit(str(value), parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

QPlainTextEdit* text(const std::string& value, const char* name, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setPlainText(str(value));
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}

QDialogButtonBox* ok_cancel(QDialog* dialog) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QObject::tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(QObject::tr("&Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

JournalClientForm::JournalClientForm(const storage::Client& client, const QString& title,
                                     QWidget* parent)
    : QDialog(parent), original_(client) {
    setObjectName(QStringLiteral("journal-client-form"));
    setWindowTitle(title);
    auto* form = new QFormLayout;
    name_ = line(client.name, "client-name", this);
    contact_ = line(client.contact, "client-contact", this);
    birth_ = line(client.birth_date, "client-birth", this);
    birth_->setPlaceholderText(tr("yyyy-mm-dd"));
    preferences_ = line(client.preferences, "client-preferences", this);
    preferences_->setPlaceholderText(tr("pressure, oils, music"));
    allergies_ = line(client.allergies, "client-allergies", this);
    avoid_ = line(client.avoid, "client-avoid", this);
    avoid_->setPlaceholderText(tr("what not to do, where not to work"));
    form->addRow(tr("&Name (required):"), name_);
    form->addRow(tr("C&ontact:"), contact_);
    form->addRow(tr("&Date of birth:"), birth_);
    form->addRow(tr("&Preferences:"), preferences_);
    form->addRow(tr("A&llergies:"), allergies_);
    form->addRow(tr("A&void:"), avoid_);
    buttons_ = ok_cancel(this);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addWidget(buttons_);
    connect(name_, &QLineEdit::textChanged, this, &JournalClientForm::update_ok);
    connect(birth_, &QLineEdit::textChanged, this, &JournalClientForm::update_ok);
    update_ok();
    resize(480, sizeHint().height());
}

storage::Client JournalClientForm::client() const {
    storage::Client c = original_;
    c.name = trimmed(name_->text());
    c.contact = trimmed(contact_->text());
    c.birth_date = trimmed(birth_->text());
    c.preferences = trimmed(preferences_->text());
    c.allergies = trimmed(allergies_->text());
    c.avoid = trimmed(avoid_->text());
    return c;
}

bool JournalClientForm::acceptable() const {
    const QString birth = birth_->text().trimmed();
    return !name_->text().trimmed().isEmpty() &&
           (birth.isEmpty() || QDate::fromString(birth, Qt::ISODate).isValid());
}

void JournalClientForm::update_ok() {
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(acceptable());
}

JournalNoteForm::JournalNoteForm(const storage::Note& note, const QString& title,
                                 const QString& explanation, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("journal-note-form"));
    setWindowTitle(title);
    auto* form = new QFormLayout;
    felt_ = line(note.felt, "note-felt", this);
    felt_->setPlaceholderText(tr("how the client felt"));
    pressure_ = line(note.pressure, "note-pressure", this);
    findings_ = text(note.findings, "note-findings", this);
    advice_ = text(note.advice, "note-advice", this);
    plan_ = text(note.plan, "note-plan", this);
    form->addRow(tr("&Felt:"), felt_);
    form->addRow(tr("&Pressure:"), pressure_);
    form->addRow(tr("F&indings:"), findings_);
    form->addRow(tr("&Advice:"), advice_);
    form->addRow(tr("P&lan for next time:"), plan_);
    buttons_ = ok_cancel(this);
    auto* outer = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto* label = new QLabel(explanation, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        outer->addWidget(label);
    }
    outer->addLayout(form);
    outer->addWidget(buttons_);
    for (QLineEdit* e : {felt_, pressure_})
        connect(e, &QLineEdit::textChanged, this, &JournalNoteForm::update_ok);
    for (QPlainTextEdit* e : {findings_, advice_, plan_})
        connect(e, &QPlainTextEdit::textChanged, this, &JournalNoteForm::update_ok);
    update_ok();
    resize(560, 460);
}

storage::Note JournalNoteForm::note() const {
    storage::Note n;
    n.felt = trimmed(felt_->text());
    n.pressure = trimmed(pressure_->text());
    n.findings = trimmed(findings_->toPlainText());
    n.advice = trimmed(advice_->toPlainText());
    n.plan = trimmed(plan_->toPlainText());
    return n;
}

bool JournalNoteForm::acceptable() const {
    const storage::Note n = note();
    return !(n.felt.empty() && n.pressure.empty() && n.findings.empty() && n.advice.empty() &&
             n.plan.empty());
}

void JournalNoteForm::update_ok() {
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(acceptable());
}

} // namespace effleur::ui
