// The three quizzes, offscreen, each driven by keys alone from the chooser to the result: a
// perfect run scores 100%, a run with one deliberate mistake shows it against the right answer,
// and every finished quiz lands in a temporary progress database. Time comes from a FakeClock.

#include "language_scope.h"
#include "session_test_support.h"

#include "storage/progressstore.h"
#include "ui/study/quizcommon.h"
#include "ui/study/quizline.h"
#include "ui/study/quiznext.h"
#include "ui/study/quizorder.h"
#include "ui/study/quizwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

const auto day_one = std::chrono::system_clock::time_point{} + std::chrono::hours(24 * 20000);

struct QuizRig {
    QTemporaryDir dir;
    FakeClock clock;
    std::unique_ptr<storage::ProgressStore> store;
    std::shared_ptr<const Protocol> protocol;
    std::unique_ptr<QuizWindow> window;

    explicit QuizRig(const std::string& id = "plastic-facial") : protocol(test::bundled(id)) {
        auto opened = storage::ProgressStore::open(std::filesystem::path(dir.path().toStdString()) /
                                                   "effleur.sqlite");
        REQUIRE(opened);
        store = std::move(opened.value());
        QuizServices s;
        s.catalog = &test::session_loader()->catalog();
        s.clock = &clock;
        s.wall_clock = [] { return day_one; };
        s.store = [this]() -> Result<storage::ProgressStore*> { return store.get(); };
        window = std::make_unique<QuizWindow>(protocol, std::move(s));
        window->resize(1100, 820);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    // A key to whatever has the focus, as a keyboard would.
    static void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier, int times = 1) {
        for (int i = 0; i < times; ++i) {
            QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                          : QApplication::activeWindow();
            REQUIRE(target);
            QTest::keyClick(target, k, mods);
        }
    }

    void start_by_keys(quiz::Kind kind, std::uint64_t seed, std::size_t questions = 10) {
        window->set_choice(kind, {}, seed, questions);
        REQUIRE(window->page() == QuizWindow::Page::Chooser);
        key(Qt::Key_Return);
        REQUIRE(window->page() == QuizWindow::Page::Quiz);
    }
};

// Puts the order list into `wanted` with Up / Down and Alt+Up alone.
void order_by_keys(OrderQuizWidget& w, const std::vector<quiz::StepRef>& wanted) {
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto now = w.answer();
        const auto at =
            static_cast<int>(std::find(now.begin(), now.end(), wanted[i]) - now.begin());
        const int row = w.list()->currentRow();
        QuizRig::key(at > row ? Qt::Key_Down : Qt::Key_Up, Qt::NoModifier, std::abs(at - row));
        REQUIRE(w.list()->currentRow() == at);
        QuizRig::key(Qt::Key_Up, Qt::AltModifier, at - static_cast<int>(i));
    }
    REQUIRE(w.answer() == wanted);
}

// The result page a finished quiz lands on, with `headline`, and the one attempt it recorded.
quiz::Attempt landed_result(const QuizRig& rig, const QString& headline) {
    CHECK(rig.window->page() == QuizWindow::Page::Result);
    CHECK(rig.window->result_headline() == headline);
    const auto stored = rig.store->attempts(rig.protocol->id);
    REQUIRE(stored.size() == 1);
    return stored[0];
}

// Starts the order quiz of seed 7 by keys, puts its steps in the right order except that the last
// is put first, and checks the answer with Ctrl+Return: one misplaced step, checked. The quiz's
// widget, never null.
OrderQuizWidget* check_last_step_first(QuizRig& rig) {
    rig.start_by_keys(quiz::Kind::Order, 7);
    OrderQuizWidget* w = rig.window->order_quiz();
    REQUIRE(w);
    std::vector<quiz::StepRef> wanted = w->quiz().correct;
    std::rotate(wanted.rbegin(), wanted.rbegin() + 1, wanted.rend());
    order_by_keys(*w, wanted);
    QuizRig::key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w->result());
    return w;
}

} // namespace

TEST_CASE("Order quiz by keys: a perfect run scores 100% and is recorded", "[quiz]") {
    QuizRig rig;
    rig.start_by_keys(quiz::Kind::Order, 42);
    OrderQuizWidget* w = rig.window->order_quiz();
    REQUIRE(w);
    CHECK(w->answer() != w->quiz().correct); // shuffled
    CHECK(w->list()->hasFocus());
    order_by_keys(*w, w->quiz().correct);
    rig.clock.advance(95s);
    QuizRig::key(Qt::Key_Return, Qt::ControlModifier); // Check
    REQUIRE(w->result());
    CHECK(w->result()->score == 1.0);
    CHECK(w->score_text() == QStringLiteral("19 of 19 in order (100%)"));
    CHECK(w->list()->item(0)->text().contains(QStringLiteral("\u2713")));

    QuizRig::key(Qt::Key_Return); // on to the result
    const quiz::Attempt stored = landed_result(rig, QStringLiteral("19 of 19 in order (100%)"));
    CHECK(rig.window->result_mistakes().isEmpty());
    CHECK(stored.kind == quiz::Kind::Order);
    CHECK(stored.seed == 42);
    CHECK(stored.score == 1.0);
    CHECK(stored.missed.empty());
    CHECK(stored.took == 95000ms);
    CHECK(stored.at == day_one);
}

TEST_CASE("Order quiz: one misplaced step is shown against the correct order", "[quiz]") {
    QuizRig rig;
    OrderQuizWidget* w = check_last_step_first(rig);
    CHECK(w->score_text() == QStringLiteral("18 of 19 in order (95%)"));
    const QListWidgetItem* first = w->list()->item(0);
    CHECK(first->text().contains(QStringLiteral("\u2717")));
    CHECK(first->text().contains(QStringLiteral("belongs 19th")));
    CHECK(first->foreground().color() == QColor(198, 40, 40));
    CHECK(w->list()->item(1)->foreground().color() == QColor(46, 125, 50));
    // The correct order beside it, the misplaced step marked there too.
    REQUIRE(w->correct_list()->isVisible());
    REQUIRE(w->correct_list()->count() == 19);
    CHECK(w->correct_list()->item(18)->foreground().color() == QColor(198, 40, 40));
    // Moving is over once checked.
    CHECK_FALSE(w->move_selected(1));

    QuizRig::key(Qt::Key_Return);
    REQUIRE(rig.window->result_mistakes().size() == 1);
    CHECK(rig.window->result_mistakes()[0].contains(QStringLiteral("you put it 1st; it is 19th")));
    const auto stored = rig.store->attempts("plastic-facial");
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].missed == std::vector<std::string>{"mask"});
}

TEST_CASE("A step's place is an ordinal as each language writes it", "[quiz][i18n]") {
    // English: st, nd and rd after 1, 2 and 3, but not in 11 to 13; th everywhere else.
    CHECK(ordinal(1) == QStringLiteral("1st"));
    CHECK(ordinal(2) == QStringLiteral("2nd"));
    CHECK(ordinal(3) == QStringLiteral("3rd"));
    CHECK(ordinal(4) == QStringLiteral("4th"));
    CHECK(ordinal(11) == QStringLiteral("11th"));
    CHECK(ordinal(12) == QStringLiteral("12th"));
    CHECK(ordinal(13) == QStringLiteral("13th"));
    CHECK(ordinal(21) == QStringLiteral("21st"));
    CHECK(ordinal(22) == QStringLiteral("22nd"));
    CHECK(ordinal(23) == QStringLiteral("23rd"));
    CHECK(ordinal(111) == QStringLiteral("111th"));
    // Russian and Ukrainian write a masculine ordinal (a step, "шаг", "крок") with "-й" after
    // every number; Polish writes a full stop after it.
    const std::pair<const char*, const char*> suffixes[] = {
        {"ru", "-й"}, {"uk", "-й"}, {"pl", "."}};
    for (const auto& [language, suffix] : suffixes) {
        INFO(language);
        const test::LanguageScope scope(QString::fromLatin1(language));
        for (const std::size_t n : {1U, 2U, 3U, 4U, 11U, 12U, 13U, 19U, 21U, 22U, 23U}) {
            INFO(n);
            CHECK(ordinal(n) == QString::number(n) + QString::fromUtf8(suffix));
        }
    }
}

TEST_CASE("Order quiz in Russian, Ukrainian and Polish: a misplaced step's places read in that "
          "language",
          "[quiz][i18n]") {
    struct Expected {
        const char* language;
        const char* mistake; // the last step put first: its place and the place it belongs
        const char* mark;    // its row's mark in the list
    };
    for (const Expected& e :
         {Expected{"ru", "у вас это 1-й шаг, а должен быть 19-й.", "→ должен быть 19-й"},
          Expected{"uk", "у вас це 1-й крок, а має бути 19-й.", "→ має бути 19-й"},
          Expected{"pl", "jest u Ciebie 1. krokiem, a powinien być 19. krokiem.",
                   "→ powinien być 19. krokiem"}}) {
        INFO(e.language);
        const test::LanguageScope scope(QString::fromLatin1(e.language));
        QuizRig rig;
        OrderQuizWidget* w = check_last_step_first(rig);
        const QString first = w->list()->item(0)->text();
        CHECK(first.contains(QString::fromUtf8(e.mark)));
        QuizRig::key(Qt::Key_Return);
        REQUIRE(rig.window->result_mistakes().size() == 1);
        const QString mistake = rig.window->result_mistakes()[0];
        CHECK(mistake.contains(QString::fromUtf8(e.mistake)));
        // The steps by their titles in that language too.
        const Step* last = quiz::step_at(*rig.protocol, w->quiz().correct.back());
        REQUIRE(last);
        const QString title = QString::fromStdString(last->title.get(e.language));
        CHECK(title != QString::fromStdString(last->title.en));
        CHECK(first.contains(title));
        CHECK(mistake.contains(title));
        for (const QString& english : {QStringLiteral("1st"), QStringLiteral("19th"),
                                       QString::fromStdString(last->title.en)}) {
            CHECK_FALSE(first.contains(english));
            CHECK_FALSE(mistake.contains(english));
        }
    }
}

TEST_CASE("Order quiz: a step in its own place but out of the run in order says so", "[quiz]") {
    QuizRig rig;
    rig.start_by_keys(quiz::Kind::Order, 11);
    OrderQuizWidget* w = rig.window->order_quiz();
    REQUIRE(w);
    // The last nine first, then the tenth step in its own place, then the first nine: the tenth
    // is in neither run of nine in order.
    const std::vector<quiz::StepRef>& c = w->quiz().correct;
    REQUIRE(c.size() == 19);
    std::vector<quiz::StepRef> wanted(c.begin() + 10, c.end());
    wanted.push_back(c[9]);
    wanted.insert(wanted.end(), c.begin(), c.begin() + 9);
    order_by_keys(*w, wanted);
    QuizRig::key(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(w->result());
    CHECK(w->score_text() == QStringLiteral("9 of 19 in order (47%)"));
    const QString tenth = w->list()->item(9)->text();
    CHECK(tenth.contains(QStringLiteral("\u2717")));
    CHECK(tenth.contains(QStringLiteral("its place, but out of order")));
    CHECK_FALSE(tenth.contains(QStringLiteral("belongs")));

    QuizRig::key(Qt::Key_Return);
    const QStringList mistakes = rig.window->result_mistakes();
    CHECK(std::count_if(mistakes.begin(), mistakes.end(), [](const QString& m) {
              return m.contains(QStringLiteral("10th is its place"));
          }) == 1);
    CHECK(std::none_of(mistakes.begin(), mistakes.end(), [](const QString& m) {
        return m.contains(QStringLiteral("you put it 10th; it is 10th"));
    }));
}

TEST_CASE("The same seed gives the same order quiz; Escape leaves without recording", "[quiz]") {
    QuizRig rig;
    rig.start_by_keys(quiz::Kind::Order, 1234);
    const auto first = rig.window->order_quiz()->answer();
    QuizRig::key(Qt::Key_Escape);
    CHECK(rig.window->page() == QuizWindow::Page::Chooser);
    CHECK(rig.window->chosen_seed() == 1234u);
    QuizRig::key(Qt::Key_Return);
    REQUIRE(rig.window->order_quiz());
    CHECK(rig.window->order_quiz()->answer() == first);
    CHECK(rig.store->attempts("plastic-facial").empty());
}

TEST_CASE("What-comes-next by keys: perfect, then one wrong answer shown with the right one",
          "[quiz]") {
    QuizRig rig;
    SECTION("a perfect run with the number keys") {
        rig.start_by_keys(quiz::Kind::Next, 99, 5);
        NextQuizWidget* w = rig.window->next_quiz();
        REQUIRE(w);
        REQUIRE(w->quiz().questions.size() == 5);
        for (std::size_t i = 0; i < 5; ++i) {
            REQUIRE(w->question() == i);
            const auto answer = static_cast<int>(w->quiz().questions[i].answer);
            QuizRig::key(static_cast<Qt::Key>(Qt::Key_1 + answer));
            CHECK(w->feedback_text().startsWith(QStringLiteral("\u2713")));
            QuizRig::key(Qt::Key_Return);
        }
        const quiz::Attempt stored = landed_result(rig, QStringLiteral("5 of 5 right (100%)"));
        CHECK(stored.kind == quiz::Kind::Next);
        CHECK(stored.score == 1.0);
        CHECK(stored.questions == 5);
    }
    SECTION("a wrong pick with the arrows and Enter") {
        rig.start_by_keys(quiz::Kind::Next, 99, 5);
        NextQuizWidget* w = rig.window->next_quiz();
        REQUIRE(w);
        const quiz::NextQuestion& q = w->quiz().questions[0];
        const std::size_t wrong = q.answer == 0 ? 1 : 0;
        QuizRig::key(Qt::Key_Down, Qt::NoModifier, static_cast<int>(wrong) + 1);
        CHECK(w->highlighted() == wrong);
        QuizRig::key(Qt::Key_Return);
        REQUIRE(w->answered());
        const QString right_title = QString::fromUtf8(
            quiz::shown_title(rig.window->protocol(), q.options[q.answer]).data());
        CHECK(w->feedback_text().contains(right_title));
        CHECK(w->option_button(q.answer)->styleSheet().contains(QStringLiteral("#2e7d32")));
        CHECK(w->option_button(wrong)->styleSheet().contains(QStringLiteral("#c62828")));
        QuizRig::key(Qt::Key_Return);
        for (std::size_t i = 1; i < 5; ++i) {
            QuizRig::key(
                static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(w->quiz().questions[i].answer)));
            QuizRig::key(Qt::Key_Return);
        }
        const quiz::Attempt stored = landed_result(rig, QStringLiteral("4 of 5 right (80%)"));
        REQUIRE(rig.window->result_mistakes().size() == 1);
        CHECK(rig.window->result_mistakes()[0].contains(right_title));
        CHECK(stored.score == Approx(0.8));
        CHECK(stored.missed.size() == 1);
    }
}

namespace {

// Tab until the canvas has picked `line`; false if it never comes round.
bool tab_to(LineCanvas& canvas, const std::string& line) {
    for (std::size_t i = 0; i <= canvas.lines().size(); ++i) {
        if (canvas.picked() == line)
            return true;
        QuizRig::key(Qt::Key_Tab);
    }
    return canvas.picked() == line;
}

} // namespace

TEST_CASE("Which line, which way, by keys: perfect, then a wrong line shown on the diagram",
          "[quiz]") {
    QuizRig rig;
    SECTION("a perfect run with Tab, D and Enter") {
        rig.start_by_keys(quiz::Kind::Line, 5, 4);
        LineQuizWidget* w = rig.window->line_quiz();
        REQUIRE(w);
        REQUIRE(w->quiz().questions.size() == 4);
        for (std::size_t i = 0; i < 4; ++i) {
            const quiz::LineQuestion& q = w->quiz().questions[i];
            REQUIRE(tab_to(*w->canvas(), q.line));
            if (q.direction == Direction::Reversed)
                QuizRig::key(Qt::Key_D);
            CHECK(w->canvas()->direction() == q.direction);
            QuizRig::key(Qt::Key_Return);
            CHECK(w->feedback_text() == QStringLiteral("\u2713 Right line, right way."));
            QuizRig::key(Qt::Key_Return);
        }
        const quiz::Attempt stored = landed_result(rig, QStringLiteral("4 of 4 right (100%)"));
        CHECK(stored.kind == quiz::Kind::Line);
        CHECK(stored.score == 1.0);
    }
    SECTION("a wrong line: the right one is drawn green over the diagram") {
        rig.start_by_keys(quiz::Kind::Line, 5, 4);
        LineQuizWidget* w = rig.window->line_quiz();
        REQUIRE(w);
        const quiz::LineQuestion& q = w->quiz().questions[0];
        QuizRig::key(Qt::Key_Tab);
        if (w->canvas()->picked() == q.line)
            QuizRig::key(Qt::Key_Tab);
        const std::string mine = *w->canvas()->picked();
        REQUIRE(mine != q.line);
        QuizRig::key(Qt::Key_Return);
        CHECK(w->feedback_text().startsWith(QStringLiteral("\u2717 Not this line")));
        // The right line is painted green where it runs.
        const QImage shot = w->canvas()->grab().toImage();
        const auto at = w->canvas()->point_on(q.line, 0.5);
        REQUIRE(at);
        const QColor c = shot.pixelColor(at->toPoint());
        CHECK(c.green() > c.red() + 40);
        QuizRig::key(Qt::Key_Return);
        for (std::size_t i = 1; i < 4; ++i) {
            const quiz::LineQuestion& qi = w->quiz().questions[i];
            REQUIRE(tab_to(*w->canvas(), qi.line));
            if (qi.direction == Direction::Reversed)
                QuizRig::key(Qt::Key_D);
            QuizRig::key(Qt::Key_Return);
            QuizRig::key(Qt::Key_Return);
        }
        const quiz::Attempt stored = landed_result(rig, QStringLiteral("3 of 4 right (75%)"));
        REQUIRE(rig.window->result_mistakes().size() == 1);
        CHECK(stored.score == Approx(0.75));
    }
}

TEST_CASE("The line canvas hit-tests the drawn lines and takes a click near an end as the way",
          "[quiz]") {
    QuizRig rig;
    rig.start_by_keys(quiz::Kind::Line, 11, 3);
    LineQuizWidget* w = rig.window->line_quiz();
    REQUIRE(w);
    LineCanvas& canvas = *w->canvas();
    const std::string line = w->quiz().questions[0].line;
    const auto middle = canvas.point_on(line, 0.5);
    const auto start = canvas.point_on(line, 0.05);
    const auto end = canvas.point_on(line, 0.95);
    REQUIRE(middle);
    CHECK(canvas.line_at(*middle) == line);
    CHECK_FALSE(canvas.line_at(QPointF(2, 2)));
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, middle->toPoint());
    CHECK(canvas.picked() == line);
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, start->toPoint());
    CHECK(canvas.direction() == Direction::Reversed);
    QTest::mouseClick(&canvas, Qt::LeftButton, {}, end->toPoint());
    CHECK(canvas.direction() == Direction::AsDrawn);
}

namespace {

// True when `w` lies wholly inside its window, as laid out now.
bool inside_window(const QWidget* w) {
    const QWidget* window = w->window();
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    return w->isVisible() && window->rect().contains(r);
}

// The quiz window as a WM leaves it on a 1280x800 screen: no taller than the screen less its
// title bar and a panel.
constexpr int screen_room = 800 - 60;

} // namespace

TEST_CASE("The quiz window fits an 800-pixel-high screen with every button on show",
          "[quiz][fit]") {
    QuizRig rig;
    QuizWindow& w = *rig.window;
    CHECK(w.sizeHint().height() <= screen_room);
    w.resize(w.sizeHint());
    CHECK(w.minimumSizeHint().height() <= screen_room);
    const auto button = [&](const char* name) {
        auto* b = w.findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(b);
        return b;
    };
    CHECK(inside_window(button("quiz-start")));
    SECTION("order: Move up, Move down and Check") {
        rig.start_by_keys(quiz::Kind::Order, 3);
        QApplication::processEvents();
        CHECK(w.minimumSizeHint().height() <= screen_room);
        CHECK(inside_window(button("order-check")));
        for (QPushButton* b : w.order_quiz()->findChildren<QPushButton*>())
            CHECK(inside_window(b));
    }
    SECTION("what comes next: four options and Next question") {
        rig.start_by_keys(quiz::Kind::Next, 3, 5);
        QApplication::processEvents();
        CHECK(w.minimumSizeHint().height() <= screen_room);
        for (std::size_t i = 0; i < 4; ++i)
            CHECK(inside_window(w.next_quiz()->option_button(i)));
        CHECK(inside_window(button("next-go-on")));
    }
    SECTION("which line: Turn round and Answer") {
        rig.start_by_keys(quiz::Kind::Line, 3, 5);
        QApplication::processEvents();
        CHECK(w.minimumSizeHint().height() <= screen_room);
        CHECK(inside_window(button("line-turn")));
        CHECK(inside_window(button("line-answer")));
    }
}

TEST_CASE("The quiz's step titles and numbers are shown whole and aligned", "[quiz]") {
    QuizRig rig;
    QuizWindow& w = *rig.window;
    auto* scope = w.findChild<QComboBox*>(QStringLiteral("quiz-scope"));
    REQUIRE(scope);
    // Every choice of the scope fits the box's text field.
    QStyleOptionComboBox opt;
    opt.initFrom(scope);
    const QRect field =
        scope->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField);
    for (int i = 0; i < scope->count(); ++i)
        CHECK(scope->fontMetrics().horizontalAdvance(scope->itemText(i)) <= field.width());
    // The order list: rows 9 and 10 start their titles at the same x.
    rig.start_by_keys(quiz::Kind::Order, 8);
    QListWidget* list = w.order_quiz()->list();
    REQUIRE(list->count() >= 10);
    const auto title_x = [&](int row) {
        const QString text = list->item(row)->text();
        const qsizetype gap = text.indexOf(QStringLiteral("  "));
        REQUIRE(gap > 0);
        return list->fontMetrics().horizontalAdvance(text.left(gap));
    };
    CHECK(list->item(8)->text().contains(QStringLiteral("9.")));
    CHECK(list->item(9)->text().startsWith(QStringLiteral("10.")));
    CHECK(title_x(8) == title_x(9));
    CHECK(title_x(0) == title_x(12));
}

TEST_CASE("Right and wrong are shown by a mark and a word, not by colour alone", "[quiz]") {
    QuizRig rig;
    SECTION("what comes next") {
        rig.start_by_keys(quiz::Kind::Next, 99, 5);
        NextQuizWidget* w = rig.window->next_quiz();
        const quiz::NextQuestion& q = w->quiz().questions[0];
        const std::size_t wrong = q.answer == 0 ? 1 : 0;
        QuizRig::key(static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(wrong)));
        CHECK(w->option_button(q.answer)->text().startsWith(QStringLiteral("\u2713")));
        CHECK(w->option_button(q.answer)->text().contains(QStringLiteral("the answer")));
        CHECK(w->option_button(wrong)->text().startsWith(QStringLiteral("\u2717")));
        CHECK(w->option_button(wrong)->text().contains(QStringLiteral("your choice")));
    }
    SECTION("order: the correct order marks what was misplaced") {
        rig.start_by_keys(quiz::Kind::Order, 3);
        OrderQuizWidget* w = rig.window->order_quiz();
        QuizRig::key(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(w->result());
        REQUIRE_FALSE(w->result()->mistakes.empty());
        int marked = 0;
        for (int i = 0; i < w->correct_list()->count(); ++i)
            marked += w->correct_list()->item(i)->text().contains(QStringLiteral("\u2717")) ? 1 : 0;
        CHECK(marked == static_cast<int>(w->result()->mistakes.size()));
    }
}

TEST_CASE("Which line hides the line's name and offers only the protocol's own lines", "[quiz]") {
    QuizRig rig;
    rig.start_by_keys(quiz::Kind::Line, 5, 10);
    LineQuizWidget* w = rig.window->line_quiz();
    REQUIRE(w);
    const Catalog& catalog = test::session_loader()->catalog();
    std::set<std::string> worked;
    for (const Stage& s : rig.protocol->stages)
        for (const Step& step : s.steps)
            for (const LineRef& l : step.lines)
                worked.insert(l.line);
    auto* title = w->findChild<QLabel*>(QStringLiteral("line-step"));
    REQUIRE(title);
    int hidden = 0;
    for (std::size_t i = 0; i < w->quiz().questions.size(); ++i) {
        const quiz::LineQuestion& q = w->quiz().questions[i];
        const QString name = QString::fromStdString(catalog.line(q.line)->name.get());
        const QString full = QString::fromUtf8(quiz::shown_title(*rig.protocol, q.step).data());
        CHECK_FALSE(title->text().contains(name, Qt::CaseInsensitive));
        hidden += full.contains(name, Qt::CaseInsensitive) ? 1 : 0;
        for (const std::string& offered : w->canvas()->lines())
            CHECK(worked.count(offered) == 1);
        REQUIRE(tab_to(*w->canvas(), q.line));
        QuizRig::key(Qt::Key_Return);
        QuizRig::key(Qt::Key_Return);
    }
    // The plastic facial's titles do name their lines ("...: nose to temple"): some were hidden.
    CHECK(hidden > 0);
}

TEST_CASE("title_without_line leaves out the words that name the line", "[quiz]") {
    const Catalog& catalog = test::session_loader()->catalog();
    CHECK(title_without_line(QStringLiteral("Superficial kneading: corner of the mouth to the "
                                            "tragus"),
                             catalog, "mouth-corner-to-tragus") ==
          QStringLiteral("Superficial kneading: \u2026"));
    // Nothing of the line in it: unchanged.
    CHECK(title_without_line(QStringLiteral("Light plastic strokes"), catalog,
                             "mouth-corner-to-tragus") == QStringLiteral("Light plastic strokes"));
}
