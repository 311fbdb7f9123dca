#pragma once
// Clients' courses in the journal (tables `courses` and `course_moves`, schema version 5; see
// docs/journal.md). A course is a client's course of one protocol: when it began (a local date),
// when and why it was ended early, and the planned dates the therapist moved. Its sessions are
// the client's sessions of the protocol (all but blocked screenings) from its start up to the
// next course's start; the rules that make a plan of them are in core/course.h.
//
// A course starts when the client's first session of a protocol with a course plan is recorded
// (`session_recorded`), or when the therapist starts one from the client's record.
//
// Ownership: borrows the JournalStore (its connection), which must outlive it; use it from the
// thread that opened the journal. Errors come back as Results; nothing throws, nothing of a
// client is logged.

#include "core/course.h"
#include "storage/journalstore.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace effleur::storage {

struct CourseRow {
    std::int64_t id = 0;
    std::int64_t client = 0;
    std::string protocol;
    Date started;
    std::optional<CourseEnd> ended;
    std::vector<MovedDate> moved; // oldest first
    WallTime created{};
};

// A course with what core worked out of it on a day.
struct ClientCourse {
    CourseRow row;
    std::string client_name;
    std::shared_ptr<const Protocol> protocol;
    CourseInput input;
    CourseStatus status;
};

// The protocols by id, as the library has them; null for one no longer there.
using ProtocolLookup = std::function<std::shared_ptr<const Protocol>(std::string_view id)>;

class CourseStore {
public:
    explicit CourseStore(JournalStore& journal);

    // A client's courses, of one protocol or (empty) of all, oldest first.
    [[nodiscard]] std::vector<CourseRow> courses(std::int64_t client,
                                                 std::string_view protocol = {}) const;
    [[nodiscard]] std::optional<CourseRow> course(std::int64_t id) const;

    // Starts a course on `started` (a local date).
    Result<std::int64_t> start_course(std::int64_t client, std::string_view protocol, Date started,
                                      WallTime now);
    // Ends a course early on `end.date`, with its reason. A course already ended is refused.
    Status end_course(std::int64_t course, const CourseEnd& end);
    // Moves a planned session's date, with its reason; the newest move of a slot counts.
    Status move_date(std::int64_t course, const MovedDate& move, WallTime now);

    // What core needs of a course: its sessions' local dates and days, its moves and end, and
    // the previous course's last session.
    [[nodiscard]] CourseInput input(const CourseRow& course) const;

    // A client session of `protocol` on `date` was recorded: starts the client's course of it
    // when the protocol has a plan and the client has none, or the latest is done and its plan
    // has no maintenance. Returns the started course's id, or nullopt when none started.
    Result<std::optional<std::int64_t>>
    session_recorded(std::int64_t client, const Protocol& protocol, Date date, WallTime now);

    // Each client's latest course of each protocol (of one client, or of all when nullopt), with
    // its status on `today`; courses of protocols the lookup does not know are left out.
    [[nodiscard]] std::vector<ClientCourse> latest_courses(std::optional<std::int64_t> client,
                                                           const ProtocolLookup& lookup,
                                                           Date today) const;

private:
    [[nodiscard]] Diagnostic problem(std::string message) const;
    JournalStore& journal_;
};

} // namespace effleur::storage
