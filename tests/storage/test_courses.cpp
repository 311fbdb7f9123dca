// Clients' courses on real temporary journal files: a course starts with the first session of a
// protocol with a plan, its sessions are counted from the journal, a complex's next course starts
// after its break, moved dates and an early end survive reopening the file, and erasing a client
// erases their courses.

#include "storage/coursestore.h"
#include "storage/journalstore.h"
#include "storage_test_support.h"

#include "../support/utczone.h"

#include "core/loader.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <map>

using namespace effleur;
using namespace effleur::storage;

namespace {

std::shared_ptr<const Protocol> bundled(const std::string& id) {
    static std::map<std::string, std::shared_ptr<const Protocol>> cache;
    if (auto found = cache.find(id); found != cache.end())
        return found->second;
    static const auto loader = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(created.ok());
        return created.value();
    }();
    auto loaded = loader->load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (id + ".json"));
    REQUIRE(loaded.ok());
    return cache.emplace(id, std::make_shared<const Protocol>(loaded.value())).first->second;
}

ProtocolLookup lookup() {
    return [](std::string_view id) -> std::shared_ptr<const Protocol> {
        if (id == "plastic-facial" || id == "kneading-prp-lymphatic" || id == "classic-back")
            return bundled(std::string(id));
        return nullptr;
    };
}

Date d(const char* iso) {
    const auto date = date_from_iso(iso);
    REQUIRE(date);
    return *date;
}

WallTime noon(const char* iso) {
    return WallTime(d(iso)) + std::chrono::hours(12);
}

std::unique_ptr<JournalStore> open_store(const std::filesystem::path& file) {
    auto r = JournalStore::open(file);
    if (!r)
        FAIL(r.errors().front().to_string());
    return std::move(r.value());
}

// Records a finished session of `protocol` (a complex's `day`) on `date`, as the app does, and
// tells the course store; returns the course it started, if any.
std::optional<std::int64_t> session(JournalStore& journal, CourseStore& courses,
                                    std::int64_t client, const std::string& protocol,
                                    const char* date, std::optional<int> day = std::nullopt,
                                    bool blocked = false) {
    const auto p = bundled(protocol);
    SessionStart s;
    s.client = client;
    s.protocol_id = protocol;
    s.protocol_version = p->version;
    s.protocol_title = p->title.get();
    s.protocol_hash = "00";
    s.day = day;
    if (day)
        s.stage = stage_of_day(*p, *day);
    s.planned = std::chrono::minutes(20);
    s.gate.protocol_id = protocol;
    s.gate.verdict = blocked ? VerdictKind::Blocked : VerdictKind::Clear;
    s.gate.at = noon(date);
    s.started = noon(date);
    if (blocked) {
        REQUIRE(journal.record_blocked(s, "fever").ok());
        return std::nullopt;
    }
    auto id = journal.begin_session(s);
    REQUIRE(id.ok());
    REQUIRE(journal
                .end_session(id.value(), Outcome::Finished, "",
                             noon(date) + std::chrono::minutes(20), std::chrono::minutes(20))
                .ok());
    auto started = courses.session_recorded(client, *p, local_date(s.started), noon(date));
    REQUIRE(started.ok());
    return started.value();
}

std::int64_t add_client(JournalStore& journal, const char* name) {
    Client c;
    c.name = name;
    auto added = journal.add_client(c, noon("2026-01-01"));
    REQUIRE(added.ok());
    return added.value().id;
}

} // namespace

TEST_CASE("Courses: the first session of a protocol with a plan starts the course",
          "[storage][course]") {
    test::UtcZone utc;
    test::TempFolder dir;
    const auto file = dir.file("effleur.sqlite");
    std::int64_t anna = 0;
    {
        auto journal = open_store(file);
        CHECK(journal->schema_version() >= 5);
        CourseStore courses(*journal);
        anna = add_client(*journal, "Anna K.");
        CHECK(session(*journal, courses, anna, "plastic-facial", "2026-02-26"));
        CHECK_FALSE(session(*journal, courses, anna, "plastic-facial", "2026-02-28"));
        CHECK_FALSE(session(*journal, courses, anna, "plastic-facial", "2026-03-02"));
        session(*journal, courses, anna, "plastic-facial", "2026-03-04", std::nullopt, true);
        // No course for a protocol whose course member is only "no more than twice a week".
        CHECK_FALSE(session(*journal, courses, anna, "classic-back", "2026-03-03"));
    }
    // Read back from the file by a new store.
    auto journal = open_store(file);
    CourseStore courses(*journal);
    const auto rows = courses.courses(anna);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].protocol == "plastic-facial");
    CHECK(to_iso(rows[0].started) == "2026-02-26");
    const auto latest = courses.latest_courses(anna, lookup(), d("2026-03-04"));
    REQUIRE(latest.size() == 1);
    CHECK(latest[0].client_name == "Anna K.");
    // 26 and 28 February and 2 March (the blocked screening of 4 March is no session): every
    // other day across the month's end; the fourth is due on 4 March.
    CHECK(latest[0].status.done == 3);
    CHECK(to_iso(*latest[0].status.due) == "2026-03-04");
    CHECK(latest[0].status.findings.empty());
}

TEST_CASE("Courses: a complex's next course starts after its break, and knows the one before",
          "[storage][course]") {
    test::UtcZone utc;
    test::TempFolder dir;
    auto journal = open_store(dir.file("effleur.sqlite"));
    CourseStore courses(*journal);
    const auto bea = add_client(*journal, "Bea");
    const char* const dates[] = {"2026-01-10", "2026-01-11", "2026-01-12",
                                 "2026-02-10", "2026-02-11", "2026-02-12",
                                 "2026-03-10", "2026-03-11", "2026-03-12"};
    std::optional<std::int64_t> first;
    for (int i = 0; i < 9; ++i) {
        const auto started =
            session(*journal, courses, bea, "kneading-prp-lymphatic", dates[i], i % 3 + 1);
        if (i == 0)
            first = started;
        else
            CHECK_FALSE(started); // Day III of the third procedure still belongs to the course
    }
    REQUIRE(first);
    auto latest = courses.latest_courses(bea, lookup(), d("2026-03-12"));
    REQUIRE(latest.size() == 1);
    CHECK(latest[0].status.phase == CoursePhase::Break);
    CHECK(to_iso(*latest[0].status.due) == "2026-09-12");

    // Four months later: a new course, too early for the break of 6 to 9 months.
    CHECK(session(*journal, courses, bea, "kneading-prp-lymphatic", "2026-07-12", 1));
    latest = courses.latest_courses(bea, lookup(), d("2026-07-12"));
    REQUIRE(latest.size() == 1);
    CHECK(to_iso(latest[0].row.started) == "2026-07-12");
    CHECK(latest[0].status.done == 0);
    CHECK(latest[0].status.next->day == 2);
    CHECK(to_iso(*latest[0].status.due) == "2026-07-13");
    REQUIRE(latest[0].input.previous_last);
    CHECK(to_iso(*latest[0].input.previous_last) == "2026-03-12");
    REQUIRE(latest[0].status.findings.size() == 1);
    CHECK(latest[0].status.findings[0].kind == FindingKind::BreakTooShort);
    // The first course keeps its own nine sessions.
    const auto first_row = courses.course(*first);
    REQUIRE(first_row);
    CHECK(courses.input(*first_row).sessions.size() == 9);
}

TEST_CASE("Courses: started from the record, moved dates and an early end are kept",
          "[storage][course]") {
    test::UtcZone utc;
    test::TempFolder dir;
    const auto file = dir.file("effleur.sqlite");
    std::int64_t id = 0;
    std::int64_t cleo = 0;
    {
        auto journal = open_store(file);
        CourseStore courses(*journal);
        cleo = add_client(*journal, "Cleo");
        auto started =
            courses.start_course(cleo, "plastic-facial", d("2026-04-01"), noon("2026-03-30"));
        REQUIRE(started.ok());
        id = started.value();
        // The first session on the day the course was started is that course's, not a new one.
        CHECK_FALSE(session(*journal, courses, cleo, "plastic-facial", "2026-04-01"));
        CHECK(courses
                  .move_date(id, MovedDate{Slot{2, {}}, d("2026-04-04"), "Easter"},
                             noon("2026-04-01"))
                  .ok());
        CHECK_FALSE(
            courses.move_date(id, MovedDate{Slot{2, {}}, d("2026-03-01"), ""},
                              noon("2026-04-01"))
                .ok()); // before the course began
        CHECK_FALSE(
            courses.move_date(999, MovedDate{Slot{2, {}}, d("2026-04-05"), ""}, noon("2026-04-01"))
                .ok());
    }
    {
        auto journal = open_store(file);
        CourseStore courses(*journal);
        const auto latest = courses.latest_courses(cleo, lookup(), d("2026-04-02"));
        REQUIRE(latest.size() == 1);
        REQUIRE(latest[0].row.moved.size() == 1);
        CHECK(latest[0].row.moved[0].reason == "Easter");
        CHECK(to_iso(*latest[0].status.due) == "2026-04-04");
        CHECK(latest[0].status.upcoming[0].moved);
        CHECK(to_iso(latest[0].status.upcoming[1].date) == "2026-04-06");
        // Three days after the first: the uninterrupted course would be interrupted.
        REQUIRE_FALSE(latest[0].status.findings.empty());
        CHECK(latest[0].status.findings[0].kind == FindingKind::Interrupted);
        CHECK(latest[0].status.findings[0].planned);

        CHECK_FALSE(courses.end_course(id, CourseEnd{d("2026-03-01"), "too soon"}).ok());
        CHECK(courses.end_course(id, CourseEnd{d("2026-04-02"), "skin reaction"}).ok());
        const auto again = courses.end_course(id, CourseEnd{d("2026-04-03"), "again"});
        REQUIRE_FALSE(again.ok());
        CHECK(again.errors().front().message == "the course was already ended on 2026-04-02");
    }
    auto journal = open_store(file);
    CourseStore courses(*journal);
    const auto latest = courses.latest_courses(cleo, lookup(), d("2026-04-03"));
    REQUIRE(latest.size() == 1);
    REQUIRE(latest[0].row.ended);
    CHECK(latest[0].row.ended->reason == "skin reaction");
    CHECK(latest[0].status.phase == CoursePhase::Maintenance);
    CHECK(to_iso(*latest[0].status.due) == "2026-05-02"); // a month after it was ended
}

TEST_CASE("Courses: every client's due courses, and erasing a client erases theirs",
          "[storage][course]") {
    test::UtcZone utc;
    test::TempFolder dir;
    auto journal = open_store(dir.file("effleur.sqlite"));
    CourseStore courses(*journal);
    const auto dana = add_client(*journal, "Dana");
    const auto eve = add_client(*journal, "Eve");
    session(*journal, courses, dana, "plastic-facial", "2026-05-01");
    session(*journal, courses, eve, "kneading-prp-lymphatic", "2026-05-02", 1);
    auto all = courses.latest_courses(std::nullopt, lookup(), d("2026-05-03"));
    REQUIRE(all.size() == 2);
    CHECK(due_when(all[0].status, d("2026-05-03")) == DueWhen::Today); // 1 May + 2 days
    CHECK(due_when(all[1].status, d("2026-05-03")) == DueWhen::Today); // Day II the next day
    CHECK(due_when(all[1].status, d("2026-05-04")) == DueWhen::Overdue);
    // A protocol no longer in the library is left out.
    const auto none = courses.latest_courses(
        std::nullopt, [](std::string_view) { return std::shared_ptr<const Protocol>{}; },
        d("2026-05-03"));
    CHECK(none.empty());

    REQUIRE(journal->erase_client(dana).ok());
    CHECK(courses.courses(dana).empty());
    QSqlQuery q(journal->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM courses")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(courses.latest_courses(std::nullopt, lookup(), d("2026-05-03")).size() == 1);
}
