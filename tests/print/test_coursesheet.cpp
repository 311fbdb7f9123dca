// The course sheet of a client's course recorded on a real temporary journal: the plastic facial
// massage, "10-15 sessions every other day, without interruption" (its course plan), three
// sessions held and the sixth moved by the therapist. Read back with poppler's tools: one page,
// every session held with its date and every planned one with the date the plan gives, in order,
// blank rows up to the most sessions, fonts embedded, the client's Cyrillic name as text.

#include "../storage/storage_test_support.h"
#include "core/course.h"
#include "core/loader.h"
#include "print/coursesheet.h"
#include "storage/coursestore.h"
#include "storage/journalstore.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

#include <filesystem>
#include <memory>

namespace {

using namespace effleur;
using namespace effleur::storage;
using std::chrono::milliseconds;

const Loader& course_loader() {
    static const std::shared_ptr<const Loader> l = [] {
        auto r = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(r);
        return r.value();
    }();
    return *l;
}

std::shared_ptr<const Protocol> plastic_facial() {
    auto r = course_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) /
                                       "plastic-facial.json");
    REQUIRE(r);
    return std::make_shared<const Protocol>(r.value());
}

// Noon UTC on a day of March 2026: the same local date in every time zone from -11 to +11.
WallTime march(int day) {
    const auto d = std::chrono::sys_days(std::chrono::year(2026) / std::chrono::March /
                                         std::chrono::day(static_cast<unsigned>(day)));
    return WallTime(std::chrono::duration_cast<WallTime::duration>(d.time_since_epoch() +
                                                                   std::chrono::hours(12)));
}

Date date_of(int month, int day) {
    return std::chrono::sys_days(std::chrono::year(2026) /
                                 std::chrono::month(static_cast<unsigned>(month)) /
                                 std::chrono::day(static_cast<unsigned>(day)));
}

// The sheet's date words, as the C locale writes them ("Sun 8 Mar 2026").
QString sheet_date(int month, int day) {
    return QLocale::c().toString(QDate(2026, month, day), QStringLiteral("ddd d MMM yyyy"));
}

QByteArray run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

} // namespace

TEST_CASE("a course sheet shows the sessions held and planned, in order, on one page",
          "[print][course]") {
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    test::TempFolder dir;
    auto store = std::move(JournalStore::open(dir.file("journal.sqlite")).value());
    const auto protocol = plastic_facial();
    const std::int64_t client =
        store->add_client(Client{.name = "Анна Ковальчук"}, march(1)).value().id;
    CourseStore courses(*store);
    // Three sessions every other day, as the plan asks: 2, 4 and 6 March.
    for (const int day : {2, 4, 6}) {
        SessionStart s;
        s.client = client;
        s.protocol_id = protocol->id;
        s.protocol_version = protocol->version;
        s.protocol_title = protocol->title.get();
        s.started = march(day);
        s.gate.verdict = VerdictKind::Clear;
        const auto id = store->begin_session(s);
        REQUIRE(id);
        REQUIRE(store->end_session(id.value(), Outcome::Finished, "",
                                   march(day) + std::chrono::minutes(20),
                                   std::chrono::minutes(20)));
        REQUIRE(courses.session_recorded(client, *protocol, local_date(march(day)), march(day)));
    }
    const auto rows_before = courses.courses(client);
    REQUIRE(rows_before.size() == 1);
    // The sixth session moved two days later, the client being away.
    REQUIRE(courses.move_date(rows_before.front().id,
                              MovedDate{Slot{6, std::nullopt}, date_of(3, 14), "client away"},
                              march(7)));
    const auto lookup = [&](std::string_view id) {
        return id == protocol->id ? protocol : nullptr;
    };
    const auto latest = courses.latest_courses(client, lookup, date_of(3, 7));
    REQUIRE(latest.size() == 1);
    const ClientCourse& course = latest.front();

    const QString pdf = QString::fromStdString(dir.file("course.pdf").string());
    const Status written = print::write_course_sheets_pdf(pdf, {&course}, print::Paper::A4);
    INFO(written.message());
    REQUIRE(written);
    CHECK(test::mode_of(pdf.toStdString()) == 0600);

    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                               {QStringLiteral("-raw"), pdf, QStringLiteral("-")}))
                             .simplified();
    CHECK(text.contains(QStringLiteral("Анна Ковальчук")));
    CHECK(text.contains(QStringLiteral("Plastic facial massage")));
    CHECK(text.contains(QStringLiteral("3 of 10")));

    // The plan's dates: held on 2, 4 and 6 March; then every other day from the last, the
    // sixth two days later where it was moved and the rest planned from there, up to the tenth
    // (the least number); then the eleventh to the fifteenth to fill in.
    struct Expected {
        QString session;
        QString date;
    };
    const std::vector<Expected> expected = {
        {QStringLiteral("1"), sheet_date(3, 2)},  {QStringLiteral("2"), sheet_date(3, 4)},
        {QStringLiteral("3"), sheet_date(3, 6)},  {QStringLiteral("4"), sheet_date(3, 8)},
        {QStringLiteral("5"), sheet_date(3, 10)}, {QStringLiteral("6"), sheet_date(3, 14)},
        {QStringLiteral("7"), sheet_date(3, 16)}, {QStringLiteral("8"), sheet_date(3, 18)},
        {QStringLiteral("9"), sheet_date(3, 20)}, {QStringLiteral("10"), sheet_date(3, 22)},
        {QStringLiteral("11"), QString()},        {QStringLiteral("12"), QString()},
        {QStringLiteral("13"), QString()},        {QStringLiteral("14"), QString()},
        {QStringLiteral("15"), QString()}};
    qsizetype at = text.indexOf(QStringLiteral("Remarks"));
    REQUIRE(at > 0);
    for (const Expected& e : expected) {
        const QString row = e.date.isEmpty() ? e.session + QStringLiteral(" \u2610")
                                             : e.session + QStringLiteral(" ") + e.date;
        INFO(row.toStdString());
        const qsizetype found = text.indexOf(row, at);
        CHECK(found >= 0);
        if (found >= 0)
            at = found + row.size();
    }
    // Held sessions are ticked; the others have a box to tick.
    CHECK(text.count(QStringLiteral("\u2713")) == 3);
    CHECK(text.count(QStringLiteral("\u2610")) == 12);
    CHECK(text.contains(QStringLiteral("moved: client away")));
    CHECK(text.contains(QStringLiteral("Therapist's signature")));

    const QStringList fonts = QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf}))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(fonts.size() > 2);
    for (qsizetype i = 2; i < fonts.size(); ++i) {
        const QStringList cols = fonts[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 5);
        CHECK(cols[cols.size() - 5] == QStringLiteral("yes"));
    }
    QLocale::setDefault(before);
}

TEST_CASE("no course, no sheet", "[print][course]") {
    test::TempFolder dir;
    const Status written = print::write_course_sheets_pdf(
        QString::fromStdString(dir.file("x.pdf").string()), {}, print::Paper::A4);
    CHECK_FALSE(written);
    CHECK(written.message() == "no course to print");
    CHECK_FALSE(std::filesystem::exists(dir.file("x.pdf")));
}
