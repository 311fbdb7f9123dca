// The progress view's data after known attempts are recorded in a temporary database: best and
// latest per quiz, the chart's points per kind, the weakest steps and "Practise these"; and the
// main window's Study menu with its lazily opened store, including a store that cannot open.

#include "session_test_support.h"

#include "storage/progressstore.h"
#include "ui/library/libraryview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/study/progressview.h"
#include "ui/study/quizorder.h"
#include "ui/study/quizwindow.h"

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

using Days = std::chrono::duration<int, std::ratio<86400>>;
const auto epoch = std::chrono::system_clock::time_point{} + Days(20000);

quiz::Attempt attempt(quiz::Kind kind, double score, int day, std::vector<std::string> missed) {
    quiz::Attempt a;
    a.protocol = "plastic-facial";
    a.kind = kind;
    a.seed = static_cast<std::uint64_t>(100 + day);
    a.score = score;
    a.questions = kind == quiz::Kind::Order ? 19 : 10;
    a.missed = std::move(missed);
    a.at = epoch + Days(day);
    a.took = 60s;
    return a;
}

struct StoreRig {
    QTemporaryDir dir;
    std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "p.sqlite";
    std::unique_ptr<storage::ProgressStore> store;
    StoreRig() {
        auto opened = storage::ProgressStore::open(file);
        INFO(opened.message());
        REQUIRE(opened);
        store = std::move(opened.value());
    }
    void add(quiz::Attempt a) {
        const Status recorded = store->record(a);
        INFO(recorded.message());
        REQUIRE(recorded);
    }
};

} // namespace

TEST_CASE("The progress view shows best, latest, a chart per kind and the weakest steps",
          "[progress]") {
    StoreRig rig;
    rig.add(attempt(quiz::Kind::Order, 0.60, 0, {"mask", "staccato-tapping"}));
    rig.add(attempt(quiz::Kind::Order, 0.90, 1, {"mask"}));
    rig.add(attempt(quiz::Kind::Order, 0.80, 2, {}));
    rig.add(attempt(quiz::Kind::Next, 0.50, 1, {}));
    rig.add(attempt(quiz::Kind::Next, 0.70, 3, {}));
    const auto protocol = test::bundled("plastic-facial");

    ProgressView view;
    view.set_data(protocol, rig.store->attempts("plastic-facial"));
    view.resize(1100, 800);
    view.show();

    // All quizzes, then each kind: attempts, best, latest.
    const QTableWidget& t = *view.scores_table();
    auto cell = [&](int row, int col) { return t.item(row, col)->text(); };
    CHECK(cell(0, 0) == QStringLiteral("5"));
    CHECK(cell(0, 1) == QStringLiteral("90%"));
    CHECK(cell(0, 2) == QStringLiteral("70%"));
    CHECK(cell(1, 0) == QStringLiteral("3"));
    CHECK(cell(1, 1) == QStringLiteral("90%"));
    CHECK(cell(1, 2) == QStringLiteral("80%"));
    CHECK(cell(2, 1) == QStringLiteral("70%"));
    CHECK(cell(3, 0) == QStringLiteral("0"));
    CHECK(cell(3, 1) == QStringLiteral("\u2014"));

    // One line per kind that has attempts, a point per attempt.
    CHECK(view.chart_series_count() == 2);
    CHECK(view.chart_points(quiz::Kind::Order) == 3);
    CHECK(view.chart_points(quiz::Kind::Next) == 2);
    CHECK(view.chart_points(quiz::Kind::Line) == 0);

    // The weakest first: the mask missed in two of the three order quizzes.
    REQUIRE(view.weakest_list()->count() == 2);
    REQUIRE(view.overall().weakest.size() == 2);
    CHECK(view.overall().weakest[0].missed == 2);
    CHECK(view.overall().weakest[0].asked >= 3); // every order quiz asks every step
    CHECK(view.weakest_list()->item(0)->text() ==
          QStringLiteral("Individually selected mask \u2014 missed 2 of %1")
              .arg(view.overall().weakest[0].asked));
    CHECK(view.weakest_list()->item(1)->text().startsWith(QStringLiteral("Staccato tapping")));

    // "Practise these" asks for the weakest steps.
    REQUIRE(view.practise_button()->isEnabled());
    QSignalSpy spy(&view, &ProgressView::practiseRequested);
    QTest::mouseClick(view.practise_button(), Qt::LeftButton);
    REQUIRE(spy.count() == 1);
    const auto steps = spy.at(0).at(1).value<std::vector<quiz::StepRef>>();
    REQUIRE(steps.size() == 2);
    CHECK(quiz::step_at(*protocol, steps[0])->id == "mask");
    CHECK(quiz::step_at(*protocol, steps[1])->id == "staccato-tapping");
}

TEST_CASE("The progress view with no attempts says so and offers nothing to practise",
          "[progress]") {
    ProgressView view;
    view.set_data(test::bundled("neck-self-massage"), {});
    view.show();
    CHECK(view.findChild<QWidget*>(QStringLiteral("progress-empty"))->isVisible());
    CHECK(view.chart_series_count() == 0);
    CHECK_FALSE(view.practise_button()->isEnabled());
    CHECK(view.scores_table()->item(0, 1)->text() == QStringLiteral("\u2014"));
}

namespace {

struct WindowRig {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
    std::unique_ptr<MainWindow> window;

    explicit WindowRig(std::filesystem::path progress_file) {
        MainWindowOptions o = test::window_options(dir, clock, settings);
        o.wall_clock = [] { return epoch; };
        o.progress_file = std::move(progress_file);
        window = std::make_unique<MainWindow>(std::move(o));
        window->show();
    }
};

} // namespace

TEST_CASE("Study opens the quiz and the progress of the selected protocol", "[progress]") {
    QTemporaryDir dir;
    const std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "db";
    WindowRig rig(file);
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id("neck-self-massage"));
    rig.window->open_quiz(MainWindowTestAccess::library(*rig.window)->selected());
    auto* quiz = rig.window->findChild<QuizWindow*>();
    REQUIRE(quiz);
    CHECK(quiz->protocol().id == "neck-self-massage");
    CHECK_FALSE(std::filesystem::exists(file)); // opened on first use only

    rig.window->open_progress(MainWindowTestAccess::library(*rig.window)->selected());
    auto* view = rig.window->findChild<ProgressView*>();
    REQUIRE(view);
    CHECK(view->isWindow());
    CHECK(std::filesystem::exists(file));
    CHECK(view->chart_series_count() == 0);

    // A quiz finished in the window shows up in the open progress view.
    quiz->set_choice(quiz::Kind::Order, {}, 3);
    REQUIRE(quiz->start());
    quiz->order_quiz()->check();
    CHECK(quiz->last_saved());
    CHECK(view->chart_points(quiz::Kind::Order) == 1);
}

TEST_CASE("A progress database that cannot be opened is a message, not a crash", "[progress]") {
    QTemporaryDir dir;
    const std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "bad";
    { std::ofstream(file) << "this is not an SQLite database, only some text to trip over\n"; }
    WindowRig rig(file);
    REQUIRE(MainWindowTestAccess::library(*rig.window)->select_id("neck-self-massage"));
    rig.window->open_progress(MainWindowTestAccess::library(*rig.window)->selected());
    CHECK_FALSE(rig.window->findChild<ProgressView*>());
    auto* box = rig.window->findChild<QMessageBox*>(QStringLiteral("progress-store-error"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("cannot be opened")));
    box->close();

    // A quiz still runs; its result says it was not saved.
    rig.window->open_quiz(MainWindowTestAccess::library(*rig.window)->selected());
    auto* quiz = rig.window->findChild<QuizWindow*>();
    REQUIRE(quiz);
    quiz->set_choice(quiz::Kind::Order, {}, 3);
    REQUIRE(quiz->start());
    quiz->order_quiz()->check();
    CHECK_FALSE(quiz->last_saved());
    REQUIRE(quiz->last_attempt());
}

TEST_CASE("The progress window fits 1280x800 and closes with Esc or Ctrl+W", "[progress]") {
    auto protocol = test::bundled("plastic-facial");
    std::vector<quiz::Attempt> attempts;
    for (int day = 0; day < 6; ++day)
        attempts.push_back(attempt(quiz::Kind::Next, 0.5, day, {}));
    for (const QKeySequence& key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)}) {
        ProgressView view;
        view.setWindowFlag(Qt::Window);
        view.set_data(protocol, attempts);
        // Its buttons and chart within 800 pixels less a title bar and a panel.
        CHECK(view.sizeHint().height() <= 740);
        CHECK(view.minimumSizeHint().height() <= 740);
        view.resize(view.sizeHint());
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
        const QRect button(view.practise_button()->mapTo(&view, QPoint(0, 0)),
                           view.practise_button()->size());
        CHECK(view.rect().contains(button));
        QTest::keySequence(&view, key);
        CHECK_FALSE(view.isVisible());
    }
}

TEST_CASE("The weakest steps are the ones Practise these rehearses, the rest counted",
          "[progress]") {
    auto protocol = test::bundled("plastic-facial");
    // Eight steps missed once each, in one quiz each.
    std::vector<std::string> ids;
    for (const Stage& s : protocol->stages)
        for (const Step& step : s.steps)
            if (ids.size() < 8)
                ids.push_back(step.id);
    REQUIRE(ids.size() == 8);
    std::vector<quiz::Attempt> attempts;
    for (int i = 0; i < 8; ++i)
        attempts.push_back(attempt(quiz::Kind::Order, 0.9, i, {ids[static_cast<std::size_t>(i)]}));
    ProgressView view;
    view.set_data(protocol, attempts);
    REQUIRE(view.overall().weakest.size() == 8);
    const int shown = static_cast<int>(ProgressView::practise_count);
    REQUIRE(view.weakest_list()->count() == shown + 1);
    CHECK(view.weakest_list()->item(shown)->text() ==
          QStringLiteral("\u2026 and 3 more missed steps"));
    CHECK(view.practise_steps().size() == ProgressView::practise_count);
}
