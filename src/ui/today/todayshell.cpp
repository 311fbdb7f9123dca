// The main window's part in courses: the Today view in its stack, a recorded session starting
// the client's course, a due session started from Today (straight to the checklist), and the day
// a complex is due next for the day chooser. Kept here so the main window's own file stays about
// the window.

#include "storage/coursestore.h"
#include "storage/journalstore.h"
#include "ui/journal/coursepanel.h"
#include "ui/journal/journalwindow.h"
#include "ui/library/libraryview.h"
#include "ui/shell/mainwindow.h"
#include "ui/today/todayview.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace effleur::ui {

CourseContext MainWindow::course_context() {
    CourseContext context;
    context.lookup = [this](std::string_view id) -> std::shared_ptr<const Protocol> {
        for (const LibraryEntry& e : library_->entries())
            if (e.protocol && e.protocol->id == id)
                return e.protocol;
        return nullptr;
    };
    context.planned_protocols = [this] {
        std::vector<std::shared_ptr<const Protocol>> out;
        for (const LibraryEntry& e : library_->entries())
            if (e.protocol && has_course_plan(*e.protocol))
                out.push_back(e.protocol);
        return out;
    };
    context.now = [this] { return wall_now(); };
    return context;
}

bool MainWindow::show_today(bool only_if_due) {
    storage::JournalStore* journal = journal_store();
    if (!journal)
        return false;
    const CourseContext context = course_context();
    const Date today = context.today();
    storage::CourseStore courses(*journal);
    auto rows = due_sessions(courses.latest_courses(std::nullopt, context.lookup, today), today);
    const bool due = !rows.empty();
    if (!today_) {
        today_ = new TodayView(stack_);
        stack_->addWidget(today_);
        connect(today_, &TodayView::startRequested, this, &MainWindow::start_due);
        connect(today_, &TodayView::libraryRequested, this, [this] {
            stack_->setCurrentWidget(library_);
            library_->list()->setFocus();
        });
    }
    today_->set_courses(std::move(rows), today);
    if (session_ || (only_if_due && !due))
        return due;
    stack_->setCurrentWidget(today_);
    today_->list()->setFocus();
    statusBar()->showMessage(tr("Enter: start the chosen session  \u00b7  Esc: the library"));
    return due;
}

void MainWindow::course_recorded(std::int64_t session) {
    storage::JournalStore* journal = journal_.get();
    if (!journal || session == 0)
        return;
    const auto record = journal->session(session);
    if (!record || record->summary.outcome == storage::Outcome::Blocked)
        return;
    const CourseContext context = course_context();
    const auto protocol = context.lookup(record->summary.protocol_id);
    if (!protocol)
        return;
    storage::CourseStore courses(*journal);
    const auto started = courses.session_recorded(record->summary.client, *protocol,
                                                  local_date(record->summary.started), wall_now());
    if (!started)
        statusBar()->showMessage(tr("The client's course could not be kept in the journal."), 8000);
    if (auto* window = findChild<JournalWindow*>(); window && window->courses())
        window->courses()->reload();
    if (today_)
        today_->set_courses(
            due_sessions(courses.latest_courses(std::nullopt, context.lookup, context.today()),
                         context.today()),
            context.today());
}

void MainWindow::start_due(const DueSession& row) {
    if (session_ || gate_)
        return;
    storage::JournalStore* journal = journal_store();
    if (!journal || !row.protocol)
        return;
    // The library's protocol as it is now (it may have been reloaded since).
    auto protocol = course_context().lookup(row.protocol->id);
    if (!protocol)
        protocol = row.protocol;
    std::shared_ptr<const storage::SessionRecord> last;
    if (auto found = journal->last_session(row.client, protocol->id))
        last = std::make_shared<const storage::SessionRecord>(std::move(*found));
    const bool days = !complex_days(*protocol).empty();
    if (days && !row.stage) {
        choose_day(protocol, row.client, std::move(last));
        return;
    }
    open_gate(protocol, days ? row.stage : std::nullopt, row.client, std::move(last));
}

std::optional<std::size_t> MainWindow::day_due(const Protocol& protocol, std::int64_t client,
                                               QString& words) {
    storage::JournalStore* journal = journal_.get();
    if (!journal || complex_days(protocol).empty())
        return std::nullopt;
    const CourseContext context = course_context();
    storage::CourseStore courses(*journal);
    for (const storage::ClientCourse& c :
         courses.latest_courses(client, context.lookup, context.today())) {
        if (c.row.protocol != protocol.id || !c.status.next || !c.status.next->day || !c.status.due)
            continue;
        const int in = days_between(context.today(), *c.status.due);
        const QString when = in < 0    ? tr("was due %1").arg(course_date(*c.status.due))
                             : in == 0 ? tr("is due today")
                                       : tr("is due %1").arg(course_date(*c.status.due));
        words = tr("In the course, day %1 %2.").arg(*c.status.next->day).arg(when);
        return stage_of_day(protocol, *c.status.next->day);
    }
    return std::nullopt;
}

} // namespace effleur::ui
