#pragma once
// The one way tests (and the crash campaigns' hook, resumetesthook.h) reach inside the main
// window: its library, the running session, the checklist, Today and the live-reload parts.
// Production code uses MainWindow's own commands instead.

#include "ui/library/libraryscan.h"
#include "ui/session/cues.h"
#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/resumeflow.h"
#include "ui/shell/sessionflow.h"
#include "ui/shell/studylauncher.h"
#include "ui/today/todayshell.h"

#include <QLabel>

#include <cstdint>
#include <filesystem>

namespace effleur::ui {

struct MainWindowTestAccess {
    [[nodiscard]] static LibraryView* library(const MainWindow& w) { return w.library_; }
    [[nodiscard]] static SessionView* session(const MainWindow& w) { return w.sessions_->view(); }
    [[nodiscard]] static SessionController* controller(const MainWindow& w) {
        return w.sessions_->controller();
    }
    [[nodiscard]] static GateDialog* gate(const MainWindow& w) { return w.sessions_->gate(); }
    // The Today view; null until Today was first read.
    [[nodiscard]] static TodayView* today(const MainWindow& w) { return w.today_->view(); }
    [[nodiscard]] static LibraryWatcher* watcher(const MainWindow& w) { return w.watcher_; }
    [[nodiscard]] static ProblemsPanel* problems(const MainWindow& w) { return w.problems_; }
    // Whether a background scan of the library is under way.
    [[nodiscard]] static bool scanning(const MainWindow& w) {
        return w.scan_ && w.scan_->running();
    }
    // The status-bar note that a running session's protocol changed on disk; empty if none.
    [[nodiscard]] static QString reload_notice(const MainWindow& w) {
        return w.reload_notice_->isHidden() ? QString() : w.reload_notice_->text();
    }
    // The journal's record of the running client session; 0 when none is recorded.
    [[nodiscard]] static std::int64_t recorded_session(const MainWindow& w) {
        return w.sessions_->recorded_session();
    }
    // Where a running rehearsal's state is kept for resuming after a crash.
    [[nodiscard]] static std::filesystem::path rehearsal_state_path(const MainWindow& w) {
        return rehearsal_state_file(w.journal_path());
    }
    [[nodiscard]] static SessionFlow& sessions(MainWindow& w) { return *w.sessions_; }
    [[nodiscard]] static StudyLauncher& study(MainWindow& w) { return *w.study_; }
    // Builds the speech and audio engines, as the first frame of a session does.
    static void start_cues(MainWindow& w) { w.start_cues_(); }
    [[nodiscard]] static CuePlayer& cues(MainWindow& w) { return *w.cues_; }
};

} // namespace effleur::ui
