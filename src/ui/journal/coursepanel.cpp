#include "ui/journal/coursepanel.h"

#include "ui/common/atomicsave.h"
#include "ui/journal/summaryprint.h"

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

namespace {

QString number(double v) {
    return QLocale().toString(v, 'g', 6);
}

QString range(const Range& r) {
    return r.min == r.max ? number(r.min)
                          : number(r.min) + QStringLiteral("\u2013") + number(r.max);
}

QString interval(const Course& plan) {
    if (plan.interval_days)
        return *plan.interval_days == 2
                   ? CoursePanel::tr("every other day")
                   : CoursePanel::tr("every %n day(s)", nullptr, *plan.interval_days);
    if (plan.interval_months)
        return *plan.interval_months == 1
                   ? CoursePanel::tr("a month apart")
                   : CoursePanel::tr("%n month(s) apart", nullptr, *plan.interval_months);
    return {};
}

QString after(const Course& plan) {
    if (plan.maintenance_per_month)
        return CoursePanel::tr("maintenance: %1 a month").arg(range(*plan.maintenance_per_month));
    if (plan.gap_months)
        return CoursePanel::tr("a break of %1 months before the next course")
            .arg(range(*plan.gap_months));
    return {};
}

} // namespace

QString course_done(const CourseStatus& status, const Protocol& protocol) {
    const bool complex = !complex_days(protocol).empty();
    if (!protocol.course || !protocol.course->sessions)
        return complex ? CoursePanel::tr("%n procedure(s) done", nullptr, status.done)
                       : CoursePanel::tr("%n done", nullptr, status.done);
    const QString of = range(*protocol.course->sessions);
    return complex ? CoursePanel::tr("%1 of %2 procedures done").arg(status.done).arg(of)
                   : CoursePanel::tr("%1 of %2 done").arg(status.done).arg(of);
}

QString course_finding(const Finding& f, const storage::ClientCourse& c) {
    const Protocol& p = *c.protocol;
    if (!p.course)
        return str(f.text);
    const Course& plan = *p.course;
    const auto days = complex_days(p);
    const bool complex = !days.empty();
    const int n = f.days;
    switch (f.kind) {
    case FindingKind::Interrupted:
        if (f.planned)
            return CoursePanel::tr("the course would be interrupted: session %1 is moved to %n "
                                   "day(s) after the one before (%2)",
                                   nullptr, n)
                .arg(f.session)
                .arg(interval(plan));
        if (f.session > c.status.done)
            return CoursePanel::tr("the course was interrupted: %n day(s) since the last session",
                                   nullptr, n);
        return CoursePanel::tr("the course was interrupted: %n day(s) between sessions %1 and %2 "
                               "(%3)",
                               nullptr, n)
            .arg(f.session - 1)
            .arg(f.session)
            .arg(interval(plan));
    case FindingKind::TooEarly:
        if (complex && f.day == days.front())
            return (f.planned ? CoursePanel::tr("procedure %1 would begin too early: %n day(s) "
                                                "after procedure %2 began; they are %3",
                                                nullptr, n)
                              : CoursePanel::tr("procedure %1 began too early: %n day(s) after "
                                                "procedure %2 began; they are %3",
                                                nullptr, n))
                .arg(f.session)
                .arg(f.session - 1)
                .arg(interval(plan));
        if (complex && f.day)
            return (f.planned ? CoursePanel::tr("day %1 of procedure %2 would be too early: %n "
                                                "day(s) after the day before",
                                                nullptr, n)
                              : CoursePanel::tr("day %1 of procedure %2 was too early: %n day(s) "
                                                "after the day before",
                                                nullptr, n))
                .arg(*f.day)
                .arg(f.session);
        return (f.planned ? CoursePanel::tr("session %1 would be too early: moved to %n day(s) "
                                            "after the one before (%2)",
                                            nullptr, n)
                          : CoursePanel::tr("session %1 was too early: %n day(s) after the one "
                                            "before (%2)",
                                            nullptr, n))
            .arg(f.session)
            .arg(interval(plan));
    case FindingKind::Late:
        return (f.planned ? CoursePanel::tr("day %1 of procedure %2 would be late: %n day(s) "
                                            "after the day before",
                                            nullptr, n)
                          : CoursePanel::tr("day %1 of procedure %2 was late: %n day(s) after "
                                            "the day before",
                                            nullptr, n))
            .arg(f.day.value_or(0))
            .arg(f.session);
    case FindingKind::OutOfOrder:
        return CoursePanel::tr("day %1 of procedure %2 came out of order")
            .arg(f.day.value_or(0))
            .arg(f.session);
    case FindingKind::BreakTooShort:
        return CoursePanel::tr("this course began too early: %n day(s) after the last session of "
                               "the previous course; the break between courses is %1 months",
                               nullptr, n)
            .arg(plan.gap_months ? range(*plan.gap_months) : QString());
    case FindingKind::MayEnd: {
        const QString then = after(plan);
        return then.isEmpty()
                   ? CoursePanel::tr("%1; the course may end here").arg(course_done(c.status, p))
                   : CoursePanel::tr("%1; the course may end here, then %2")
                         .arg(course_done(c.status, p), then);
    }
    case FindingKind::Complete: {
        const QString then = after(plan);
        return then.isEmpty()
                   ? CoursePanel::tr("%1: the course is complete").arg(course_done(c.status, p))
                   : CoursePanel::tr("%1: the course is complete; %2 from now")
                         .arg(course_done(c.status, p), then);
    }
    case FindingKind::EndedEarly: {
        const QString reason = c.row.ended ? str(c.row.ended->reason) : QString();
        const QString base = CoursePanel::tr("the course was ended early on %1 with %2")
                                 .arg(str(to_iso(f.date)), course_done(c.status, p));
        return reason.isEmpty() ? base : base + QStringLiteral(": ") + reason;
    }
    case FindingKind::TooOften:
        return CoursePanel::tr("more than %n session(s) a week, up to %1", nullptr,
                               plan.max_per_week.value_or(0))
            .arg(str(to_iso(f.date)));
    }
    return str(f.text);
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
    print_ = new QPushButton(tr("Print shee&t\u2026"), this);
    print_->setObjectName(QStringLiteral("course-print"));
    print_->setToolTip(tr("The course on one page, to tick and sign by hand"));
    for (QPushButton* b : {start_, move_, end_, export_, print_})
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
    connect(print_, &QPushButton::clicked, this, &CoursePanel::print_sheet);
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
        item->setText(1, course_done(c.status, *c.protocol));
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
        lines << QStringLiteral("\u2022 ") + course_finding(f, *c);
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
    print_->setEnabled(c != nullptr);
}

void CoursePanel::print_sheet() {
    if (const storage::ClientCourse* c = selected())
        preview_course_sheet(this, *c);
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
    if (const Status saved = save_atomically(file, QByteArray::fromStdString(text)); !saved) {
        QMessageBox::warning(this, tr("Export calendar"), QString::fromStdString(saved.message()));
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
