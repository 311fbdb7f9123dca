#include "ui/journal/clientchooser.h"

#include "ui/journal/findings.h"
#include "ui/journal/journaltext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <chrono>

namespace effleur::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// Up and Down in the search field move through the list, so typing and choosing need no Tab.
class ListKeys : public QObject {
public:
    ListKeys(QListWidget* list, QObject* parent) : QObject(parent), list_(list) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if ((key == Qt::Key_Up || key == Qt::Key_Down) && list_->count() > 0) {
                const int row = std::clamp(list_->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0,
                                           list_->count() - 1);
                list_->setCurrentRow(row);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget* list_;
};

constexpr int new_client_row = -1; // the item's data for "New client"

} // namespace

QString client_briefing(const storage::Client& client,
                        const std::optional<storage::SessionRecord>& last) {
    QStringList lines;
    lines << qs(client.name);
    const auto field = [&lines](const QString& label, const std::string& value) {
        if (!value.empty())
            lines << label.arg(qs(value));
    };
    field(ClientChooser::tr("Allergies: %1"), client.allergies);
    field(ClientChooser::tr("Avoid: %1"), client.avoid);
    field(ClientChooser::tr("Preferences: %1"), client.preferences);
    field(ClientChooser::tr("Contact: %1"), client.contact);
    lines << QString();
    if (!last) {
        lines << ClientChooser::tr("No earlier session of this protocol.");
        return lines.join(QLatin1Char('\n'));
    }
    const storage::SessionSummary& s = last->summary;
    QString when = ClientChooser::tr("Last time: %1, %2")
                       .arg(journal_text::when(s.started), qs(s.protocol_title));
    if (s.day)
        when += ClientChooser::tr(", day %1").arg(*s.day);
    lines << when;
    if (s.active)
        lines << ClientChooser::tr("%1 of %2 planned, %3")
                     .arg(journal_text::duration(*s.active), journal_text::duration(s.planned),
                          qs(std::string(to_string(s.outcome))));
    if (!last->notes.empty()) {
        const storage::Note& n = last->notes.back();
        field(ClientChooser::tr("Felt: %1"), n.felt);
        field(ClientChooser::tr("Pressure: %1"), n.pressure);
        field(ClientChooser::tr("Findings: %1"), n.findings);
        field(ClientChooser::tr("Advice: %1"), n.advice);
        field(ClientChooser::tr("Plan for next time: %1"), n.plan);
    }
    for (const storage::Mark& m : last->marks)
        lines << (m.label.empty()
                      ? ClientChooser::tr("Marked on the diagram: %1").arg(mark_kind_name(m.kind))
                      : ClientChooser::tr("Marked on the diagram: %1, %2")
                            .arg(mark_kind_name(m.kind), qs(m.label)));
    return lines.join(QLatin1Char('\n'));
}

ClientChooser::ClientChooser(storage::JournalStore& store, std::string protocol_id, QWidget* parent,
                             Now now)
    : QDialog(parent), store_(store), protocol_(std::move(protocol_id)), now_(std::move(now)) {
    setObjectName(QStringLiteral("client-chooser"));
    setWindowTitle(tr("Who is the client?"));
    if (!now_)
        now_ = [] { return std::chrono::system_clock::now(); };
    auto* outer = new QVBoxLayout(this);
    auto* prompt =
        new QLabel(tr("&Client: type a name to find a client, or a new name to add one"), this);
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("client-search"));
    search_->setPlaceholderText(tr("Name"));
    search_->setClearButtonEnabled(true);
    prompt->setBuddy(search_);
    outer->addWidget(prompt);
    outer->addWidget(search_);
    auto* row = new QHBoxLayout;
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("client-list"));
    list_->setFocusPolicy(Qt::NoFocus); // the search field keeps the keys
    details_ = new QPlainTextEdit(this);
    details_->setObjectName(QStringLiteral("client-details"));
    details_->setReadOnly(true);
    details_->setFocusPolicy(Qt::NoFocus);
    row->addWidget(list_, 2);
    row->addWidget(details_, 3);
    outer->addLayout(row, 1);
    auto* buttons = new QDialogButtonBox(this);
    go_ = buttons->addButton(tr("C&ontinue to the checklist"), QDialogButtonBox::AcceptRole);
    go_->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientChooser::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClientChooser::reject);
    connect(search_, &QLineEdit::textChanged, this, &ClientChooser::refill);
    connect(list_, &QListWidget::currentRowChanged, this, &ClientChooser::show_details);
    connect(list_, &QListWidget::itemDoubleClicked, this, &ClientChooser::accept);
    search_->installEventFilter(new ListKeys(list_, this));
    resize(760, 440);
    refill();
    search_->setFocus();
}

void ClientChooser::refill() {
    const QString typed = search_->text().trimmed();
    matches_ = store_.clients(typed.toStdString());
    list_->clear();
    bool exact = false;
    for (std::size_t i = 0; i < matches_.size(); ++i) {
        auto* item = new QListWidgetItem(qs(matches_[i].name), list_);
        item->setData(Qt::UserRole, static_cast<int>(i));
        exact = exact || qs(matches_[i].name).compare(typed, Qt::CaseInsensitive) == 0;
    }
    if (!typed.isEmpty() && !exact) {
        auto* item = new QListWidgetItem(tr("New client: %1").arg(typed), list_);
        item->setData(Qt::UserRole, new_client_row);
    }
    list_->setCurrentRow(list_->count() > 0 ? 0 : -1);
    go_->setEnabled(list_->count() > 0);
    show_details();
}

void ClientChooser::show_details() {
    const QListWidgetItem* item = list_->currentItem();
    last_.reset();
    if (!item) {
        details_->setPlainText(matches_.empty() && search_->text().trimmed().isEmpty()
                                   ? tr("No clients yet: type the new client's name.")
                                   : QString());
        return;
    }
    const int i = item->data(Qt::UserRole).toInt();
    if (i == new_client_row) {
        details_->setPlainText(
            tr("A new client. Only the name is needed now; contact details and standing notes "
               "can be added in the journal."));
        return;
    }
    const storage::Client& c = matches_[static_cast<std::size_t>(i)];
    last_ = store_.last_session(c.id, protocol_);
    details_->setPlainText(client_briefing(c, last_));
}

void ClientChooser::accept() {
    const QListWidgetItem* item = list_->currentItem();
    if (!item)
        return;
    const int i = item->data(Qt::UserRole).toInt();
    if (i != new_client_row) {
        chosen_ = matches_[static_cast<std::size_t>(i)];
        QDialog::accept();
        return;
    }
    storage::Client c;
    c.name = search_->text().trimmed().toStdString();
    auto added = store_.add_client(std::move(c), now_());
    if (!added) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("The client cannot be added: %1")
                .arg(qs(added.errors().empty() ? std::string() : added.errors().front().message)));
        return;
    }
    chosen_ = added.value();
    last_.reset();
    QDialog::accept();
}

} // namespace effleur::ui
