#include "ui/today/todayshell.h"

#include "storage/coursestore.h"
#include "storage/journalstore.h"
#include "ui/journal/journalwindow.h"
#include "ui/library/libraryview.h"
#include "ui/shell/sessionflow.h"
#include "ui/today/todayview.h"

#include <QWidget>

#include <utility>

namespace effleur::ui {

TodayShell::TodayShell(TodayShellServices services, QWidget& window)
    : QObject(&window), services_(std::move(services)), window_(window) {}

CourseContext TodayShell::course_context() const {
    CourseContext context;
    LibraryView* library = services_.library;
    context.lookup = [library](std::string_view id) -> std::shared_ptr<const Protocol> {
        for (const LibraryEntry& e : library->entries())
            if (e.protocol && e.protocol->id == id)
                return e.protocol;
        return nullptr;
    };
    context.planned_protocols = [library] {
        std::vector<std::shared_ptr<const Protocol>> out;
        for (const LibraryEntry& e : library->entries())
            if (e.protocol && has_course_plan(*e.protocol))
                out.push_back(e.protocol);
        return out;
    };
    context.now = services_.wall_now;
    return context;
}

std::optional<bool> TodayShell::refresh() {
    storage::JournalStore* journal = services_.journal();
    if (!journal)
        return std::nullopt;
    const CourseContext context = course_context();
    const Date today = context.today();
    storage::CourseStore courses(*journal);
    auto rows = due_sessions(courses.latest_courses(std::nullopt, context.lookup, today), today);
    const bool due = !rows.empty();
    if (!view_) {
        view_ = new TodayView(&window_);
        connect(view_, &TodayView::startRequested, this, &TodayShell::start_due);
        connect(view_, &TodayView::libraryRequested, this, &TodayShell::libraryRequested);
    }
    view_->set_courses(std::move(rows), today);
    return due;
}

void TodayShell::course_recorded(std::int64_t session) {
    storage::JournalStore* journal = services_.open_journal();
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
    const auto started = courses.session_recorded(
        record->summary.client, *protocol, local_date(record->summary.started), context.now());
    if (!started)
        Q_EMIT status(tr("The client's course could not be kept in the journal."), 8000);
    if (auto* window = window_.findChild<JournalWindow*>(); window && window->courses())
        window->courses()->reload();
    if (view_)
        view_->set_courses(
            due_sessions(courses.latest_courses(std::nullopt, context.lookup, context.today()),
                         context.today()),
            context.today());
}

void TodayShell::start_due(const DueSession& row) const {
    SessionFlow& sessions = *services_.sessions;
    if (sessions.running() || sessions.gate())
        return;
    storage::JournalStore* journal = services_.journal();
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
        sessions.choose_day(protocol, row.client, last);
        return;
    }
    sessions.open_gate(protocol, days ? row.stage : std::nullopt, row.client, last);
}

std::optional<std::size_t> TodayShell::day_due(const Protocol& protocol, std::int64_t client,
                                               QString& words) const {
    storage::JournalStore* journal = services_.open_journal();
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
