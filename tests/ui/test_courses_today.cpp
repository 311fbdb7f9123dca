// Courses in the window, by keys, on a real temporary journal: at start the Today view comes
// first when anything is due (overdue, today, this week), Enter goes straight to the checklist
// with the client and the day chosen; the day chooser suggests the complex's day due; the
// journal window shows a client's course, and a planned date is moved and a course ended early
// from it. Today is 10 March 2026 (UTC); the expected dates are counted from the protocols'
// plans: the plastic facial massage every other day, the complex's Day II the day after Day I.

#include "session_test_support.h"

#include "../support/utczone.h"
#include "language_scope.h"

#include "storage/coursestore.h"
#include "storage/journalstore.h"
#include "ui/gate/gatedialog.h"
#include "ui/journal/clientchooser.h"
#include "ui/journal/coursepanel.h"
#include "ui/journal/journalwindow.h"
#include "ui/journal/sessionenddialog.h"
#include "ui/library/libraryview.h"
#include "ui/session/sessioncontroller.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/today/todayview.h"

#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace effleur;
using namespace effleur::ui;

namespace {

Date d(const char* iso) {
    const auto date = date_from_iso(iso);
    REQUIRE(date);
    return *date;
}

storage::WallTime at(const char* iso, int hour) {
    return storage::WallTime(d(iso)) + std::chrono::hours(hour);
}

// A finished session of `id` (a complex's `day`) on `date`, and the course it starts, as the
// window records them.
void recorded(storage::JournalStore& journal, std::int64_t client, const std::string& id,
              const char* date, std::optional<int> day = std::nullopt) {
    const auto p = test::bundled(id);
    storage::SessionStart s;
    s.client = client;
    s.protocol_id = id;
    s.protocol_version = p->version;
    s.protocol_title = p->title.get();
    s.protocol_hash = "00";
    s.day = day;
    if (day)
        s.stage = stage_of_day(*p, *day);
    s.gate.protocol_id = id;
    s.gate.verdict = VerdictKind::Clear;
    s.gate.at = at(date, 9);
    s.started = at(date, 9);
    auto session = journal.begin_session(s);
    REQUIRE(session.ok());
    REQUIRE(journal
                .end_session(session.value(), storage::Outcome::Finished, "", at(date, 10),
                             std::chrono::minutes(20))
                .ok());
    storage::CourseStore courses(journal);
    REQUIRE(courses.session_recorded(client, *p, d(date), at(date, 10)).ok());
}

std::int64_t client(storage::JournalStore& journal, const char* name) {
    storage::Client c;
    c.name = name;
    auto added = journal.add_client(c, at("2026-02-01", 9));
    REQUIRE(added.ok());
    return added.value().id;
}

// UtcZone first: the zone is UTC before the journal is filled and until the window is gone.
struct Rig : test::UtcZone, test::WindowRig {
    std::int64_t anna = 0;
    std::int64_t boris = 0;
    std::int64_t cleo = 0;

    Rig() : WindowRig(Later{}) {
        const auto file = dir.filePath(QStringLiteral("journal.sqlite")).toStdString();
        {
            auto opened = storage::JournalStore::open(file);
            REQUIRE(opened.ok());
            auto& journal = *opened.value();
            // Boris: plastic facial on 3 and 5 March; the third was due on the 7th.
            boris = client(journal, "Boris L.");
            recorded(journal, boris, "plastic-facial", "2026-03-03");
            recorded(journal, boris, "plastic-facial", "2026-03-05");
            // Anna: Day I of the complex yesterday; Day II is due today.
            anna = client(journal, "Anna K.");
            recorded(journal, anna, "kneading-prp-lymphatic", "2026-03-09", 1);
            // Cleo: her course starts on Friday the 13th.
            cleo = client(journal, "Cleo M.");
            storage::CourseStore courses(journal);
            REQUIRE(
                courses.start_course(cleo, "plastic-facial", d("2026-03-13"), at("2026-03-01", 9))
                    .ok());
            // Dana: nothing due for weeks.
            const auto dana = client(journal, "Dana P.");
            recorded(journal, dana, "kneading-prp-lymphatic", "2026-03-01", 1);
            recorded(journal, dana, "kneading-prp-lymphatic", "2026-03-02", 2);
            recorded(journal, dana, "kneading-prp-lymphatic", "2026-03-03", 3);
        }
        open([](MainWindowOptions& o) { o.wall_clock = [] { return at("2026-03-10", 10); }; });
    }
    [[nodiscard]] QWidget* page() const {
        return window->findChild<QStackedWidget*>()->currentWidget();
    }
    // The Today view's rows as "client | protocol | session | due" under their groups.
    [[nodiscard]] QStringList today_rows() const {
        QStringList out;
        QTreeWidget* list = MainWindowTestAccess::today(*window)->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* row = list->topLevelItem(i);
            if (row->flags() == Qt::NoItemFlags)
                out << row->text(0); // a heading
            else
                out << QStringLiteral("%1 | %2 | %3 | %4")
                           .arg(row->text(0), row->text(1), row->text(2), row->text(3));
        }
        return out;
    }
};

} // namespace

TEST_CASE("At start the Today view shows who is due, and Enter goes to the checklist",
          "[window][course]") {
    Rig rig;
    // Shown first, once the window is up, because something is due.
    QTRY_VERIFY(MainWindowTestAccess::today(*rig.window) != nullptr);
    QTRY_VERIFY(rig.page() == MainWindowTestAccess::today(*rig.window));
    const QStringList rows = rig.today_rows();
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    const QString facial = QString::fromStdString(test::bundled("plastic-facial")->title.get());
    const QString complex =
        QString::fromStdString(test::bundled("kneading-prp-lymphatic")->title.get());
    REQUIRE(rows == QStringList{
                        QStringLiteral("Overdue (1)"),
                        QStringLiteral("Boris L. | %1 | session 3 | %2")
                            .arg(facial, course_date(d("2026-03-07"))),
                        QStringLiteral("Due today (1)"),
                        QStringLiteral("Anna K. | %1 | day 2 of procedure 1 | %2")
                            .arg(complex, course_date(d("2026-03-10"))),
                        QStringLiteral("This week (1)"),
                        QStringLiteral("Cleo M. | %1 | session 1 | %2")
                            .arg(facial, course_date(d("2026-03-13"))),
                    });
    // Boris's row says why he is overdue.
    CHECK(MainWindowTestAccess::today(*rig.window)->list()->topLevelItem(1)->text(4) ==
          QStringLiteral("the course was interrupted: 5 days since the last session"));

    // Down to Anna (the group line is passed over), Enter: no client or day to choose.
    MainWindowTestAccess::today(*rig.window)->list()->setFocus();
    REQUIRE(MainWindowTestAccess::today(*rig.window)->current());
    CHECK(MainWindowTestAccess::today(*rig.window)->current()->client_name ==
          QStringLiteral("Boris L."));
    Rig::key(Qt::Key_Down);
    REQUIRE(MainWindowTestAccess::today(*rig.window)->current());
    CHECK(MainWindowTestAccess::today(*rig.window)->current()->client_name ==
          QStringLiteral("Anna K."));
    Rig::key(Qt::Key_Return);
    QApplication::processEvents();
    CHECK(Rig::shown<ClientChooser>() == nullptr);
    CHECK(Rig::shown<QInputDialog>("day-picker") == nullptr);
    GateDialog* gate = MainWindowTestAccess::gate(*rig.window);
    REQUIRE(gate);
    Rig::activate(gate);
    CHECK(gate->checklist().protocol().id == "kneading-prp-lymphatic");
    CHECK(gate->checklist().stage() == std::size_t{1}); // Day II
    // The checklist is always asked.
    CHECK(gate->checklist().verdict().kind != VerdictKind::Clear);
    for (std::size_t i = 0; i < gate->checklist().size(); ++i)
        Rig::key(Qt::Key_N);
    Rig::key(Qt::Key_Return);
    QApplication::processEvents();
    REQUIRE(MainWindowTestAccess::controller(*rig.window));
    CHECK(MainWindowTestAccess::controller(*rig.window)->client());
    const std::int64_t session = MainWindowTestAccess::recorded_session(*rig.window);
    REQUIRE(session != 0);
    const auto record = rig.window->journal_store()->session(session);
    REQUIRE(record);
    CHECK(record->summary.client_name == "Anna K.");
    CHECK(record->summary.day == 2);

    // Ending it (Ctrl+W, End session) and leaving the notes returns to Today, not the library.
    Rig::activate(rig.window.get());
    MainWindowTestAccess::session(*rig.window)->setFocus();
    QTimer::singleShot(0, [] {
        auto* box = Rig::shown<QMessageBox>("confirm-end");
        REQUIRE(box);
        Rig::activate(box);
        Rig::key(Qt::Key_E, Qt::AltModifier);
    });
    Rig::key(Qt::Key_W, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(MainWindowTestAccess::session(*rig.window) == nullptr);
    auto* notes = Rig::shown<SessionEndDialog>();
    REQUIRE(notes);
    Rig::activate(notes);
    Rig::key(Qt::Key_Escape);
    QApplication::processEvents();
    CHECK(rig.page() == MainWindowTestAccess::today(*rig.window));
    CHECK(rig.window->focusWidget() == MainWindowTestAccess::today(*rig.window)->list());
    // Anna had her Day II today: she is no longer due today.
    const QStringList after = rig.today_rows();
    INFO(after.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(after.contains(QStringLiteral("Due today (1)")));
}

TEST_CASE("A session started from the library returns to the library", "[window][course]") {
    Rig rig;
    QTRY_VERIFY(rig.page() == MainWindowTestAccess::today(*rig.window));
    QTest::keyClick(MainWindowTestAccess::today(*rig.window)->list(), Qt::Key_Escape);
    REQUIRE(rig.page() == MainWindowTestAccess::library(*rig.window));
    rig.window->rehearse(test::bundled("neck-self-massage"));
    REQUIRE(MainWindowTestAccess::session(*rig.window));
    rig.window->end_session(); // a rehearsal ends without asking
    QApplication::processEvents();
    CHECK(rig.page() == MainWindowTestAccess::library(*rig.window));
}

TEST_CASE("Nothing due: the library is shown at start, as before", "[window][course]") {
    const test::UtcZone utc;
    test::WindowRig rig{test::WindowRig::Later{}};
    {
        auto opened = storage::JournalStore::open(
            rig.dir.filePath(QStringLiteral("journal.sqlite")).toStdString());
        REQUIRE(opened.ok());
        const auto dana = client(*opened.value(), "Dana P.");
        recorded(*opened.value(), dana, "classic-back", "2026-03-09"); // no course plan
    }
    rig.open([](MainWindowOptions& o) { o.wall_clock = [] { return at("2026-03-10", 10); }; });
    MainWindow& window = *rig.window;
    QTRY_VERIFY(window.journal_store() != nullptr);
    QTest::qWait(0);
    QApplication::processEvents();
    CHECK(window.findChild<QStackedWidget*>()->currentWidget() ==
          MainWindowTestAccess::library(window));
    // Journal > Today (Ctrl+D) still shows it, empty.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(MainWindowTestAccess::today(window));
    CHECK(window.findChild<QStackedWidget*>()->currentWidget() ==
          MainWindowTestAccess::today(window));
    CHECK_FALSE(MainWindowTestAccess::today(window)->anything_due());
    CHECK(MainWindowTestAccess::today(window)->findChild<QLabel*>("today-empty")->isVisible());
    // The words stand right under the heading, at either screen size, not half a window apart.
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        window.resize(size);
        QApplication::processEvents();
        TodayView* today = MainWindowTestAccess::today(window);
        const auto* title = today->findChild<QLabel*>("today-title");
        const auto* empty = today->findChild<QLabel*>("today-empty");
        const QRect title_at(title->mapTo(today, QPoint(0, 0)), title->size());
        const QRect empty_at(empty->mapTo(today, QPoint(0, 0)), empty->size());
        INFO(size.width() << "x" << size.height() << ": heading " << title_at.top() << "-"
                          << title_at.bottom() << ", words " << empty_at.top() << "-"
                          << empty_at.bottom());
        CHECK(empty_at.top() > title_at.bottom());
        CHECK(empty_at.top() - title_at.bottom() <= title->fontMetrics().height());
        CHECK(empty_at.height() <= 2 * empty->fontMetrics().height());
        // The Library button stays at the bottom.
        const auto* library = today->findChild<QPushButton*>("today-library");
        CHECK(library->mapTo(today, QPoint(0, 0)).y() > today->height() * 3 / 4);
    }
    // The keys are on the Library button, and Esc goes back to the library.
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("today-library"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(window.findChild<QStackedWidget*>()->currentWidget() ==
          MainWindowTestAccess::library(window));
}

TEST_CASE("The day chooser suggests the complex's day due", "[window][course]") {
    Rig rig;
    QTRY_VERIFY(rig.page() == MainWindowTestAccess::today(*rig.window));
    QTest::keyClick(MainWindowTestAccess::today(*rig.window)->list(), Qt::Key_Escape);
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id("kneading-prp-lymphatic"));
    MainWindowTestAccess::library(*rig.window)->list()->setFocus();
    Rig::key(Qt::Key_Return, Qt::ControlModifier);
    auto* chooser = Rig::shown<ClientChooser>();
    REQUIRE(chooser);
    Rig::activate(chooser);
    QTest::keyClicks(Rig::target(), QStringLiteral("Anna"));
    Rig::key(Qt::Key_Return);
    auto* picker = Rig::shown<QInputDialog>("day-picker");
    REQUIRE(picker);
    CHECK(picker->textValue().startsWith(QStringLiteral("Day 2:")));
    CHECK(picker->labelText().contains(QStringLiteral("In the course, day 2 is due today.")));
    picker->reject();
}

TEST_CASE("The journal shows the client's course, moves a date and ends the course early",
          "[window][course]") {
    Rig rig;
    QTRY_VERIFY(rig.page() == MainWindowTestAccess::today(*rig.window));
    JournalWindow* journal = rig.window->open_journal();
    REQUIRE(journal);
    Rig::activate(journal);
    journal->show_client(rig.boris);
    CoursePanel* panel = journal->courses();
    REQUIRE(panel);
    auto* list = panel->findChild<QTreeWidget*>("courses");
    REQUIRE(list->topLevelItemCount() == 1);
    const QTreeWidgetItem* row = list->topLevelItem(0);
    CHECK(row->text(1) == QStringLiteral("2 of 10\u201315 done"));
    CHECK(row->text(2) == QStringLiteral("session 3"));
    CHECK(row->text(3) == course_date(d("2026-03-07")));
    auto* details = panel->findChild<QPlainTextEdit*>("course-details");
    CHECK(details->toPlainText().contains(
        QStringLiteral("the course was interrupted: 5 days since the last session")));
    CHECK(details->toPlainText().contains(QStringLiteral("overdue by 3 days")));

    // Move date: session 3 to tomorrow, because the client is away today.
    Rig::activate(journal);
    list->setFocus();
    REQUIRE(panel->findChild<QPushButton*>("course-move")->isEnabled());
    panel->findChild<QPushButton*>("course-move")->click();
    auto* form = Rig::shown<CourseForm>("course-move-form");
    REQUIRE(form);
    Rig::activate(form);
    CHECK(form->date->date() == QDate(2026, 3, 7)); // starts from the planned date
    form->date->setFocus();
    form->date->setDate(QDate(2026, 3, 11));
    form->reason->setFocus();
    QTest::keyClicks(form->reason, QStringLiteral("away today"));
    Rig::key(Qt::Key_Return);
    QApplication::processEvents();
    CHECK(Rig::shown<CourseForm>("course-move-form") == nullptr);
    row = list->topLevelItem(0);
    CHECK(row->text(3) == course_date(d("2026-03-11")));
    CHECK(details->toPlainText().contains(QStringLiteral("(moved: away today)")));
    // The Today view, shown behind, follows: Boris is no longer overdue but due this week.
    CHECK(rig.page() == MainWindowTestAccess::today(*rig.window));
    CHECK(rig.today_rows().contains(
        QStringLiteral("Boris L. | %1 | session 3 | %2")
            .arg(QString::fromStdString(test::bundled("plastic-facial")->title.get()),
                 course_date(d("2026-03-11")))));

    // End course: a reason is required.
    Rig::activate(journal);
    list->setFocus();
    panel->findChild<QPushButton*>("course-end")->click();
    auto* end = Rig::shown<CourseForm>("course-end-form");
    REQUIRE(end);
    Rig::activate(end);
    Rig::key(Qt::Key_Return); // nothing written: OK is disabled
    CHECK(Rig::shown<CourseForm>("course-end-form") != nullptr);
    QTest::keyClicks(Rig::target(), QStringLiteral("moved to another city"));
    Rig::key(Qt::Key_Return);
    QApplication::processEvents();
    CHECK(Rig::shown<CourseForm>("course-end-form") == nullptr);
    row = list->topLevelItem(0);
    CHECK(row->text(2) == QStringLiteral("maintenance"));
    CHECK(row->text(3) == course_date(d("2026-04-10"))); // a month after it was ended
    CHECK(details->toPlainText().contains(
        QStringLiteral("the course was ended early on 2026-03-10 with 2 of 10\u201315 done: "
                       "moved to another city")));
    storage::CourseStore store(*rig.window->journal_store());
    const auto courses = store.courses(rig.boris);
    REQUIRE(courses.size() == 1);
    REQUIRE(courses[0].ended);
    CHECK(courses[0].ended->reason == "moved to another city");
    REQUIRE(courses[0].moved.size() == 1);
    CHECK(courses[0].moved[0].reason == "away today");
}

// A complex's course whose first session is not Day I (Day I was done before the journal was
// kept, or the therapist ended the course early on Day I and the client came back for Day II):
// the panel numbers it procedure 1, as the therapist counts, in English and in Polish.
TEST_CASE("A complex's course that begins on Day II is procedure 1, never 0", "[window][course]") {
    const test::UtcZone utc;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened =
        storage::JournalStore::open(dir.filePath(QStringLiteral("journal.sqlite")).toStdString());
    REQUIRE(opened.ok());
    auto& journal = *opened.value();
    // Eva: her first session in the journal is Day II, yesterday.
    const auto eva = client(journal, "Eva S.");
    recorded(journal, eva, "kneading-prp-lymphatic", "2026-03-09", 2);
    // Filip: Day I on 2 March, the course ended early that day; he came back for Day II on the
    // 9th, which starts a new course.
    const auto filip = client(journal, "Filip W.");
    recorded(journal, filip, "kneading-prp-lymphatic", "2026-03-02", 1);
    {
        storage::CourseStore courses(journal);
        const auto first = courses.courses(filip);
        REQUIRE(first.size() == 1);
        REQUIRE(courses.end_course(first[0].id, CourseEnd{d("2026-03-02"), "unwell"}).ok());
    }
    recorded(journal, filip, "kneading-prp-lymphatic", "2026-03-09", 2);
    REQUIRE(storage::CourseStore(journal).courses(filip).size() == 2);

    CourseContext context;
    context.lookup = [](std::string_view id) { return test::bundled(std::string(id)); };
    context.planned_protocols = [] {
        return std::vector<std::shared_ptr<const Protocol>>{
            test::bundled("kneading-prp-lymphatic")};
    };
    context.now = [] { return at("2026-03-10", 10); };
    CoursePanel panel(journal, context);
    panel.resize(900, 500);
    panel.show();
    auto* list = panel.findChild<QTreeWidget*>("courses");
    auto* details = panel.findChild<QPlainTextEdit*>("course-details");
    REQUIRE(list);
    REQUIRE(details);
    // What the panel shows of a client: the next session, and the details' text.
    const auto shown = [&](std::int64_t who) {
        panel.show_client(who);
        REQUIRE(list->topLevelItemCount() == 1);
        list->setCurrentItem(list->topLevelItem(0));
        return std::pair{list->topLevelItem(0)->text(2), details->toPlainText()};
    };
    for (const std::int64_t who : {eva, filip}) {
        CAPTURE(who);
        {
            const auto [next, text] = shown(who);
            // Day III the day after Day II, today: procedure 1's last day.
            CHECK(next == QStringLiteral("day 3 of procedure 1"));
            CHECK(text.contains(QStringLiteral("day 2 of procedure 1 came out of order")));
            CHECK_FALSE(text.contains(QStringLiteral("procedure 0")));
        }
        {
            // The words of the Polish catalogue (translations/effleur_pl.ts).
            const test::LanguageScope polish(QStringLiteral("pl"));
            const auto [next, text] = shown(who);
            CHECK(next == QStringLiteral("dzień 3 zabiegu 1"));
            CHECK(text.contains(QStringLiteral("dzień 2 zabiegu 1 odbył się poza kolejnością")));
            CHECK_FALSE(text.contains(QStringLiteral("zabiegu 0")));
        }
    }
}

// The Today view in Polish, where the three-day complex's title is long: the note beside it
// stays in the window, whole, and the title is there in full as the row's tooltip.
TEST_CASE("Today: a long protocol title never pushes the note out of view", "[window][course]") {
    const test::LanguageScope polish(QStringLiteral("pl"));
    Rig rig;
    QTRY_VERIFY(rig.page() == MainWindowTestAccess::today(*rig.window));
    QTreeWidget* list = MainWindowTestAccess::today(*rig.window)->list();
    QApplication::processEvents();
    const QTreeWidgetItem* boris = nullptr;
    const QTreeWidgetItem* anna = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == QStringLiteral("Boris L."))
            boris = list->topLevelItem(i);
        if (list->topLevelItem(i)->text(0) == QStringLiteral("Anna K."))
            anna = list->topLevelItem(i);
    }
    REQUIRE(boris);
    REQUIRE(anna);
    // The words of the Polish catalogue (translations/effleur_pl.ts): Boris's facial course was
    // interrupted, 5 days since his last session on 5 March.
    const QString note = QStringLiteral("seria przerwana: 5 dni od ostatniej sesji");
    CHECK(boris->text(4) == note);
    CHECK(anna->text(2) == QStringLiteral("dzień 2 zabiegu 1"));
    const QHeaderView* header = list->header();
    // Nothing runs past the right edge: no column starts or ends outside the list.
    CHECK(list->horizontalScrollBar()->maximum() == 0);
    CHECK(header->sectionViewportPosition(4) + header->sectionSize(4) <= list->viewport()->width());
    // The note is whole: its column is wider than its words and the cell's margins.
    CHECK(header->sectionSize(4) > list->fontMetrics().horizontalAdvance(note) + 12);
    // The complex's title, shortened in its column, is whole in the tooltip.
    CHECK(anna->toolTip(1) ==
          QString::fromStdString(test::bundled("kneading-prp-lymphatic")->title.get()));
    CHECK(anna->toolTip(1).startsWith(QStringLiteral("Masaż ugniatający")));
}
