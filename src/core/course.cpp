// A client's course of a protocol: see course.h for the rules.

#include "core/course.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

namespace effleur {

namespace chr = std::chrono;

Date local_date(chr::system_clock::time_point t) {
    const std::time_t secs = chr::system_clock::to_time_t(t);
    std::tm tm{};
    if (!localtime_r(&secs, &tm))
        return chr::floor<chr::days>(t);
    return Date{chr::year{tm.tm_year + 1900} / chr::month{static_cast<unsigned>(tm.tm_mon + 1)} /
                chr::day{static_cast<unsigned>(tm.tm_mday)}};
}

std::string to_iso(Date d) {
    const chr::year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::optional<Date> date_from_iso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t from, std::size_t n) -> std::optional<int> {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const chr::year_month_day ymd{chr::year{*y}, chr::month{static_cast<unsigned>(*m)},
                                  chr::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok())
        return std::nullopt;
    return Date{ymd};
}

Date add_months(Date d, int months) {
    const chr::year_month_day ymd{d};
    const chr::year_month ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
    const chr::day last =
        chr::year_month_day_last{ym.year(), chr::month_day_last{ym.month()}}.day();
    return Date{chr::year_month_day{ym.year(), ym.month(), std::min(ymd.day(), last)}};
}

int days_between(Date from, Date to) {
    return static_cast<int>((to - from).count());
}

bool has_course_plan(const Protocol& protocol) {
    const auto& c = protocol.course;
    return c && (c->sessions || c->interval_days || c->interval_months);
}

std::vector<int> complex_days(const Protocol& protocol) {
    std::vector<int> days;
    for (const Stage& s : protocol.stages)
        if (s.day)
            days.push_back(*s.day);
    return days;
}

std::optional<std::size_t> stage_of_day(const Protocol& protocol, int day) {
    for (std::size_t i = 0; i < protocol.stages.size(); ++i)
        if (protocol.stages[i].day == day)
            return i;
    return std::nullopt;
}

std::string_view to_string(CoursePhase phase) {
    switch (phase) {
    case CoursePhase::Course:
        return "course";
    case CoursePhase::Maintenance:
        return "maintenance";
    case CoursePhase::Break:
        return "break";
    case CoursePhase::Over:
        return "over";
    }
    return "course";
}

std::string_view to_string(FindingKind kind) {
    switch (kind) {
    case FindingKind::Interrupted:
        return "interrupted";
    case FindingKind::TooEarly:
        return "too-early";
    case FindingKind::Late:
        return "late";
    case FindingKind::OutOfOrder:
        return "out-of-order";
    case FindingKind::BreakTooShort:
        return "break-too-short";
    case FindingKind::MayEnd:
        return "may-end";
    case FindingKind::Complete:
        return "complete";
    case FindingKind::EndedEarly:
        return "ended-early";
    case FindingKind::TooOften:
        return "too-often";
    }
    return "interrupted";
}

std::string_view to_string(DueWhen when) {
    switch (when) {
    case DueWhen::Overdue:
        return "overdue";
    case DueWhen::Today:
        return "today";
    case DueWhen::ThisWeek:
        return "this-week";
    case DueWhen::Later:
        return "later";
    case DueWhen::None:
        return "none";
    }
    return "none";
}

namespace {

std::string number(double v) {
    if (std::floor(v) == v && std::abs(v) < 1e9)
        return std::to_string(static_cast<long long>(v));
    std::string s = std::to_string(v);
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string range_text(const Range& r) {
    return r.min == r.max ? number(r.min) : number(r.min) + "\u2013" + number(r.max);
}

std::string plural(int n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 || n == -1 ? one : many);
}

std::string days_text(int n) {
    return plural(n, "day", "days");
}

// What follows the course, in words: "maintenance: 1-2 a month", "a break of 6-9 months".
std::string after_text(const Course& plan) {
    if (plan.maintenance_per_month)
        return "maintenance: " + range_text(*plan.maintenance_per_month) + " a month";
    if (plan.gap_months)
        return "a break of " + range_text(*plan.gap_months) + " months before the next course";
    return {};
}

std::string done_words(int done, const Course& plan, bool complex) {
    std::string s = std::to_string(done);
    if (plan.sessions)
        s += " of " + range_text(*plan.sessions);
    s += complex ? (done == 1 && !plan.sessions ? " procedure" : " procedures") : "";
    return s + " done";
}

struct Work {
    const Protocol& protocol;
    const Course& plan;
    const CourseInput& in;
    Date today;
    std::vector<int> days; // a complex's days; empty otherwise
    std::vector<CourseSession> sessions;
    CourseStatus st;

    [[nodiscard]] bool complex() const { return !days.empty(); }
    [[nodiscard]] int most() const {
        return plan.sessions ? static_cast<int>(std::ceil(plan.sessions->max)) : 0;
    }
    [[nodiscard]] int least() const {
        return plan.sessions ? static_cast<int>(std::ceil(plan.sessions->min)) : 0;
    }
    [[nodiscard]] std::optional<Date> moved(const Slot& slot, std::string* reason) const {
        std::optional<Date> date;
        for (const MovedDate& m : in.moved)
            if (m.slot == slot) {
                date = m.date;
                if (reason)
                    *reason = m.reason;
            }
        return date;
    }
    [[nodiscard]] std::optional<Date> after_interval(Date from) const {
        if (plan.interval_days)
            return from + chr::days{*plan.interval_days};
        if (plan.interval_months)
            return add_months(from, *plan.interval_months);
        return std::nullopt;
    }
    [[nodiscard]] std::string interval_text() const {
        if (plan.interval_days)
            return *plan.interval_days == 2 ? std::string("every other day")
                                            : "every " + days_text(*plan.interval_days);
        if (plan.interval_months)
            return *plan.interval_months == 1
                       ? std::string("a month apart")
                       : std::to_string(*plan.interval_months) + " months apart";
        return {};
    }
    void add(FindingKind kind, Date date, int days_, int session, std::optional<int> day,
             bool planned, std::string text) {
        st.findings.push_back(Finding{kind, date, days_, session, day, planned, std::move(text)});
    }
    [[nodiscard]] std::optional<int> day_gap(std::size_t index) const {
        if (index == 0 || index >= days.size())
            return std::nullopt;
        return days[index] - days[index - 1];
    }

    void check_break(Date first) {
        if (!in.previous_last || !plan.gap_months)
            return;
        const int min_months = static_cast<int>(std::floor(plan.gap_months->min));
        if (first < add_months(*in.previous_last, min_months)) {
            const int d = days_between(*in.previous_last, first);
            add(FindingKind::BreakTooShort, first, d, 1, std::nullopt, false,
                "this course began too early: " + days_text(d) +
                    " after the last session of the previous course; the break between "
                    "courses is " +
                    range_text(*plan.gap_months) + " months");
        }
    }

    void check_week() {
        if (!plan.max_per_week)
            return;
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            int n = 0;
            for (std::size_t j = 0; j <= i; ++j)
                if (days_between(sessions[j].date, sessions[i].date) < 7)
                    ++n;
            if (n > *plan.max_per_week &&
                (i + 1 == sessions.size() ||
                 days_between(sessions[i + 1].date, sessions[i].date) != 0))
                add(FindingKind::TooOften, sessions[i].date, 7, 0, std::nullopt, false,
                    std::to_string(n) + " sessions within 7 days up to " +
                        to_iso(sessions[i].date) + "; no more than " +
                        std::to_string(*plan.max_per_week) + " a week");
        }
    }

    // A plan of sessions with an interval in days or months (or none): each session one date.
    void simple() {
        const int max = most();
        std::optional<Date> prev;
        int n = 0;
        for (const CourseSession& s : sessions) {
            const bool closed = (max > 0 && n >= max) || (in.ended && s.date > in.ended->date);
            if (closed) {
                if (plan.maintenance_per_month)
                    ++st.maintenance_done;
                st.last = s.date;
                continue;
            }
            ++n;
            if (n == 1)
                check_break(s.date);
            if (prev) {
                const int gap = days_between(*prev, s.date);
                const auto due = after_interval(*prev);
                if (due && s.date < *due)
                    add(FindingKind::TooEarly, s.date, gap, n, std::nullopt, false,
                        "session " + std::to_string(n) + " was too early: " + days_text(gap) +
                            " after the one before (" + interval_text() + ")");
                else if (due && plan.uninterrupted && s.date > *due)
                    add(FindingKind::Interrupted, s.date, gap, n, std::nullopt, false,
                        "the course was interrupted: " + days_text(gap) + " between sessions " +
                            std::to_string(n - 1) + " and " + std::to_string(n) + " (" +
                            interval_text() + ")");
            }
            prev = s.date;
            st.last = s.date;
        }
        st.done = n;
        const bool complete = max > 0 && n >= max;
        finish(complete, prev);
        if (st.phase != CoursePhase::Course)
            return;
        // The next sessions, up to the least number (then one at a time, up to the most).
        const int target = std::max(n + 1, std::min(least(), max > 0 ? max : least()));
        std::optional<Date> base = prev;
        for (int k = n + 1; k <= target; ++k) {
            const Slot slot{k, std::nullopt};
            std::string reason;
            std::optional<Date> date = moved(slot, &reason);
            const bool was_moved = date.has_value();
            const std::optional<Date> regular = base ? after_interval(*base) : in.started;
            if (!date)
                date = regular;
            if (!date)
                break;
            if (was_moved && base) {
                const int gap = days_between(*base, *date);
                const auto due = after_interval(*base);
                if (due && *date < *due)
                    add(FindingKind::TooEarly, *date, gap, k, std::nullopt, true,
                        "session " + std::to_string(k) + " would be too early: moved to " +
                            days_text(gap) + " after the one before (" + interval_text() + ")");
                else if (due && plan.uninterrupted && *date > *due)
                    add(FindingKind::Interrupted, *date, gap, k, std::nullopt, true,
                        "the course would be interrupted: session " + std::to_string(k) +
                            " is moved to " + days_text(gap) + " after the one before (" +
                            interval_text() + ")");
            }
            st.upcoming.push_back(PlannedSession{slot, *date, false, false, was_moved, reason});
            base = date;
        }
        if (!st.upcoming.empty()) {
            st.next = st.upcoming.front().slot;
            st.due = st.due_by = st.upcoming.front().date;
        } else {
            st.next = Slot{n + 1, std::nullopt};
        }
        if (prev && plan.uninterrupted && plan.interval_days) {
            const int since = days_between(*prev, today);
            if (since > *plan.interval_days)
                add(FindingKind::Interrupted, today, since, n + 1, std::nullopt, false,
                    "the course was interrupted: " + days_text(since) + " since the last session");
        }
    }

    // A multi-day complex: one session of the course is one whole procedure, all its days.
    void multi_day() {
        const int max = most();
        int procedures = 0;   // begun
        std::size_t next = 0; // the index in `days` due next within the current procedure
        std::optional<Date> prev;
        std::optional<Date> proc_start;
        int done = 0;
        for (const CourseSession& s : sessions) {
            const bool closed = (max > 0 && done >= max) || (in.ended && s.date > in.ended->date);
            if (closed) {
                if (plan.maintenance_per_month)
                    ++st.maintenance_done;
                st.last = s.date;
                continue;
            }
            const auto at = std::find(days.begin(), days.end(), s.day.value_or(days.front()));
            const std::size_t index =
                at == days.end() ? 0 : static_cast<std::size_t>(at - days.begin());
            if (index != 0 && next == 0) {
                // A later day with no procedure under way (the course's first session, or the
                // one after a whole procedure): a procedure begins without its first day. It is
                // numbered as the next one, and its first day counted as having been due the
                // days before it that the plan says.
                ++procedures;
                if (procedures == 1)
                    check_break(s.date);
                proc_start = s.date - chr::days{days[index] - days[0]};
            }
            if (index == 0) {
                ++procedures;
                if (procedures == 1)
                    check_break(s.date);
                if (proc_start && plan.interval_months &&
                    s.date < add_months(*proc_start, *plan.interval_months)) {
                    const int gap = days_between(*proc_start, s.date);
                    add(FindingKind::TooEarly, s.date, gap, procedures, days[0], false,
                        "procedure " + std::to_string(procedures) +
                            " began too early: " + days_text(gap) + " after procedure " +
                            std::to_string(procedures - 1) + " began; they are " + interval_text());
                }
                proc_start = s.date;
            } else {
                if (index != next)
                    add(FindingKind::OutOfOrder, s.date, 0, procedures, days[index], false,
                        "day " + std::to_string(days[index]) + " came when " +
                            (next < days.size() && next > 0 ? "day " + std::to_string(days[next])
                                                            : "day " + std::to_string(days[0])) +
                            " was due");
                else if (prev) {
                    const int gap = days_between(*prev, s.date);
                    const int want = *day_gap(index);
                    if (gap != want) {
                        // "day 3 of procedure 1 was late: 4 days after day 2; it is done the
                        // next day after day 2"
                        const std::string after = " after day " + std::to_string(days[index - 1]);
                        std::string message = "day " + std::to_string(days[index]) +
                                              " of procedure " + std::to_string(procedures);
                        message += gap < want ? " was too early: " : " was late: ";
                        message += days_text(gap) + after;
                        message +=
                            "; it is done " +
                            (want == 1 ? std::string("the next day") : days_text(want) + " later") +
                            after;
                        add(gap < want ? FindingKind::TooEarly : FindingKind::Late, s.date, gap,
                            procedures, days[index], false, std::move(message));
                    }
                }
            }
            next = index + 1;
            if (next == days.size()) {
                ++done;
                next = 0;
            }
            prev = s.date;
            st.last = s.date;
        }
        st.done = done;
        const bool complete = max > 0 && done >= max;
        finish(complete, prev);
        if (st.phase != CoursePhase::Course)
            return;
        // The rest of the current procedure, then whole procedures up to the least number.
        const int target = std::max(done + 1, std::min(least(), max > 0 ? max : least()));
        std::optional<Date> base = prev;
        std::optional<Date> start = proc_start;
        int proc = next == 0 ? done + 1 : procedures;
        std::size_t index = next;
        while (proc <= target) {
            const Slot slot{proc, days[index]};
            std::string reason;
            std::optional<Date> date = moved(slot, &reason);
            const bool was_moved = date.has_value();
            std::optional<Date> regular;
            if (index == 0)
                regular =
                    start ? (plan.interval_months
                                 ? std::optional<Date>(add_months(*start, *plan.interval_months))
                                 : std::nullopt)
                          : std::optional<Date>(in.started);
            else if (base)
                regular = *base + chr::days{*day_gap(index)};
            if (!date)
                date = regular;
            if (!date)
                break;
            if (was_moved && regular && *date != *regular) {
                if (index == 0 && *date < *regular && start) {
                    const int gap = days_between(*start, *date);
                    add(FindingKind::TooEarly, *date, gap, proc, days[0], true,
                        "procedure " + std::to_string(proc) +
                            " would begin too early: " + days_text(gap) + " after procedure " +
                            std::to_string(proc - 1) + " began; they are " + interval_text());
                } else if (index > 0 && base) {
                    const int gap = days_between(*base, *date);
                    const std::string what = "day " + std::to_string(days[index]) +
                                             " of procedure " + std::to_string(proc);
                    add(*date < *regular ? FindingKind::TooEarly : FindingKind::Late, *date, gap,
                        proc, days[index], true,
                        what + (*date < *regular ? " would be too early: " : " would be late: ") +
                            days_text(gap) + " after day " + std::to_string(days[index - 1]) +
                            "; it is due " + days_text(*day_gap(index)) + " after it");
                }
            }
            st.upcoming.push_back(PlannedSession{slot, *date, false, false, was_moved, reason});
            if (index == 0)
                start = date;
            base = date;
            if (++index == days.size()) {
                index = 0;
                ++proc;
            }
        }
        if (!st.upcoming.empty()) {
            st.next = st.upcoming.front().slot;
            st.due = st.due_by = st.upcoming.front().date;
        } else {
            st.next = Slot{next == 0 ? done + 1 : procedures, days[next]};
        }
    }

    // The course's end, if it has come, and what follows it.
    void finish(bool complete, std::optional<Date> last_of_course) {
        const std::string after = after_text(plan);
        const std::string done_txt = done_words(st.done, plan, complex());
        if (in.ended) {
            add(FindingKind::EndedEarly, in.ended->date, 0, st.done, std::nullopt, false,
                "the course was ended early on " + to_iso(in.ended->date) + " with " + done_txt +
                    (in.ended->reason.empty() ? std::string() : ": " + in.ended->reason));
        } else if (complete) {
            add(FindingKind::Complete, last_of_course.value_or(today), 0, st.done, std::nullopt,
                false,
                done_txt + ": the course is complete" +
                    (after.empty() ? std::string() : "; " + after + " from now"));
        } else if (plan.sessions && st.done >= least() && st.done > 0) {
            add(FindingKind::MayEnd, last_of_course.value_or(today), 0, st.done, std::nullopt,
                false,
                done_txt + "; the course may end here" +
                    (after.empty() ? std::string() : ", then " + after));
        }
        if (!in.ended && !complete) {
            st.phase = CoursePhase::Course;
            return;
        }
        // After the course: from the last session (of the course or its maintenance), or from
        // the day it was ended when nothing came after.
        Date base = st.last.value_or(in.ended ? in.ended->date : in.started);
        if (in.ended && (!last_of_course || *last_of_course < in.ended->date) &&
            st.maintenance_done == 0)
            base = std::max(base, in.ended->date);
        if (plan.maintenance_per_month) {
            st.phase = CoursePhase::Maintenance;
            const Date due = add_months(base, 1);
            st.due = st.due_by = due;
            st.next = Slot{st.maintenance_done + 1, std::nullopt};
            st.upcoming.push_back(PlannedSession{*st.next, due, true, false, false, {}});
        } else if (plan.gap_months) {
            st.phase = CoursePhase::Break;
            const Date base_break = last_of_course.value_or(base);
            st.due = add_months(base_break, static_cast<int>(std::floor(plan.gap_months->min)));
            st.due_by = add_months(base_break, static_cast<int>(std::ceil(plan.gap_months->max)));
            st.next = Slot{1, complex() ? std::optional<int>(days.front()) : std::nullopt};
            st.upcoming.push_back(PlannedSession{*st.next, *st.due, false, true, false, {}});
        } else {
            st.phase = CoursePhase::Over;
        }
    }
};

} // namespace

CourseStatus course_status(const Protocol& protocol, const CourseInput& input, Date today) {
    if (!has_course_plan(protocol)) {
        CourseStatus st;
        st.phase = CoursePhase::Over;
        return st;
    }
    Work w{protocol, *protocol.course, input, today, complex_days(protocol), input.sessions, {}};
    std::map<int, std::size_t> order; // a complex's day -> its place
    for (std::size_t i = 0; i < w.days.size(); ++i)
        order.emplace(w.days[i], i);
    std::stable_sort(w.sessions.begin(), w.sessions.end(),
                     [&](const CourseSession& a, const CourseSession& b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         const auto pa = a.day && order.count(*a.day) ? order[*a.day] : 0;
                         const auto pb = b.day && order.count(*b.day) ? order[*b.day] : 0;
                         return pa < pb;
                     });
    w.st.planned = w.plan.sessions;
    if (w.complex())
        w.multi_day();
    else
        w.simple();
    w.check_week();
    std::stable_sort(w.st.findings.begin(), w.st.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.date < b.date; });
    return w.st;
}

bool starts_new_course(const CourseStatus& latest) {
    return latest.phase == CoursePhase::Break || latest.phase == CoursePhase::Over;
}

DueWhen due_when(const CourseStatus& status, Date today) {
    if (!status.due || status.phase == CoursePhase::Over)
        return DueWhen::None;
    const Date due = *status.due;
    const Date by = status.due_by.value_or(due);
    if (status.phase == CoursePhase::Break) {
        if (today > by)
            return DueWhen::None;
        if (today >= due)
            return DueWhen::Today;
    }
    const int in = days_between(today, due);
    if (in < 0)
        return DueWhen::Overdue;
    if (in == 0)
        return DueWhen::Today;
    if (in <= 6)
        return DueWhen::ThisWeek;
    return DueWhen::Later;
}

std::string done_text(const CourseStatus& status, const Protocol& protocol) {
    if (!protocol.course)
        return std::to_string(status.done) + " done";
    return done_words(status.done, *protocol.course, !complex_days(protocol).empty());
}

namespace {

std::string ical_text(std::string_view s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            // Other control characters are not allowed in TEXT values.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
                out += ' ';
            else
                out += c;
        }
    }
    return out;
}

// A content line folded at 75 octets, each continuation starting with a space, never inside a
// UTF-8 character.
std::string folded(std::string_view line) {
    std::string out;
    std::size_t width = 75;
    while (line.size() > width) {
        std::size_t cut = width;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        width = 74; // the leading space counts
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ical_date(Date d) {
    std::string iso = to_iso(d);
    iso.erase(std::remove(iso.begin(), iso.end(), '-'), iso.end());
    return iso;
}

} // namespace

std::string to_icalendar(const std::vector<CalendarEvent>& events,
                         std::chrono::system_clock::time_point stamp) {
    const auto day = chr::floor<chr::days>(stamp);
    const chr::hh_mm_ss<chr::seconds> hms{chr::floor<chr::seconds>(stamp - day)};
    char time[16];
    std::snprintf(time, sizeof time, "T%02d%02d%02dZ", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    const std::string dtstamp = ical_date(Date{day}) + time;
    std::string out;
    out += folded("BEGIN:VCALENDAR");
    out += folded("VERSION:2.0");
    out += folded("PRODID:-//Effleur//Effleur courses//EN");
    out += folded("CALSCALE:GREGORIAN");
    for (const CalendarEvent& e : events) {
        out += folded("BEGIN:VEVENT");
        out += folded("UID:" + ical_text(e.uid));
        out += folded("DTSTAMP:" + dtstamp);
        out += folded("DTSTART;VALUE=DATE:" + ical_date(e.date));
        out += folded("DTEND;VALUE=DATE:" + ical_date(e.date + chr::days{1}));
        out += folded("SUMMARY:" + ical_text(e.summary));
        if (!e.description.empty())
            out += folded("DESCRIPTION:" + ical_text(e.description));
        out += folded("TRANSP:TRANSPARENT");
        out += folded("END:VEVENT");
    }
    out += folded("END:VCALENDAR");
    return out;
}

std::vector<CalendarEvent> calendar_events(const CourseStatus& status, const Protocol& protocol,
                                           std::string_view who, std::string_view uid_base) {
    std::vector<CalendarEvent> out;
    for (const PlannedSession& p : status.upcoming) {
        CalendarEvent e;
        std::string what;
        std::string uid = std::string(uid_base);
        if (p.next_course) {
            what = "next course";
            uid += "-next";
        } else if (p.maintenance) {
            what = "maintenance session " + std::to_string(status.maintenance_done + 1);
            uid += "-m" + std::to_string(p.slot.session);
        } else if (p.slot.day) {
            what = "day " + std::to_string(*p.slot.day) + " of procedure " +
                   std::to_string(p.slot.session);
            uid += "-p" + std::to_string(p.slot.session) + "-d" + std::to_string(*p.slot.day);
        } else {
            what = "session " + std::to_string(p.slot.session);
            uid += "-s" + std::to_string(p.slot.session);
        }
        e.uid = uid + "@effleur";
        e.date = p.date;
        e.summary = std::string(who) + ": " + protocol.title.get() + ", " + what;
        e.description = done_text(status, protocol);
        if (p.moved)
            e.description += "\nmoved" + (p.reason.empty() ? std::string() : ": " + p.reason);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace effleur
