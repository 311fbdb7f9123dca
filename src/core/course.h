#pragma once
// A client's course of a protocol, worked out from the protocol's own course plan (`Course` in
// protocol.h) and the dates of the client's sessions. Plain C++ over calendar dates; no Qt, no
// clock of its own: "today" is always passed in. Nothing here throws.
//
// Dates are local calendar dates (`Date`, days since 1970-01-01 as std::chrono::sys_days). A
// session's date is the local date on which it started (`local_date`); from there on only whole
// days are counted, so a change to or from daylight saving time never shifts a date or a count.
//
// The rules, as the bundled protocols state them:
//  - A course of N sessions with an interval in days (the plastic facial massage: 10-15 sessions
//    every other day, uninterrupted): each session is due `interval_days` after the one before.
//    Fewer days is too early; more days interrupts an uninterrupted course. With the sessions'
//    least number done the course may end; with the most it is complete. Then, if the plan has
//    maintenance ("1-2 a month"), one maintenance session is due a month after the last session.
//  - A multi-day complex (stages with `day`; the kneading, PRP and lymphatic complex: Day I, Day
//    II the next day, Day III the next day): one session of the course is one whole procedure,
//    all its days. Day k+1 is due (its day number - day k's number) days after day k; on the same
//    day is too early, later is late. Procedures are `interval_months` apart, counted from the
//    first day of one to the first day of the next. After the course (the most procedures, or
//    ended early) comes the break (`gap_months`, "6-9 months"), counted from the last session; a
//    new course that starts inside it is too early.
//  - A month later is the same day of the month, or that month's last day when it has no such
//    day (31 January + 1 month = 28 or 29 February).
//  - A planned date may be moved, with a reason; the sessions after it are planned from there.
//  - A course may be ended early, with a reason; what follows is the maintenance or the break.

#include "core/protocol.h"

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace effleur {

using Date = std::chrono::sys_days;

// The local calendar date of a wall-clock time, in the time zone of the C library (TZ).
[[nodiscard]] Date local_date(std::chrono::system_clock::time_point t);
// "2026-03-01"; parsing takes exactly yyyy-mm-dd of a real date, else nullopt.
[[nodiscard]] std::string to_iso(Date d);
[[nodiscard]] std::optional<Date> date_from_iso(std::string_view text);
// `months` months after `d`: the same day of the month, or the month's last day.
[[nodiscard]] Date add_months(Date d, int months);
// Whole days from `from` to `to` (negative when `to` is earlier).
[[nodiscard]] int days_between(Date from, Date to);

// Whether the protocol's course member is a plan Effleur follows: a number of sessions or an
// interval. (A course member with only `max_per_week`, as the classic back massage has, is not.)
[[nodiscard]] bool has_course_plan(const Protocol& protocol);
// The day numbers of a multi-day complex in stage order; empty for a protocol without days.
[[nodiscard]] std::vector<int> complex_days(const Protocol& protocol);
// The stage (0-based) of a complex's day; nullopt when no stage has that day.
[[nodiscard]] std::optional<std::size_t> stage_of_day(const Protocol& protocol, int day);

// One session the client had: its date and, for a complex, its day.
struct CourseSession {
    Date date;
    std::optional<int> day;
    friend bool operator==(const CourseSession&, const CourseSession&) = default;
};

// Which planned session: the n-th of the course (1-based; for a complex, the n-th procedure) and,
// for a complex, its day.
struct Slot {
    int session = 1;
    std::optional<int> day;
    friend bool operator==(const Slot&, const Slot&) = default;
    friend auto operator<=>(const Slot&, const Slot&) = default;
};

// A planned date the therapist moved. The newest move of a slot counts.
struct MovedDate {
    Slot slot;
    Date date;
    std::string reason;
    friend bool operator==(const MovedDate&, const MovedDate&) = default;
};

// A course ended early by the therapist.
struct CourseEnd {
    Date date;
    std::string reason;
    friend bool operator==(const CourseEnd&, const CourseEnd&) = default;
};

// What is known of one course of one client.
struct CourseInput {
    Date started;                        // the first session's date, or when it was started
    std::vector<CourseSession> sessions; // this course's sessions, in any order
    std::vector<MovedDate> moved;
    std::optional<CourseEnd> ended;
    // The last session of the client's previous course of the same protocol, if any: a new
    // course inside the break after it is too early.
    std::optional<Date> previous_last;
};

enum class CoursePhase {
    Course,      // under way: the next session of the course is planned
    Maintenance, // done; maintenance sessions follow (the plan's maintenance_per_month)
    Break,       // done; the next course is due after the break (the plan's gap_months)
    Over,        // done, and the plan says nothing more
};
[[nodiscard]] std::string_view to_string(CoursePhase phase); // "course", "maintenance", ...

enum class FindingKind {
    Interrupted,   // an uninterrupted course: more days between sessions than the interval
    TooEarly,      // a session (or a complex's day, or procedure) before its interval passed
    Late,          // a complex's day later than its day after the one before
    OutOfOrder,    // a complex's day other than the one due
    BreakTooShort, // a new course that began inside the break after the previous one
    MayEnd,        // the least number of sessions done: the course may end
    Complete,      // the most sessions done
    EndedEarly,    // the therapist ended the course early
    TooOften,      // more sessions within 7 days than the plan's max_per_week
};
[[nodiscard]] std::string_view to_string(FindingKind kind); // "interrupted", "too-early", ...

// A rule's finding, in plain words. `planned`: it concerns a planned (moved) date, not a
// session that happened: "would be".
struct Finding {
    FindingKind kind{};
    Date date;              // the session's (or planned) date it concerns, or today
    int days = 0;           // the days between, since or early/late, as the kind says
    int session = 0;        // the course's session (procedure) number it concerns; 0: none
    std::optional<int> day; // a complex's day it concerns
    bool planned = false;
    std::string text; // e.g. "the course was interrupted: 5 days since the last session"
};

// A planned session: which, when, and whether the therapist moved it (and why).
struct PlannedSession {
    Slot slot;
    Date date;
    bool maintenance = false; // a maintenance session after the course
    bool next_course = false; // the first session of the next course, after the break
    bool moved = false;
    std::string reason;
};

struct CourseStatus {
    CoursePhase phase = CoursePhase::Course;
    int done = 0;                 // sessions of the course done (a complex: whole procedures)
    int maintenance_done = 0;     // maintenance sessions after the course
    std::optional<Range> planned; // the plan's number of sessions (e.g. 10-15)
    std::optional<Date> last;     // the last session's date
    std::optional<Slot> next;     // the next session (a complex: with its day); nullopt: none
    std::optional<Date> due;      // when the next session is due
    std::optional<Date> due_by;   // the window's end (maintenance, break); else == due
    std::vector<PlannedSession> upcoming; // the planned sessions from `next` on
    std::vector<Finding> findings;        // in date order; today's last
};

// The course's state on `today`. `protocol` must have a course plan (has_course_plan); for
// one without, the status is Over with nothing planned.
[[nodiscard]] CourseStatus course_status(const Protocol& protocol, const CourseInput& input,
                                         Date today);

// Whether a session of the protocol recorded now starts a new course rather than continuing
// `latest` (the client's latest course): the latest is done and its plan has no maintenance.
[[nodiscard]] bool starts_new_course(const CourseStatus& latest);

// Where a course's next session falls, as the Today view groups them.
enum class DueWhen {
    Overdue, // its date has passed (a window's: its end has not)
    Today,
    ThisWeek, // within the next 6 days
    Later,
    None, // nothing due (or a break's window is over)
};
[[nodiscard]] DueWhen due_when(const CourseStatus& status, Date today);
[[nodiscard]] std::string_view to_string(DueWhen when); // "overdue", "today", ...

// "12 of 10-15 done", "1 of 1-3 procedures done".
[[nodiscard]] std::string done_text(const CourseStatus& status, const Protocol& protocol);

// One planned session as a whole-day calendar event.
struct CalendarEvent {
    std::string uid; // unique and stable for the same planned session, e.g. "course-3-s4@effleur"
    Date date;
    std::string summary;     // e.g. "Anna K.: Plastic facial massage, session 4"
    std::string description; // more lines, or empty
};
// An iCalendar file (RFC 5545): a VCALENDAR of all-day VEVENTs, CRLF line endings, lines folded at
// 75 octets (never inside a UTF-8 character), text escaped; DTSTAMP is `stamp` in UTC.
[[nodiscard]] std::string to_icalendar(const std::vector<CalendarEvent>& events,
                                       std::chrono::system_clock::time_point stamp);
// The planned sessions of a course as events (`who`: the client's name; `uid_base`: unique per
// course, e.g. "course-3").
[[nodiscard]] std::vector<CalendarEvent> calendar_events(const CourseStatus& status,
                                                         const Protocol& protocol,
                                                         std::string_view who,
                                                         std::string_view uid_base);

} // namespace effleur
