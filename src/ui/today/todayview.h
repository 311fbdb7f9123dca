#pragma once
// The Today view: the clients due for a session of their course, grouped as overdue, today and
// this week, each with the protocol, the session due (a complex's day) and its date, and what
// the plan says of it. Enter starts the chosen row's session: the main window then goes straight
// to the checklist with that client and day. Esc goes to the library.
//
// It only shows what it is given (`set_courses`); the main window reads the journal. Text from
// the journal is shown as plain text. Nothing here throws or logs.

#include "core/course.h"
#include "storage/coursestore.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace effleur::ui {

// One row of the Today view.
struct DueSession {
    std::int64_t client = 0;
    QString client_name;
    std::shared_ptr<const Protocol> protocol;
    std::optional<std::size_t> stage; // a complex's day as its stage; nullopt: the whole protocol
    DueWhen when = DueWhen::None;
    Date due;
    QString what;    // "session 4", "day 2 of procedure 1", "maintenance"
    QString finding; // the latest finding's words, or empty
};

// The rows due on `today` (overdue, today, this week), in that order and then by date.
[[nodiscard]] std::vector<DueSession> due_sessions(const std::vector<storage::ClientCourse>& all,
                                                   Date today);

class TodayView : public QWidget {
    Q_OBJECT

public:
    explicit TodayView(QWidget* parent = nullptr);

    void set_courses(std::vector<DueSession> rows, Date today);
    [[nodiscard]] const std::vector<DueSession>& rows() const { return rows_; }
    [[nodiscard]] bool anything_due() const { return !rows_.empty(); }
    // The chosen row, or null.
    [[nodiscard]] const DueSession* current() const;
    [[nodiscard]] QTreeWidget* list() const { return list_; }
    // Starts the chosen row's session (Enter).
    void start_current();

Q_SIGNALS:
    void startRequested(const effleur::ui::DueSession& row);
    void libraryRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Esc anywhere in the view goes to the library.
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::vector<DueSession> rows_;
    QLabel* title_ = nullptr;
    QWidget* empty_state_ = nullptr; // "Nothing is due this week." and what would show here
    QLabel* empty_ = nullptr;
    QTreeWidget* list_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* library_ = nullptr;
};

} // namespace effleur::ui
