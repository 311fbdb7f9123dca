#pragma once
// A client's courses in the journal window: each protocol's latest course with the sessions done
// against the plan, the next session (a complex's day) and when it is due; for the chosen course,
// the plan's findings in plain words and the planned dates. The therapist starts a course, moves
// a planned date or ends a course early (each with a reason), and exports the planned sessions
// as an iCalendar file.
//
// Ownership: borrows the JournalStore, which must outlive it. Its forms are window-modal
// children. Errors from the store are shown in a message box; nothing throws or logs a client's
// details. Text from the journal is shown as plain text.

#include "core/course.h"
#include "storage/coursestore.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace effleur::ui {

// What the course views need from the application: the protocols by id, those with a course
// plan (to start a course of), and the wall clock (today is its local date).
struct CourseContext {
    storage::ProtocolLookup lookup;
    std::function<std::vector<std::shared_ptr<const Protocol>>()> planned_protocols;
    std::function<std::chrono::system_clock::time_point()> now;
    [[nodiscard]] Date today() const;
};

// Shown dates: the locale's long-ish form without the time, e.g. "Wed 4 Mar 2026".
[[nodiscard]] QString course_date(Date d);
// "12 of 10-15 done", "1 of 1-3 procedures done", in the interface's language.
[[nodiscard]] QString course_done(const CourseStatus& status, const Protocol& protocol);
// A finding of the plan in the interface's language (the same words as Finding::text in
// English); `course` gives the reason of an early end.
[[nodiscard]] QString course_finding(const Finding& finding, const storage::ClientCourse& course);
// "session 4", "day 2 of procedure 1", "maintenance", "a new course (day 1)".
[[nodiscard]] QString course_next(const CourseStatus& status);

class CoursePanel : public QWidget {
    Q_OBJECT

public:
    CoursePanel(storage::JournalStore& store, CourseContext context, QWidget* parent = nullptr);

    // Shows the client's courses (none: an empty panel).
    void show_client(std::optional<std::int64_t> client);
    void reload() { show_client(client_); }

    [[nodiscard]] const std::vector<storage::ClientCourse>& shown() const { return courses_; }
    [[nodiscard]] const storage::ClientCourse* selected() const;

    void start_course();
    void move_date();
    void end_course();
    void export_calendar();
    // A print preview of the chosen course's sheet, to tick and sign by hand.
    void print_sheet();

Q_SIGNALS:
    // A course was started, moved or ended.
    void changed();

private:
    void fill_details();
    void update_buttons();

    storage::JournalStore& store_;
    storage::CourseStore courses_store_;
    CourseContext context_;
    std::optional<std::int64_t> client_;
    std::vector<storage::ClientCourse> courses_;
    QTreeWidget* list_ = nullptr;
    QPlainTextEdit* details_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* move_ = nullptr;
    QPushButton* end_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* print_ = nullptr;
};

// The small forms: start a course (protocol and date), move a planned date (which session, the
// new date, why), end a course early (the date, why; a reason is required).
class CourseForm : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Start, Move, End };
    CourseForm(Kind kind, QWidget* parent = nullptr);

    QComboBox* choice = nullptr; // Start: the protocols; Move: the planned sessions
    QDateEdit* date = nullptr;
    QLineEdit* reason = nullptr;

    [[nodiscard]] Date chosen_date() const;
    void set_date(Date d);

private:
    void update_ok();
    Kind kind_;
    QPushButton* ok_ = nullptr;
};

} // namespace effleur::ui
