// Courses: the plastic facial massage's "ten to fifteen sessions ... every other day ... not to
// interrupt the sequence ... once or twice a month" (source 000, line 7), and the three-day
// complex's "Day I, Day II the next day, Day III" with "1-3 procedures with an interval of a
// month ... the break between courses is 6-9 months" (source 001, lines 17-25). Every expected
// date below is counted on a calendar from those words.

#include "quiz_test_support.h"

#include "core/course.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace effleur;
using effleur::test::quizzes::bundled;
namespace chr = std::chrono;

Date d(const char* iso) {
    const auto date = date_from_iso(iso);
    REQUIRE(date);
    return *date;
}

const Protocol& facial() {
    return bundled("plastic-facial");
}
const Protocol& complex() {
    return bundled("kneading-prp-lymphatic");
}

// Sessions every `step` days from `first`, `n` of them.
std::vector<CourseSession> every(const char* first, int step, int n) {
    std::vector<CourseSession> out;
    for (int i = 0; i < n; ++i)
        out.push_back(CourseSession{d(first) + chr::days{i * step}, std::nullopt});
    return out;
}

CourseInput course(std::vector<CourseSession> sessions) {
    CourseInput in;
    in.started = sessions.empty() ? Date{} : sessions.front().date;
    in.sessions = std::move(sessions);
    return in;
}

std::vector<FindingKind> kinds(const CourseStatus& st) {
    std::vector<FindingKind> out;
    for (const Finding& f : st.findings)
        out.push_back(f.kind);
    return out;
}

const Finding* find(const CourseStatus& st, FindingKind kind) {
    for (const Finding& f : st.findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

// Sets TZ for the life of the object (the C library's local time), then restores it.
class TimeZone {
public:
    explicit TimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ"))
            old_ = old;
        ::setenv("TZ", tz, 1);
        ::tzset();
    }
    ~TimeZone() {
        if (old_)
            ::setenv("TZ", old_->c_str(), 1);
        else
            ::unsetenv("TZ");
        ::tzset();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

private:
    std::optional<std::string> old_;
};

chr::system_clock::time_point utc(const char* iso, int hour, int minute) {
    return chr::system_clock::time_point(d(iso)) + chr::hours(hour) + chr::minutes(minute);
}

} // namespace

TEST_CASE("Calendar: ISO dates, month ends and leap days", "[course]") {
    CHECK(to_iso(d("2028-02-29")) == "2028-02-29");
    CHECK_FALSE(date_from_iso("2026-02-29")); // 2026 is not a leap year
    CHECK_FALSE(date_from_iso("2026-13-01"));
    CHECK_FALSE(date_from_iso("2026-1-01"));
    CHECK_FALSE(date_from_iso("2026-01-01x"));
    CHECK(add_months(d("2026-01-31"), 1) == d("2026-02-28"));
    CHECK(add_months(d("2028-01-31"), 1) == d("2028-02-29"));
    CHECK(add_months(d("2026-08-31"), 6) == d("2027-02-28"));
    CHECK(add_months(d("2026-12-15"), 1) == d("2027-01-15"));
    CHECK(add_months(d("2026-03-31"), 9) == d("2026-12-31"));
    CHECK(days_between(d("2028-02-28"), d("2028-03-01")) == 2);
    CHECK(days_between(d("2026-12-31"), d("2027-01-01")) == 1);
    CHECK(days_between(d("2026-03-05"), d("2026-03-01")) == -4);
}

TEST_CASE("Calendar: a session's date is its local date, and DST never shifts it", "[course]") {
    TimeZone berlin("Europe/Berlin");
    // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST. 00:30 local that night is 23:30 UTC
    // of the day before; 00:30 local the next night is 22:30 UTC.
    CHECK(to_iso(local_date(utc("2026-03-28", 23, 30))) == "2026-03-29");
    CHECK(to_iso(local_date(utc("2026-03-29", 21, 59))) == "2026-03-29");
    CHECK(to_iso(local_date(utc("2026-03-29", 22, 30))) == "2026-03-30");
    // 2026-10-25: back from CEST to CET; 23:30 local is 22:30 UTC.
    CHECK(to_iso(local_date(utc("2026-10-25", 22, 30))) == "2026-10-25");
    CHECK(to_iso(local_date(utc("2026-10-25", 23, 30))) == "2026-10-26");

    // A session on the evening of 28 March and the next on the morning of 30 March are "every
    // other day", although the night between lost an hour (35 hours, not 48).
    const Date first = local_date(utc("2026-03-28", 20, 0)); // 21:00 CET
    const Date second = local_date(utc("2026-03-30", 7, 0)); // 09:00 CEST
    const auto st = course_status(facial(), course({{first, {}}, {second, {}}}), second);
    CHECK(st.findings.empty());
    CHECK(to_iso(*st.due) == "2026-04-01");

    TimeZone new_york("America/New_York");
    // The same instant is still 28 March in New York.
    CHECK(to_iso(local_date(utc("2026-03-28", 23, 30))) == "2026-03-28");
}

TEST_CASE("Plastic facial: every other day, across month ends, leap days and year ends",
          "[course]") {
    SECTION("the first session: the second is due two days later") {
        const auto st = course_status(facial(), course(every("2026-01-31", 2, 1)), d("2026-01-31"));
        CHECK(st.phase == CoursePhase::Course);
        CHECK(st.done == 1);
        REQUIRE(st.next);
        CHECK(st.next->session == 2);
        CHECK_FALSE(st.next->day);
        CHECK(to_iso(*st.due) == "2026-02-02");
        CHECK(st.findings.empty());
    }
    SECTION("a leap day") {
        const auto st = course_status(facial(), course(every("2028-02-27", 2, 2)), d("2028-02-29"));
        CHECK(to_iso(*st.last) == "2028-02-29");
        CHECK(to_iso(*st.due) == "2028-03-02");
    }
    SECTION("a year end") {
        const auto st = course_status(facial(), course(every("2026-12-28", 2, 2)), d("2026-12-30"));
        CHECK(to_iso(*st.due) == "2027-01-01");
    }
    SECTION("the planned sessions reach the course's ten, every other day") {
        const auto st = course_status(facial(), course(every("2026-12-27", 2, 3)), d("2027-01-01"));
        REQUIRE(st.upcoming.size() == 7); // sessions 4 to 10
        CHECK(st.upcoming.front().slot.session == 4);
        CHECK(to_iso(st.upcoming.front().date) == "2027-01-02");
        CHECK(st.upcoming.back().slot.session == 10);
        CHECK(to_iso(st.upcoming.back().date) == "2027-01-14");
    }
}

TEST_CASE("Plastic facial: the course must not be interrupted", "[course]") {
    const auto sessions = every("2026-03-01", 2, 2); // 1 and 3 March
    SECTION("due on the day: nothing to say") {
        const auto st = course_status(facial(), course(sessions), d("2026-03-05"));
        CHECK(st.findings.empty());
        CHECK(due_when(st, d("2026-03-05")) == DueWhen::Today);
        CHECK(due_when(st, d("2026-03-04")) == DueWhen::ThisWeek);
    }
    SECTION("five days since the last session") {
        const auto st = course_status(facial(), course(sessions), d("2026-03-08"));
        const Finding* f = find(st, FindingKind::Interrupted);
        REQUIRE(f);
        CHECK(f->days == 5);
        CHECK(f->text == "the course was interrupted: 5 days since the last session");
        CHECK(due_when(st, d("2026-03-08")) == DueWhen::Overdue);
        CHECK(to_iso(*st.due) == "2026-03-05"); // still the date it was due
    }
    SECTION("a gap between two sessions") {
        auto s = sessions;
        s.push_back({d("2026-03-07"), {}}); // 4 days after 3 March
        const auto st = course_status(facial(), course(s), d("2026-03-07"));
        REQUIRE(kinds(st) == std::vector{FindingKind::Interrupted});
        CHECK(st.findings[0].days == 4);
        CHECK(st.findings[0].session == 3);
        CHECK(to_iso(*st.due) == "2026-03-09"); // the plan goes on from the last session
    }
    SECTION("a session the next day is too early") {
        auto s = sessions;
        s.push_back({d("2026-03-04"), {}});
        const auto st = course_status(facial(), course(s), d("2026-03-04"));
        REQUIRE(kinds(st) == std::vector{FindingKind::TooEarly});
        CHECK(st.findings[0].days == 1);
        CHECK(st.findings[0].text ==
              "session 3 was too early: 1 day after the one before (every other day)");
    }
}

TEST_CASE("Plastic facial: the course's end and the maintenance after it", "[course]") {
    SECTION("nine done: not yet") {
        const auto st = course_status(facial(), course(every("2026-01-01", 2, 9)), d("2026-01-17"));
        CHECK(st.findings.empty());
        CHECK(done_text(st, facial()) == "9 of 10\u201315 done");
    }
    SECTION("twelve of ten to fifteen: the course may end, or go on") {
        const auto st =
            course_status(facial(), course(every("2026-01-01", 2, 12)), d("2026-01-23"));
        CHECK(st.phase == CoursePhase::Course);
        CHECK(st.done == 12);
        const Finding* f = find(st, FindingKind::MayEnd);
        REQUIRE(f);
        CHECK(f->text ==
              "12 of 10\u201315 done; the course may end here, then maintenance: 1\u20132 a month");
        REQUIRE(st.next);
        CHECK(st.next->session == 13);
        CHECK(to_iso(*st.due) == "2026-01-25");
        CHECK(st.upcoming.size() == 1); // past the least number, one at a time
    }
    SECTION("fifteen: complete; maintenance a month after the last, on a short month's last day") {
        // 1 January + 14 x 2 days = 29 January; a month later: February has no 29th in 2026.
        const auto st =
            course_status(facial(), course(every("2026-01-01", 2, 15)), d("2026-01-29"));
        CHECK(st.phase == CoursePhase::Maintenance);
        CHECK(st.done == 15);
        CHECK(find(st, FindingKind::Complete)->text ==
              "15 of 10\u201315 done: the course is complete; maintenance: 1\u20132 a month from "
              "now");
        CHECK(to_iso(*st.due) == "2026-02-28");
        CHECK(st.upcoming.size() == 1);
        CHECK(st.upcoming[0].maintenance);
        CHECK_FALSE(find(st, FindingKind::Interrupted)); // no longer a course to interrupt
    }
    SECTION("a maintenance session moves the next one a month on") {
        auto s = every("2026-01-01", 2, 15);
        s.push_back({d("2026-02-20"), {}});
        const auto st = course_status(facial(), course(s), d("2026-02-20"));
        CHECK(st.done == 15);
        CHECK(st.maintenance_done == 1);
        CHECK(to_iso(*st.due) == "2026-03-20");
    }
    SECTION("ended early, with a reason") {
        auto in = course(every("2026-01-01", 2, 6));
        in.ended = CourseEnd{d("2026-01-14"), "the client moved away"};
        const auto st = course_status(facial(), in, d("2026-01-20"));
        CHECK(st.phase == CoursePhase::Maintenance);
        CHECK(find(st, FindingKind::EndedEarly)->text ==
              "the course was ended early on 2026-01-14 with 6 of 10\u201315 done: the client "
              "moved away");
        CHECK(to_iso(*st.due) == "2026-02-14"); // a month after it ended
        CHECK_FALSE(find(st, FindingKind::Interrupted));
    }
}

TEST_CASE("Plastic facial: a moved planned date", "[course]") {
    auto in = course(every("2026-03-01", 2, 3)); // 1, 3, 5 March; the 4th is due on the 7th
    SECTION("one day later interrupts the course, and the plan goes on from there") {
        in.moved.push_back({Slot{4, std::nullopt}, d("2026-03-08"), "the client is away"});
        const auto st = course_status(facial(), in, d("2026-03-05"));
        REQUIRE(st.upcoming.size() >= 2);
        CHECK(to_iso(st.upcoming[0].date) == "2026-03-08");
        CHECK(st.upcoming[0].moved);
        CHECK(st.upcoming[0].reason == "the client is away");
        CHECK(to_iso(st.upcoming[1].date) == "2026-03-10");
        CHECK(to_iso(*st.due) == "2026-03-08");
        const Finding* f = find(st, FindingKind::Interrupted);
        REQUIRE(f);
        CHECK(f->planned);
        CHECK(f->days == 3);
        CHECK(f->text == "the course would be interrupted: session 4 is moved to 3 days after "
                         "the one before (every other day)");
    }
    SECTION("a later session moved: those before stay") {
        in.moved.push_back({Slot{6, std::nullopt}, d("2026-03-11"), ""});
        const auto st = course_status(facial(), in, d("2026-03-05"));
        CHECK(to_iso(st.upcoming[0].date) == "2026-03-07");
        CHECK(to_iso(st.upcoming[1].date) == "2026-03-09");
        CHECK(to_iso(st.upcoming[2].date) == "2026-03-11");
        CHECK(find(st, FindingKind::Interrupted) == nullptr); // 2 days: as planned
    }
}

TEST_CASE("The three-day complex: Day II the next day, Day III the next day", "[course]") {
    SECTION("Day I on a month's last day") {
        const auto st = course_status(complex(), course({{d("2026-01-31"), 1}}), d("2026-01-31"));
        CHECK(st.done == 0); // a procedure is all three days
        REQUIRE(st.next);
        CHECK(st.next->session == 1);
        CHECK(st.next->day == 2);
        CHECK(to_iso(*st.due) == "2026-02-01");
        REQUIRE(st.upcoming.size() == 2);
        CHECK(st.upcoming[1].slot.day == 3);
        CHECK(to_iso(st.upcoming[1].date) == "2026-02-02");
        CHECK(stage_of_day(complex(), *st.next->day) == std::size_t{1});
    }
    SECTION("Day I on New Year's Eve") {
        const auto st = course_status(complex(), course({{d("2026-12-31"), 1}}), d("2026-12-31"));
        CHECK(to_iso(*st.due) == "2027-01-01");
    }
    SECTION("one procedure done: it may end; the next a month after Day I") {
        const auto st = course_status(
            complex(), course({{d("2028-01-31"), 1}, {d("2028-02-01"), 2}, {d("2028-02-02"), 3}}),
            d("2028-02-02"));
        CHECK(st.done == 1);
        CHECK(st.phase == CoursePhase::Course);
        CHECK(st.next->session == 2);
        CHECK(st.next->day == 1);
        CHECK(to_iso(*st.due) == "2028-02-29"); // 31 January + a month, in a leap year
        const Finding* f = find(st, FindingKind::MayEnd);
        REQUIRE(f);
        CHECK(f->text == "1 of 1\u20133 procedures done; the course may end here, then a break "
                         "of 6\u20139 months before the next course");
        CHECK(done_text(st, complex()) == "1 of 1\u20133 procedures done");
    }
    SECTION("Day II on the same day as Day I is too early") {
        const auto st = course_status(
            complex(), course({{d("2026-05-04"), 1}, {d("2026-05-04"), 2}}), d("2026-05-04"));
        REQUIRE(kinds(st) == std::vector{FindingKind::TooEarly});
        CHECK(st.findings[0].day == 2);
        CHECK(st.findings[0].days == 0);
        CHECK(st.findings[0].text == "day 2 of procedure 1 was too early: 0 days after day 1; it "
                                     "is done the next day after day 1");
        CHECK(st.next->day == 3);
        CHECK(to_iso(*st.due) == "2026-05-05");
    }
    SECTION("Day III two days after Day II is late") {
        const auto st = course_status(
            complex(), course({{d("2026-05-04"), 1}, {d("2026-05-05"), 2}, {d("2026-05-07"), 3}}),
            d("2026-05-07"));
        CHECK(kinds(st) == std::vector{FindingKind::Late, FindingKind::MayEnd});
        CHECK(st.findings[0].days == 2);
    }
    SECTION("the second procedure less than a month after the first is too early") {
        const auto st = course_status(complex(),
                                      course({{d("2026-05-04"), 1},
                                              {d("2026-05-05"), 2},
                                              {d("2026-05-06"), 3},
                                              {d("2026-05-25"), 1}}),
                                      d("2026-05-25"));
        const Finding* f = find(st, FindingKind::TooEarly);
        REQUIRE(f);
        CHECK(f->session == 2);
        CHECK(f->days == 21);
    }
    SECTION("Day I overdue") {
        const auto st = course_status(
            complex(), course({{d("2026-05-04"), 1}, {d("2026-05-05"), 2}, {d("2026-05-06"), 3}}),
            d("2026-06-10"));
        CHECK(to_iso(*st.due) == "2026-06-04");
        CHECK(due_when(st, d("2026-06-10")) == DueWhen::Overdue);
        CHECK(due_when(st, d("2026-05-29")) == DueWhen::ThisWeek);
        CHECK(due_when(st, d("2026-05-28")) == DueWhen::Later);
    }
}

TEST_CASE("The three-day complex: a procedure that begins without Day I is still numbered",
          "[course]") {
    SECTION("the course's first session is Day II: it is procedure 1, Day III is due next") {
        const auto st = course_status(complex(), course({{d("2026-05-05"), 2}}), d("2026-05-05"));
        REQUIRE(kinds(st) == std::vector{FindingKind::OutOfOrder});
        CHECK(st.findings[0].session == 1);
        CHECK(st.findings[0].day == 2);
        CHECK(st.findings[0].text == "day 2 came when day 1 was due");
        CHECK(st.done == 0);
        REQUIRE(st.next);
        CHECK(st.next->session == 1);
        CHECK(st.next->day == 3);
        CHECK(to_iso(*st.due) == "2026-05-06");
        REQUIRE(st.upcoming.size() == 1); // the least number is one procedure
        CHECK(st.upcoming[0].slot == Slot{1, 3});
    }
    SECTION("Day II and Day III: one procedure done, the next a month after its Day I") {
        const auto st = course_status(
            complex(), course({{d("2026-05-05"), 2}, {d("2026-05-06"), 3}}), d("2026-05-06"));
        CHECK(kinds(st) == std::vector{FindingKind::OutOfOrder, FindingKind::MayEnd});
        CHECK(st.findings[0].session == 1);
        CHECK(st.done == 1);
        CHECK(st.next == Slot{2, 1});
        CHECK(to_iso(*st.due) == "2026-06-04");
    }
    SECTION("the course's first session is Day III: it is procedure 1, and done") {
        const auto st = course_status(complex(), course({{d("2026-05-06"), 3}}), d("2026-05-06"));
        REQUIRE(!st.findings.empty());
        CHECK(st.findings[0].kind == FindingKind::OutOfOrder);
        CHECK(st.findings[0].session == 1);
        CHECK(st.findings[0].day == 3);
        CHECK(st.done == 1);
        CHECK(st.next == Slot{2, 1});
    }
    SECTION("after a whole procedure, Day II without Day I begins procedure 2") {
        const auto st = course_status(complex(),
                                      course({{d("2026-05-04"), 1},
                                              {d("2026-05-05"), 2},
                                              {d("2026-05-06"), 3},
                                              {d("2026-06-05"), 2}}),
                                      d("2026-06-05"));
        const Finding* f = find(st, FindingKind::OutOfOrder);
        REQUIRE(f);
        CHECK(f->session == 2);
        CHECK(f->day == 2);
        CHECK(st.done == 1);
        CHECK(st.next == Slot{2, 3});
        CHECK(to_iso(*st.due) == "2026-06-06");
    }
}

TEST_CASE("The three-day complex: three procedures, then a break of 6 to 9 months", "[course]") {
    const std::vector<CourseSession> three{
        {d("2026-01-10"), 1}, {d("2026-01-11"), 2}, {d("2026-01-12"), 3},
        {d("2026-02-10"), 1}, {d("2026-02-11"), 2}, {d("2026-02-12"), 3},
        {d("2026-03-10"), 1}, {d("2026-03-11"), 2}, {d("2026-03-12"), 3},
    };
    const auto st = course_status(complex(), course(three), d("2026-03-12"));
    CHECK(st.done == 3);
    CHECK(st.phase == CoursePhase::Break);
    CHECK(find(st, FindingKind::Complete)->text ==
          "3 of 1\u20133 procedures done: the course is complete; a break of 6\u20139 months "
          "before the next course from now");
    CHECK(to_iso(*st.due) == "2026-09-12");
    CHECK(to_iso(*st.due_by) == "2026-12-12");
    CHECK(st.next->day == 1);
    CHECK(st.upcoming.size() == 1);
    CHECK(st.upcoming[0].next_course);
    CHECK(starts_new_course(st));
    CHECK(due_when(st, d("2026-08-01")) == DueWhen::Later);
    CHECK(due_when(st, d("2026-10-01")) == DueWhen::Today); // inside the window
    CHECK(due_when(st, d("2026-12-13")) == DueWhen::None);  // the window is over

    SECTION("a new course four months later began inside the break") {
        CourseInput next = course({{d("2026-07-12"), 1}});
        next.previous_last = d("2026-03-12");
        const auto again = course_status(complex(), next, d("2026-07-12"));
        const Finding* f = find(again, FindingKind::BreakTooShort);
        REQUIRE(f);
        CHECK(f->days == 122);
        CHECK(f->text == "this course began too early: 122 days after the last session of the "
                         "previous course; the break between courses is 6\u20139 months");
    }
    SECTION("a new course seven months later is in time") {
        CourseInput next = course({{d("2026-10-12"), 1}});
        next.previous_last = d("2026-03-12");
        CHECK(course_status(complex(), next, d("2026-10-12")).findings.empty());
    }
}

TEST_CASE("A course started from the client's record, before any session", "[course]") {
    CourseInput in;
    in.started = d("2026-04-01");
    const auto st = course_status(facial(), in, d("2026-03-30"));
    CHECK(st.done == 0);
    CHECK(st.next->session == 1);
    CHECK(to_iso(*st.due) == "2026-04-01");
    CHECK(st.upcoming.size() == 10);
    CHECK(to_iso(st.upcoming.back().date) == "2026-04-19");
    CHECK(st.findings.empty());
    const auto cx = course_status(complex(), in, d("2026-03-30"));
    CHECK(cx.next->day == 1);
    CHECK(cx.upcoming.size() == 3); // the least number: one procedure of three days
    CHECK(to_iso(cx.upcoming[2].date) == "2026-04-03");
}

TEST_CASE("Which protocols have a course plan", "[course]") {
    CHECK(has_course_plan(facial()));
    CHECK(has_course_plan(complex()));
    CHECK_FALSE(has_course_plan(bundled("classic-back"))); // only "no more than 2 a week"
    CHECK_FALSE(has_course_plan(bundled("neck-self-massage")));
    CHECK(complex_days(complex()) == std::vector{1, 2, 3});
    CHECK(complex_days(facial()).empty());
}

TEST_CASE("A plan in months without days, and no more than twice a week", "[course]") {
    Protocol p = facial();
    p.course = Course{};
    p.course->sessions = Range{4, 4};
    p.course->interval_months = 1;
    p.course->max_per_week = 2;
    const auto st = course_status(
        p, course({{d("2026-01-31"), {}}, {d("2026-02-02"), {}}, {d("2026-02-04"), {}}}),
        d("2026-02-04"));
    // The second came 2 days after the first, a month being the plan: too early, twice.
    CHECK(find(st, FindingKind::TooEarly));
    const Finding* often = find(st, FindingKind::TooOften);
    REQUIRE(often);
    CHECK(often->text == "3 sessions within 7 days up to 2026-02-04; no more than 2 a week");
    CHECK(to_iso(*st.due) == "2026-03-04");
}

TEST_CASE("iCalendar: text escaped, lines folded at 75 octets, never inside a character",
          "[course]") {
    CalendarEvent e;
    e.uid = "course-1-s4@effleur";
    e.date = d("2028-02-29");
    // RFC 5545, 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT.
    e.summary = "Анна К.; massage, face\\neck\nline two " + std::string(40, 'x') + " ёжик";
    const std::string ics =
        to_icalendar({e}, chr::system_clock::time_point(d("2026-12-06")) + chr::hours(2));
    CHECK(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.ends_with("END:VCALENDAR\r\n"));
    CHECK(ics.find("DTSTART;VALUE=DATE:20280229\r\n") != std::string::npos);
    CHECK(ics.find("DTEND;VALUE=DATE:20280301\r\n") != std::string::npos);
    CHECK(ics.find("DTSTAMP:20261206T020000Z\r\n") != std::string::npos);
    // Unfolded (CRLF and one space removed), the summary is the escaped text.
    std::string unfolded;
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        unfolded += ics[i];
    }
    CHECK(unfolded.find("SUMMARY:Анна К.\\; massage\\, face\\\\neck\\nline two " +
                        std::string(40, 'x') + " ёжик\r\n") != std::string::npos);
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        const std::string line = ics.substr(start, end - start);
        CHECK(line.size() <= 75);
        // A continuation never begins inside a UTF-8 character.
        if (line.size() > 1 && line[0] == ' ')
            CHECK((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80);
        start = end + 2;
    }
}
