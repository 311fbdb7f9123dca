#pragma once
// The courses' part of the main window: who is due (for the Today view, made on first use), a
// recorded session starting or moving the client's course, a due session started from Today
// (straight to the checklist with that client and day), and the day of a complex due next for
// the day chooser.
//
// Ownership: TodayShell borrows the library view and the session flow, which must outlive it;
// the Today view is a child of `window` until the window places it. Nothing here throws.

#include "core/course.h"
#include "ui/journal/coursepanel.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>

class QWidget;

namespace effleur::storage {
class JournalStore;
}

namespace effleur::ui {

class LibraryView;
class SessionFlow;
class TodayView;
struct DueSession;

struct TodayShellServices {
    LibraryView* library = nullptr;
    SessionFlow* sessions = nullptr;
    std::function<std::chrono::system_clock::time_point()> wall_now;
    // The journal, opened on first use (null when it cannot be), and the journal if it is open.
    std::function<storage::JournalStore*()> journal;
    std::function<storage::JournalStore*()> open_journal;
};

class TodayShell : public QObject {
    Q_OBJECT

public:
    TodayShell(TodayShellServices services, QWidget& window);

    // What the course views need: the library's protocols, and the wall clock.
    [[nodiscard]] CourseContext course_context() const;
    // Reads who is due from the journal into the Today view (made now if needed); whether
    // anything is due, or nullopt when the journal cannot be opened.
    std::optional<bool> refresh();
    // The Today view; null until the first refresh.
    [[nodiscard]] TodayView* view() const { return view_; }
    // A session's record was written: its course moves on.
    void course_recorded(std::int64_t session);
    // The day of a complex due next for `client`, with words saying when; nullopt if none.
    [[nodiscard]] std::optional<std::size_t> day_due(const Protocol& protocol, std::int64_t client,
                                                     QString& words) const;

Q_SIGNALS:
    void status(const QString& words, int timeout_ms);
    // Today's Esc or its Library button.
    void libraryRequested();

private:
    void start_due(const DueSession& row) const;

    TodayShellServices services_;
    QWidget& window_;
    TodayView* view_ = nullptr;
};

} // namespace effleur::ui
