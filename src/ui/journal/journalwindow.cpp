#include "ui/journal/journalwindow.h"

#include "storage/journalstore.h"
#include "ui/journal/findings.h"
#include "ui/journal/journalforms.h"
#include "ui/journal/journaltext.h"
#include "ui/journal/summaryprint.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

namespace effleur::ui {

namespace {

constexpr int id_role = Qt::UserRole;

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

std::int64_t id_of(const QTreeWidgetItem* item) {
    return item ? item->data(0, id_role).toLongLong() : 0;
}

QLabel* plain_label(QWidget* parent, const char* name = nullptr) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (name)
        label->setObjectName(QString::fromLatin1(name));
    return label;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QTreeWidget* table(const QStringList& headers, const char* name, QWidget* parent) {
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return tree;
}

} // namespace

JournalWindow::JournalWindow(storage::JournalStore& store, QWidget* parent)
    : QWidget(parent, Qt::Window), store_(store) {
    setObjectName(QStringLiteral("journal-window"));
    setWindowTitle(tr("Journal \u2014 Effleur"));

    // Left: the search and the clients.
    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    left_layout->setContentsMargins(0, 0, 0, 0);
    auto* search_label = new QLabel(tr("&Search:"), left);
    search_ = new QLineEdit(left);
    search_->setObjectName(QStringLiteral("journal-search"));
    search_->setPlaceholderText(tr("Names, notes, findings, marks"));
    search_->setClearButtonEnabled(true);
    search_label->setBuddy(search_);
    auto* search_row = new QHBoxLayout;
    search_row->addWidget(search_label);
    search_row->addWidget(search_, 1);
    left_layout->addLayout(search_row);
    clients_ = table({tr("Client"), tr("Last session")}, "clients", left);
    clients_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    clients_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    clients_->header()->setStretchLastSection(false);
    left_layout->addWidget(clients_, 1);
    new_client_ = new QPushButton(tr("&New client\u2026"), left);
    new_client_->setObjectName(QStringLiteral("journal-new-client"));
    edit_client_ = new QPushButton(tr("&Edit client\u2026"), left);
    edit_client_->setObjectName(QStringLiteral("journal-edit-client"));
    erase_client_ = new QPushButton(tr("E&rase client\u2026"), left);
    erase_client_->setObjectName(QStringLiteral("journal-erase-client"));
    erase_client_->setToolTip(tr("Erase the client and every session of theirs, for good"));
    auto* client_buttons = new QHBoxLayout;
    client_buttons->addWidget(new_client_);
    client_buttons->addWidget(edit_client_);
    client_buttons->addWidget(erase_client_);
    left_layout->addLayout(client_buttons);

    // Right, top: the client's standing notes and history.
    auto* top = new QWidget(this);
    auto* top_layout = new QVBoxLayout(top);
    top_layout->setContentsMargins(0, 0, 0, 0);
    client_title_ = plain_label(top, "client-title");
    QFont big = client_title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    client_title_->setFont(big);
    top_layout->addWidget(client_title_);
    standing_ = plain_label(top, "client-notes");
    standing_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top_layout->addWidget(standing_);
    course_slot_ = new QVBoxLayout;
    top_layout->addLayout(course_slot_);
    auto* history_label = heading(tr("&History"), top);
    auto* history_row = new QHBoxLayout;
    history_row->addWidget(history_label, 1);
    auto* protocol_label = new QLabel(tr("&Protocol:"), top);
    protocol_filter_ = new QComboBox(top);
    protocol_filter_->setObjectName(QStringLiteral("history-protocol"));
    protocol_filter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    protocol_label->setBuddy(protocol_filter_);
    auto* outcome_label = new QLabel(tr("&Outcome:"), top);
    outcome_filter_ = new QComboBox(top);
    outcome_filter_->setObjectName(QStringLiteral("history-outcome"));
    outcome_filter_->addItem(tr("All outcomes"), QString());
    for (storage::Outcome o :
         {storage::Outcome::Finished, storage::Outcome::Stopped, storage::Outcome::Interrupted,
          storage::Outcome::Blocked, storage::Outcome::Running}) {
        storage::SessionSummary example;
        example.outcome = o;
        outcome_filter_->addItem(
            journal_text::outcome(example),
            QString::fromUtf8(storage::to_string(o).data(),
                              static_cast<qsizetype>(storage::to_string(o).size())));
    }
    outcome_label->setBuddy(outcome_filter_);
    history_row->addWidget(protocol_label);
    history_row->addWidget(protocol_filter_);
    history_row->addSpacing(12);
    history_row->addWidget(outcome_label);
    history_row->addWidget(outcome_filter_);
    top_layout->addLayout(history_row);
    history_ = table(
        {tr("When"), tr("Protocol"), tr("Duration"), tr("Outcome"), tr("Checklist"), tr("Notes")},
        "history", top);
    history_label->setBuddy(history_);
    history_->header()->setStretchLastSection(true);
    top_layout->addWidget(history_, 1);

    // Right, bottom: one session's record.
    auto* bottom = new QWidget(this);
    auto* bottom_layout = new QVBoxLayout(bottom);
    bottom_layout->setContentsMargins(0, 0, 0, 0);
    auto* record_row = new QHBoxLayout;
    record_title_ = heading(tr("Session re&cord"), bottom);
    record_row->addWidget(record_title_, 1);
    note_ = new QPushButton(tr("&Add note\u2026"), bottom);
    note_->setObjectName(QStringLiteral("journal-note"));
    record_row->addWidget(note_);
    print_ = new QPushButton(tr("Pr&int\u2026"), bottom);
    print_->setObjectName(QStringLiteral("journal-print"));
    print_->setToolTip(tr("Print the session's summary, or save it as PDF/A (Ctrl+P)"));
    record_row->addWidget(print_);
    findings_ = new QPushButton(tr("&Mark findings\u2026"), bottom);
    findings_->setObjectName(QStringLiteral("journal-findings"));
    findings_->setToolTip(tr("Mark tension, pain, a bruise or an injection site on the diagram"));
    findings_->hide(); // until there is a catalogue of diagrams
    record_row->addWidget(findings_);
    bottom_layout->addLayout(record_row);
    record_ = new QPlainTextEdit(bottom);
    record_->setObjectName(QStringLiteral("record"));
    record_->setReadOnly(true);
    record_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    record_title_->setBuddy(record_);
    bottom_layout->addWidget(record_, 1);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(top);
    right->addWidget(bottom);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    right->setSizes({280, 440});
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({340, 860});
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(split);

    connect(search_, &QLineEdit::textChanged, this, [this] { fill_clients(); });
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        clients_->setFocus();
        if (!clients_->currentItem() && clients_->topLevelItemCount() > 0)
            clients_->setCurrentItem(clients_->topLevelItem(0));
    });
    connect(clients_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        client_ = item ? std::optional<std::int64_t>(id_of(item)) : std::nullopt;
        session_.reset();
        fill_history();
    });
    connect(clients_, &QTreeWidget::itemActivated, this, [this] {
        history_->setFocus();
        if (!history_->currentItem() && history_->topLevelItemCount() > 0)
            history_->setCurrentItem(history_->topLevelItem(0));
    });
    connect(history_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        session_ = item ? std::optional<std::int64_t>(id_of(item)) : std::nullopt;
        fill_record();
    });
    connect(history_, &QTreeWidget::itemActivated, this, [this] { record_->setFocus(); });
    connect(protocol_filter_, &QComboBox::activated, this, [this] { fill_history(); });
    connect(outcome_filter_, &QComboBox::activated, this, [this] { fill_history(); });
    connect(new_client_, &QPushButton::clicked, this, &JournalWindow::new_client);
    connect(edit_client_, &QPushButton::clicked, this, &JournalWindow::edit_client);
    connect(erase_client_, &QPushButton::clicked, this, &JournalWindow::erase_client);
    connect(note_, &QPushButton::clicked, this, &JournalWindow::add_note);
    connect(print_, &QPushButton::clicked, this, &JournalWindow::print_summary);
    auto* print_key = new QShortcut(QKeySequence::Print, this);
    connect(print_key, &QShortcut::activated, this, &JournalWindow::print_summary);
    connect(findings_, &QPushButton::clicked, this, &JournalWindow::add_findings);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        search_->setFocus(Qt::ShortcutFocusReason);
        search_->selectAll();
    });
    for (const QKeySequence& keys :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        auto* close_key = new QShortcut(keys, this);
        connect(close_key, &QShortcut::activated, this, &QWidget::close);
    }

    resize(sizeHint());
    reload();
    clients_->setFocus();
}

void JournalWindow::enable_courses(CourseContext context) {
    if (courses_)
        return;
    courses_ = new CoursePanel(store_, std::move(context), this);
    course_slot_->addWidget(courses_);
    courses_->show_client(client_);
    // Room for the courses above the history.
    for (auto* split : findChildren<QSplitter*>())
        if (split->orientation() == Qt::Vertical)
            split->setSizes({500, 300});
}

std::optional<std::int64_t> JournalWindow::selected_client() const {
    return client_;
}

std::optional<std::int64_t> JournalWindow::selected_session() const {
    return session_;
}

void JournalWindow::reload() {
    fill_clients();
}

void JournalWindow::fill_clients() {
    const std::optional<std::int64_t> keep_client = client_;
    const std::optional<std::int64_t> keep_session = session_;
    const std::string text = search_->text().trimmed().toStdString();

    std::vector<storage::Client> shown = store_.clients();
    if (!text.empty()) {
        std::set<std::int64_t> found = store_.clients_with_text(text);
        for (const storage::Client& c : store_.clients(text))
            found.insert(c.id);
        std::erase_if(shown, [&](const storage::Client& c) { return !found.contains(c.id); });
    }

    const QSignalBlocker block(clients_);
    clients_->clear();
    QTreeWidgetItem* current = nullptr;
    const std::map<std::int64_t, storage::WallTime> latest = store_.last_started();
    for (const storage::Client& c : shown) {
        auto* item = new QTreeWidgetItem(clients_);
        item->setText(0, str(c.name));
        const auto last = latest.find(c.id);
        item->setText(1, last == latest.end() ? tr("no sessions yet")
                                              : journal_text::when(last->second));
        item->setData(0, id_role, QVariant::fromValue<qint64>(c.id));
        if (keep_client && *keep_client == c.id)
            current = item;
    }
    if (!current && clients_->topLevelItemCount() > 0)
        current = clients_->topLevelItem(0);
    clients_->setCurrentItem(current);
    client_ = current ? std::optional<std::int64_t>(id_of(current)) : std::nullopt;
    session_ = client_ == keep_client ? keep_session : std::nullopt;
    fill_history();
}

void JournalWindow::fill_history() {
    const std::optional<std::int64_t> keep_session = session_;
    const QSignalBlocker block(history_);
    history_->clear();
    const std::optional<storage::Client> client = client_ ? store_.client(*client_) : std::nullopt;
    if (courses_)
        courses_->show_client(client ? client_ : std::nullopt);
    if (!client) {
        client_title_->setText(
            clients_->topLevelItemCount() == 0 && search_->text().isEmpty()
                ? tr("No clients yet. Add one with \u201cNew client\u2026\u201d.")
                : tr("No client chosen."));
        standing_->clear();
        standing_->hide();
        session_.reset();
        fill_record();
        update_buttons();
        return;
    }
    client_title_->setText(str(client->name));
    standing_->setText(journal_text::standing_notes(*client));
    standing_->show();

    const std::vector<storage::SessionSummary> all = store_.history(client->id);
    fill_protocols(all);
    const std::string protocol = protocol_filter_->currentData().toString().toStdString();
    const std::string outcome = outcome_filter_->currentData().toString().toStdString();
    QTreeWidgetItem* current = nullptr;
    for (const storage::SessionSummary& s : all) {
        if ((!protocol.empty() && s.protocol_id != protocol) ||
            (!outcome.empty() && storage::to_string(s.outcome) != outcome))
            continue;
        QString blocked;
        if (s.outcome == storage::Outcome::Blocked) {
            if (const auto r = store_.session(s.id); r && !r->blocked_item.empty())
                blocked = journal_text::item_words(r->gate, r->blocked_item);
        }
        auto* item = new QTreeWidgetItem(history_);
        item->setText(0, journal_text::when(s.started));
        item->setText(1, journal_text::protocol_and_day(s));
        item->setText(2, s.outcome == storage::Outcome::Blocked
                             ? QStringLiteral("\u2014")
                             : journal_text::duration_against_plan(s));
        item->setText(3, journal_text::outcome(s, blocked));
        item->setText(4, journal_text::verdict(s.verdict));
        item->setText(5, str(s.note_line));
        item->setToolTip(1, str(s.protocol_id));
        item->setData(0, id_role, QVariant::fromValue<qint64>(s.id));
        if (keep_session && *keep_session == s.id)
            current = item;
    }
    if (!current && history_->topLevelItemCount() > 0)
        current = history_->topLevelItem(0);
    history_->setCurrentItem(current);
    for (int col = 0; col + 1 < history_->columnCount(); ++col)
        history_->resizeColumnToContents(col);
    session_ = current ? std::optional<std::int64_t>(id_of(current)) : std::nullopt;
    fill_record();
    update_buttons();
}

void JournalWindow::fill_protocols(const std::vector<storage::SessionSummary>& sessions) {
    const QString keep = protocol_filter_->currentData().toString();
    const QSignalBlocker block(protocol_filter_);
    protocol_filter_->clear();
    protocol_filter_->addItem(tr("All protocols"), QString());
    std::set<std::string> seen;
    for (const storage::SessionSummary& s : sessions) {
        if (!seen.insert(s.protocol_id).second)
            continue;
        protocol_filter_->addItem(str(s.protocol_title.empty() ? s.protocol_id : s.protocol_title),
                                  str(s.protocol_id));
    }
    const int index = protocol_filter_->findData(keep);
    protocol_filter_->setCurrentIndex(index < 0 ? 0 : index);
}

void JournalWindow::fill_record() {
    shown_ = session_ ? store_.session(*session_) : std::nullopt;
    if (!shown_) {
        const bool filtered =
            protocol_filter_->currentIndex() > 0 || outcome_filter_->currentIndex() > 0;
        record_->setPlainText(!client_   ? QString()
                              : filtered ? tr("No session of this client matches the filters.")
                                         : tr("No sessions recorded for this client yet."));
    } else {
        record_->setPlainText(journal_text::record(*shown_));
    }
    update_buttons();
}

void JournalWindow::update_buttons() {
    edit_client_->setEnabled(client_.has_value());
    erase_client_->setEnabled(client_.has_value());
    note_->setEnabled(shown_.has_value());
    print_->setEnabled(shown_.has_value());
    findings_->setEnabled(shown_.has_value() &&
                          shown_->summary.outcome != storage::Outcome::Blocked);
    note_->setText(shown_ && !shown_->notes.empty() ? tr("&Amend note\u2026")
                                                    : tr("&Add note\u2026"));
}

QWidget* JournalWindow::print_summary() {
    if (!shown_)
        return nullptr;
    return preview_summary(this, *shown_, catalog_);
}

void JournalWindow::select_client_row(std::int64_t client) {
    for (int i = 0; i < clients_->topLevelItemCount(); ++i) {
        if (id_of(clients_->topLevelItem(i)) == client) {
            clients_->setCurrentItem(clients_->topLevelItem(i));
            return;
        }
    }
}

void JournalWindow::select_session_row(std::int64_t session) {
    for (int i = 0; i < history_->topLevelItemCount(); ++i) {
        if (id_of(history_->topLevelItem(i)) == session) {
            history_->setCurrentItem(history_->topLevelItem(i));
            return;
        }
    }
}

void JournalWindow::show_client(std::int64_t client) {
    if (!store_.client(client))
        return;
    if (search_->text().isEmpty() && client_ != client) {
        // The list holds every client: choosing the row shows the history.
        for (int i = 0; i < clients_->topLevelItemCount(); ++i) {
            if (id_of(clients_->topLevelItem(i)) == client) {
                clients_->setCurrentItem(clients_->topLevelItem(i));
                return;
            }
        }
    }
    client_ = client;
    session_.reset();
    if (!search_->text().isEmpty()) {
        const QSignalBlocker block(search_);
        search_->clear();
    }
    fill_clients();
    select_client_row(client);
}

void JournalWindow::show_session(std::int64_t session) {
    const auto record = store_.session(session);
    if (!record)
        return;
    show_client(record->summary.client);
    select_session_row(session);
}

void JournalWindow::show_error(const QString& what, const Diagnostic& why) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Journal"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("journal-error"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(str(why.message));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void JournalWindow::new_client() {
    auto* form = new JournalClientForm(storage::Client{}, tr("New client"), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        auto added = store_.add_client(form->client(), std::chrono::system_clock::now());
        if (!added) {
            show_error(tr("The client could not be added."), added.errors().front());
            return;
        }
        show_client(added.value().id);
    });
    form->open();
}

void JournalWindow::edit_client() {
    const std::optional<storage::Client> client = client_ ? store_.client(*client_) : std::nullopt;
    if (courses_)
        courses_->show_client(client ? client_ : std::nullopt);
    if (!client)
        return;
    auto* form = new JournalClientForm(*client, tr("Edit client"), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        const storage::Client changed = form->client();
        if (auto done = store_.update_client(changed, std::chrono::system_clock::now()); !done) {
            show_error(tr("The client could not be changed."), done.errors().front());
            return;
        }
        show_client(changed.id);
    });
    form->open();
}

void JournalWindow::erase_client() {
    const std::optional<storage::Client> client = client_ ? store_.client(*client_) : std::nullopt;
    if (courses_)
        courses_->show_client(client ? client_ : std::nullopt);
    if (!client)
        return;
    const int sessions = static_cast<int>(store_.history(client->id).size());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Erase client"),
                                tr("Erase %1 and everything about them?").arg(str(client->name)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("journal-erase-confirm"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("%n session(s) with their checklists, notes and marks will be erased forever, along "
           "with the client's details. This cannot be undone.",
           nullptr, sessions));
    auto* erase = box->addButton(tr("&Erase forever"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("journal-erase-yes"));
    auto* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setText(tr("&Cancel"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const std::int64_t id = client->id;
    connect(box, &QMessageBox::finished, this, [this, box, erase, id] {
        if (box->clickedButton() != erase)
            return;
        if (auto done = store_.erase_client(id); !done) {
            show_error(tr("The client could not be erased."), done.errors().front());
            return;
        }
        if (client_ == id) {
            client_.reset();
            session_.reset();
        }
        reload();
    });
    box->open();
}

void JournalWindow::add_note() {
    if (!shown_)
        return;
    const std::int64_t session = shown_->summary.id;
    std::optional<storage::Note> latest;
    for (const storage::Note& n : shown_->notes)
        if (!latest || n.id > latest->id)
            latest = n;
    auto* form = new JournalNoteForm(
        latest.value_or(storage::Note{}), latest ? tr("Amend note") : tr("Add note"),
        latest ? tr("The amendment is kept beside the note as it was, with its time; the note "
                    "itself is not changed.")
               : QString(),
        this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<std::int64_t> amends =
        latest ? std::optional<std::int64_t>(latest->id) : std::nullopt;
    connect(form, &QDialog::accepted, this, [this, form, session, amends] {
        storage::Note note = form->note();
        note.written = std::chrono::system_clock::now();
        note.amends = amends;
        if (auto added = store_.add_note(session, note); !added) {
            show_error(amends ? tr("The amendment could not be saved.")
                              : tr("The note could not be saved."),
                       added.errors().front());
            return;
        }
        reload(); // keeps the client and the session shown
    });
    form->open();
}

void JournalWindow::set_catalog(const Catalog* catalog, DiagramsOf diagrams_of) {
    catalog_ = catalog;
    diagrams_of_ = std::move(diagrams_of);
    findings_->setVisible(catalog_ != nullptr);
}

void JournalWindow::add_findings() {
    if (!shown_ || catalog_ == nullptr)
        return;
    const std::int64_t session = shown_->summary.id;
    // The diagrams of the marks already made, then the protocol's, then the others.
    std::vector<std::string> first;
    for (const storage::Mark& m : shown_->marks)
        first.push_back(m.diagram);
    if (diagrams_of_)
        for (std::string& id : diagrams_of_(shown_->summary.protocol_id))
            first.push_back(std::move(id));
    auto* dialog =
        new FindingsDialog(*catalog_, diagrams_for_marks(*catalog_, first), shown_->marks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, session] {
        std::vector<storage::Mark> marks = dialog->panel()->added();
        if (marks.empty())
            return;
        const auto now = std::chrono::system_clock::now();
        for (storage::Mark& m : marks)
            m.written = now;
        if (auto added = store_.add_marks(session, marks); !added) {
            show_error(tr("The marks could not be saved."), added.errors().front());
            return;
        }
        reload();
    });
    dialog->open();
}

} // namespace effleur::ui
