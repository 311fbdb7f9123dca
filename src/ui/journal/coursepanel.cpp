#include "ui/journal/coursepanel.h"

#include "ui/common/atomicsave.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace effleur::ui {

namespace {

QDate to_qdate(Date d) {
    const std::chrono::year_month_day ymd{d};
    return QDate(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
}

Date from_qdate(const QDate& q) {
    return Date{std::chrono::year{q.year()} / std::chrono::month{static_cast<unsigned>(q.month())} /
                std::chrono::day{static_cast<unsigned>(q.day())}};
}

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

Date CourseContext::today() const {
    return local_date(now ? now() : std::chrono::system_clock::now());
}

QString course_date(Date d) {
    return QLocale().toString(to_qdate(d), QStringLiteral("ddd d MMM yyyy"));
}

QString course_next(const CourseStatus& status) {
    if (!status.next)
        return CoursePanel::tr("nothing planned");
    PlannedSession next;
    next.slot = *status.next;
    if (!status.upcoming.empty())
        next = status.upcoming.front();
    if (next.next_course)
        return next.slot.day ? CoursePanel::tr("a new course (day %1)").arg(*next.slot.day)
                             : CoursePanel::tr("a new course");
    if (next.maintenance)
        return CoursePanel::tr("maintenance");
    if (next.slot.day)
        return CoursePanel::tr("day %1 of procedure %2").arg(*next.slot.day).arg(next.slot.session);
    return CoursePanel::tr("session %1").arg(next.slot.session);
}

CoursePanel::CoursePanel(storage::JournalStore& store, CourseContext context, QWidget* parent)
    : QWidget(parent), store_(store), courses_store_(store), context_(std::move(context)) {
    setObjectName(QStringLiteral("course-panel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* title = new QLabel(tr("Co&urses"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    row->addWidget(title, 1);
    start_ = new QPushButton(tr("S&tart course\u2026"), this);
    start_->setObjectName(QStringLiteral("course-start"));
    move_ = new QPushButton(tr("&Move date\u2026"), this);
    move_->setObjectName(QStringLiteral("course-move"));
    end_ = new QPushButton(tr("En&d course\u2026"), this);
    end_->setObjectName(QStringLiteral("course-end"));
    export_ = new QPushButton(tr("E&xport calendar\u2026"), this);
    export_->setObjectName(QStringLiteral("course-export"));
    export_->setToolTip(tr("The planned sessions as an iCalendar file"));
    for (QPushButton* b : {start_, move_, end_, export_})
        row->addWidget(b);
    layout->addLayout(row);

    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("courses"));
    list_->setColumnCount(4);
    list_->setHeaderLabels({tr("Protocol"), tr("Done"), tr("Next"), tr("Due")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAllColumnsShowFocus(true);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->header()->setStretchLastSection(false);
    list_->setMaximumHeight(list_->fontMetrics().height() * 6);
    title->setBuddy(list_);
    layout->addWidget(list_);
    details_ = new QPlainTextEdit(this);
    details_->setObjectName(QStringLiteral("course-details"));
    details_->setReadOnly(true);
    details_->setMaximumHeight(details_->fontMetrics().height() * 9);
    layout->addWidget(details_);

    connect(list_, &QTreeWidget::currentItemChanged, this, [this] {
        fill_details();
        update_buttons();
    });
    connect(start_, &QPushButton::clicked, this, &CoursePanel::start_course);
    connect(move_, &QPushButton::clicked, this, &CoursePanel::move_date);
    connect(end_, &QPushButton::clicked, this, &CoursePanel::end_course);
    connect(export_, &QPushButton::clicked, this, &CoursePanel::export_calendar);
    update_buttons();
}

const storage::ClientCourse* CoursePanel::selected() const {
    const int row = list_->currentItem() ? list_->indexOfTopLevelItem(list_->currentItem()) : -1;
    if (row < 0 || static_cast<std::size_t>(row) >= courses_.size())
        return nullptr;
    return &courses_[static_cast<std::size_t>(row)];
}

void CoursePanel::show_client(std::optional<std::int64_t> client) {
    const std::string keep = selected() ? selected()->row.protocol : std::string();
    client_ = client;
    courses_.clear();
    if (client_)
        courses_ = courses_store_.latest_courses(*client_, context_.lookup, context_.today());
    const QSignalBlocker block(list_);
    list_->clear();
    QTreeWidgetItem* current = nullptr;
    for (const storage::ClientCourse& c : courses_) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, str(c.protocol->title.get()));
        item->setText(1, str(done_text(c.status, *c.protocol)));
        item->setText(2, course_next(c.status));
        item->setText(3, c.status.due ? course_date(*c.status.due) : QStringLiteral("\u2014"));
        if (!current || c.row.protocol == keep)
            current = item;
    }
    list_->setCurrentItem(current);
    fill_details();
    update_buttons();
}

void CoursePanel::fill_details() {
    const storage::ClientCourse* c = selected();
    if (!c) {
        details_->setPlainText(client_ ? tr("No course yet. A course starts with the client's "
                                            "first session of a protocol with a course plan, or "
                                            "with \u201cStart course\u2026\u201d.")
                                       : QString());
        return;
    }
    QStringList lines;
    lines << tr("Started %1.").arg(course_date(c->row.started));
    if (c->status.due) {
        const Date today = context_.today();
        const int in = days_between(today, *c->status.due);
        QString when = in < 0    ? tr("overdue by %n day(s)", nullptr, -in)
                       : in == 0 ? tr("due today")
                                 : tr("due in %n day(s)", nullptr, in);
        lines << tr("Next: %1, %2 (%3).")
                     .arg(course_next(c->status), course_date(*c->status.due), when);
    }
    for (const Finding& f : c->status.findings)
        lines << QStringLiteral("\u2022 ") + str(f.text);
    if (!c->status.upcoming.empty()) {
        lines << tr("Planned:");
        for (const PlannedSession& p : c->status.upcoming) {
            CourseStatus one = c->status;
            one.upcoming = {p};
            one.next = p.slot;
            QString line = QStringLiteral("  %1  %2").arg(course_date(p.date), course_next(one));
            if (p.moved)
                line += p.reason.empty() ? tr(" (moved)") : tr(" (moved: %1)").arg(str(p.reason));
            lines << line;
        }
    }
    details_->setPlainText(lines.join(QLatin1Char('\n')));
}

void CoursePanel::update_buttons() {
    const storage::ClientCourse* c = selected();
    start_->setEnabled(client_.has_value());
    move_->setEnabled(c && c->status.phase == CoursePhase::Course && !c->status.upcoming.empty());
    end_->setEnabled(c && c->status.phase == CoursePhase::Course && !c->row.ended);
    export_->setEnabled(c && !c->status.upcoming.empty());
}

void CoursePanel::start_course() {
    if (!client_)
        return;
    auto* form = new CourseForm(CourseForm::Kind::Start, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const auto protocols = context_.planned_protocols
                               ? context_.planned_protocols()
                               : std::vector<std::shared_ptr<const Protocol>>{};
    for (const auto& p : protocols)
        form->choice->addItem(str(p->title.get()), str(p->id));
    form->set_date(context_.today());
    connect(form, &QDialog::accepted, this, [this, form] {
        const std::string id = form->choice->currentData().toString().toStdString();
        if (id.empty() || !client_)
            return;
        auto started = courses_store_.start_course(*client_, id, form->chosen_date(),
                                                   context_.now ? context_.now()
                                                                : std::chrono::system_clock::now());
        if (!started) {
            QMessageBox::warning(this, tr("Start course"), str(started.errors().front().message));
            return;
        }
        show_client(client_);
        for (int i = 0; i < list_->topLevelItemCount(); ++i)
            if (courses_[static_cast<std::size_t>(i)].row.id == started.value())
                list_->setCurrentItem(list_->topLevelItem(i));
        Q_EMIT changed();
    });
    form->open();
}

void CoursePanel::move_date() {
    const storage::ClientCourse* c = selected();
    if (!c || c->status.upcoming.empty())
        return;
    auto* form = new CourseForm(CourseForm::Kind::Move, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    std::vector<PlannedSession> slots;
    for (const PlannedSession& p : c->status.upcoming) {
        CourseStatus one = c->status;
        one.upcoming = {p};
        form->choice->addItem(
            QStringLiteral("%1 \u2014 %2").arg(course_next(one), course_date(p.date)));
        slots.push_back(p);
    }
    form->set_date(slots.front().date);
    connect(form->choice, &QComboBox::currentIndexChanged, form, [form, slots](int i) {
        if (i >= 0 && static_cast<std::size_t>(i) < slots.size())
            form->set_date(slots[static_cast<std::size_t>(i)].date);
    });
    const std::int64_t id = c->row.id;
    connect(form, &QDialog::accepted, this, [this, form, slots, id] {
        const int i = form->choice->currentIndex();
        if (i < 0)
            return;
        MovedDate move{slots[static_cast<std::size_t>(i)].slot, form->chosen_date(),
                       form->reason->text().trimmed().toStdString()};
        const auto done = courses_store_.move_date(
            id, move, context_.now ? context_.now() : std::chrono::system_clock::now());
        if (!done) {
            QMessageBox::warning(this, tr("Move date"), str(done.errors().front().message));
            return;
        }
        reload();
        Q_EMIT changed();
    });
    form->open();
}

void CoursePanel::end_course() {
    const storage::ClientCourse* c = selected();
    if (!c)
        return;
    auto* form = new CourseForm(CourseForm::Kind::End, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->set_date(context_.today());
    const std::int64_t id = c->row.id;
    connect(form, &QDialog::accepted, this, [this, form, id] {
        const auto done = courses_store_.end_course(
            id, CourseEnd{form->chosen_date(), form->reason->text().trimmed().toStdString()});
        if (!done) {
            QMessageBox::warning(this, tr("End course"), str(done.errors().front().message));
            return;
        }
        reload();
        Q_EMIT changed();
    });
    form->open();
}

void CoursePanel::export_calendar() {
    const storage::ClientCourse* c = selected();
    if (!c)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the planned sessions"),
                                                      str(c->protocol->id) + QStringLiteral(".ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (file.isEmpty())
        return;
    const auto events = calendar_events(c->status, *c->protocol, c->client_name,
                                        "course-" + std::to_string(c->row.id));
    const std::string text =
        to_icalendar(events, context_.now ? context_.now() : std::chrono::system_clock::now());
    const QString error = save_atomically(file, QByteArray::fromStdString(text));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export calendar"), error);
        return;
    }
    // Client names are in it: readable by its owner only, as the journal is.
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

CourseForm::CourseForm(Kind kind, QWidget* parent) : QDialog(parent), kind_(kind) {
    setWindowModality(Qt::WindowModal);
    auto* form = new QFormLayout(this);
    choice = new QComboBox(this);
    choice->setObjectName(QStringLiteral("course-choice"));
    date = new QDateEdit(this);
    date->setObjectName(QStringLiteral("course-date"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    reason = new QLineEdit(this);
    reason->setObjectName(QStringLiteral("course-reason"));
    switch (kind) {
    case Kind::Start:
        setObjectName(QStringLiteral("course-start-form"));
        setWindowTitle(tr("Start a course"));
        form->addRow(tr("&Protocol:"), choice);
        form->addRow(tr("&First session:"), date);
        reason->hide();
        break;
    case Kind::Move:
        setObjectName(QStringLiteral("course-move-form"));
        setWindowTitle(tr("Move a planned date"));
        form->addRow(tr("&Session:"), choice);
        form->addRow(tr("&New date:"), date);
        form->addRow(tr("&Why:"), reason);
        break;
    case Kind::End:
        setObjectName(QStringLiteral("course-end-form"));
        setWindowTitle(tr("End the course early"));
        choice->hide();
        form->addRow(tr("&Ended on:"), date);
        form->addRow(tr("&Why:"), reason);
        reason->setPlaceholderText(tr("Required"));
        break;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reason, &QLineEdit::textChanged, this, &CourseForm::update_ok);
    update_ok();
    (kind == Kind::End ? static_cast<QWidget*>(reason) : choice)->setFocus();
}

Date CourseForm::chosen_date() const {
    return from_qdate(date->date());
}

void CourseForm::set_date(Date d) {
    date->setDate(to_qdate(d));
}

void CourseForm::update_ok() {
    ok_->setEnabled(kind_ != Kind::End || !reason->text().trimmed().isEmpty());
}

} // namespace effleur::ui
