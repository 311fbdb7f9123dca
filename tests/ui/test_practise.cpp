// Practising a protocol, offscreen: pauses between steps, the next step hidden for recall, a range
// of steps, speed keys, and the Practise dialog by keyboard, remembered per protocol. Time moves
// only through FakeClock; pump() stands in for the view's timer firing.

#include "session_test_support.h"

#include "ui/library/libraryview.h"
#include "ui/session/sessionview.h"
#include "ui/session/sessionwidgets.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/study/practisedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <set>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<effleur::StepRef> {
    static std::string convert(const effleur::StepRef& r) {
        return std::string("{")
            .append(std::to_string(r.stage))
            .append(", ")
            .append(std::to_string(r.step))
            .append("}");
    }
};
} // namespace Catch

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

struct Rig : test::SessionRig {
    using SessionRig::SessionRig;
    // Starts, and begins the first step if it waits for the therapist first.
    void start() {
        key(Qt::Key_Space);
        if (view.engine().wait_reason() == WaitReason::BeforeStep)
            key(Qt::Key_Right);
        REQUIRE(view.engine().state() == EngineState::Running);
    }
    QString title() const { return view.text_of("title"); }
};

QString title_of(const StepEngine& e, std::size_t part) {
    return QString::fromStdString(e.plan()[part].source->title.get());
}

// The neck lines of the plastic facial massage: stage 2, steps 5 to 7.
SessionOptions neck_lines() {
    SessionOptions o;
    o.range = StepRange{{1, 4}, {1, 6}};
    return o;
}

} // namespace

TEST_CASE("Pausing between steps waits after a step until Right is pressed", "[practise]") {
    SessionOptions o = neck_lines();
    o.pause_between_steps = true;
    Rig rig("plastic-facial", o);
    rig.start();
    const StepEngine& e = rig.view.engine();
    const QString first = rig.title();
    rig.wait(e.length());
    CHECK(e.state() == EngineState::WaitingForTherapist);
    CHECK(rig.view.text_of("state").startsWith(QStringLiteral("Explain this step")));
    CHECK(rig.view.text_of("countdown") == QStringLiteral("0:00"));
    rig.wait(10min); // the student talks as long as it takes
    CHECK(e.state() == EngineState::WaitingForTherapist);
    CHECK(rig.title() == first);
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 1 of 3"));
    CHECK(rig.controller.deadline_ms() == -1);

    rig.key(Qt::Key_Right);
    CHECK(e.state() == EngineState::Running);
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 2 of 3"));
    CHECK(rig.title() != first);
    CHECK(rig.view.text_of("state").isEmpty());
}

TEST_CASE("With the next step hidden the preview asks to recall it", "[practise]") {
    Rig rig("plastic-facial", neck_lines());
    rig.view.set_show_next(false);
    rig.start();
    const StepEngine& e = rig.view.engine();
    const QString upcoming = title_of(e, 1);
    CHECK_FALSE(rig.view.text_of("next").contains(upcoming));
    CHECK(rig.view.text_of("next").contains(QLatin1Char('?')));
    // Revealed when it begins.
    rig.key(Qt::Key_Right);
    CHECK(rig.title() == upcoming);
    CHECK_FALSE(rig.view.text_of("next").contains(title_of(e, 2)));
    // Shown again, the preview names it.
    rig.view.set_show_next(true);
    CHECK(rig.view.text_of("next").contains(title_of(e, 2)));
}

TEST_CASE("A range counts its own steps, bar and time left", "[practise]") {
    Rig rig("plastic-facial", neck_lines());
    const StepEngine& e = rig.view.engine();
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 1 of 3"));
    CHECK(rig.view.progress()->segment_count() == 3);
    CHECK(rig.view.text_of("left") == QStringLiteral("Session left: 3:00"));
    CHECK(rig.title().startsWith(QStringLiteral("Neck kneading")));
    rig.start();
    rig.key(Qt::Key_Right);
    rig.key(Qt::Key_Right);
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 3 of 3"));
    CHECK(rig.view.text_of("next") == QStringLiteral("Next: the end of the session"));
    rig.wait(e.length());
    CHECK(e.state() == EngineState::Finished);
    CHECK(rig.view.text_of("state") == QStringLiteral("Session complete"));
}

TEST_CASE("A rehearsal's speed sits on the position's line, to the right of it", "[practise]") {
    Rig rig("classic-back");
    const auto* position = rig.view.findChild<QLabel*>(QStringLiteral("position"));
    const auto* speed = rig.view.findChild<QLabel*>(QStringLiteral("speed"));
    REQUIRE(position);
    REQUIRE(speed);
    REQUIRE(speed->isVisible());
    const QRect p = position->geometry();
    const QRect s = speed->geometry();
    CHECK(s.left() >= p.right()); // beside it, not on a line of its own
    CHECK(s.top() < p.bottom());
    CHECK(s.bottom() > p.top());
    // At this width the whole text fits on one line.
    CHECK(speed->heightForWidth(s.width()) < 2 * QFontMetrics(speed->font()).lineSpacing());
}

TEST_CASE("A narrow panel wraps the speed line between its items, never after a separator",
          "[practise]") {
    Rig rig("classic-back");
    rig.view.set_glance(true); // larger type
    auto* speed = rig.view.findChild<ItemLineLabel*>(QStringLiteral("speed"));
    REQUIRE(speed);
    for (const int width : {1200, 900, 760, 640}) {
        INFO(width);
        rig.view.resize(width, 760);
        QApplication::processEvents();
        const QFontMetrics fm(speed->font());
        const QString shown = speed->text();
        const QStringList lines = shown.split(QLatin1Char('\n'));
        // Every item whole, in order: the speed, then each key with its word.
        CHECK(shown.startsWith(QStringLiteral("Speed 1\u00d7")));
        CHECK(shown.contains(QStringLiteral("[\u00a0slower")));
        CHECK(shown.contains(QStringLiteral("]\u00a0faster")));
        const QString separator = QStringLiteral("\u00b7");
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK_FALSE(line.trimmed().startsWith(separator));
            CHECK_FALSE(line.trimmed().endsWith(separator));
            // Each line fits as it is: the label wraps nowhere else.
            CHECK(fm.horizontalAdvance(line) <= speed->contentsRect().width());
        }
        // Two separators on one line, or one line fewer for each that went with a break.
        CHECK(shown.count(separator) + lines.size() == 3);
        // All of it is shown.
        CHECK(speed->height() >= lines.size() * fm.lineSpacing());
    }
    // The narrowest panel does break the line.
    CHECK(speed->text().contains(QLatin1Char('\n')));
}

TEST_CASE("Speed keys change the speed and keep the position", "[practise]") {
    Rig rig("classic-back");
    const StepEngine& e = rig.view.engine();
    CHECK(rig.view.text_of("speed").startsWith(QStringLiteral("Speed 1\u00d7")));
    rig.start();
    rig.wait(10s);
    const auto part = e.cursor().index;
    const auto left = e.remaining(rig.clock.now());
    const QString countdown = rig.view.text_of("countdown");

    rig.key(Qt::Key_BracketRight);
    CHECK(e.speed() == 1.5);
    CHECK(rig.view.text_of("speed").startsWith(QStringLiteral("Speed 1.5\u00d7")));
    CHECK(e.cursor().index == part);
    CHECK(e.remaining(rig.clock.now()) == left);
    CHECK(rig.view.text_of("countdown") == countdown);
    rig.wait(2s); // three seconds of the protocol at 1.5x
    CHECK(e.remaining(rig.clock.now()) == left - 3s);

    rig.key(Qt::Key_Up, Qt::ControlModifier);
    CHECK(e.speed() == 2.0);
    CHECK(rig.view.text_of("speed").startsWith(QStringLiteral("Speed 2\u00d7")));
    for (int i = 0; i < 10; ++i)
        rig.key(Qt::Key_BracketRight);
    CHECK(e.speed() == 10.0); // the fastest rehearsal speed
    for (int i = 0; i < 12; ++i)
        rig.key(Qt::Key_BracketLeft);
    CHECK(e.speed() == 0.5);
    CHECK(e.cursor().index == part);
    CHECK(e.state() == EngineState::Running);
}

TEST_CASE("stepped_speed walks the rehearsal speeds", "[practise]") {
    CHECK(stepped_speed(1.0, 1) == 1.5);
    CHECK(stepped_speed(1.0, -1) == 0.75);
    CHECK(stepped_speed(10.0, 1) == 10.0);
    CHECK(stepped_speed(0.5, -1) == 0.5);
    CHECK(stepped_speed(2.5, 1) == 3.0); // from a speed given on the command line
    CHECK(speed_text(0.75) == QStringLiteral("0.75\u00d7"));
}

namespace {

struct DialogRig {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};

    std::unique_ptr<PractiseDialog> open(const std::string& id) {
        auto d = std::make_unique<PractiseDialog>(test::bundled(id), settings);
        d->show();
        QApplication::setActiveWindow(d.get());
        REQUIRE(QTest::qWaitForWindowActive(d.get()));
        return d;
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        REQUIRE(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), k, mods);
    }
};

QTreeWidget* tree(PractiseDialog& d) {
    return d.findChild<QTreeWidget*>(QStringLiteral("steps"));
}

} // namespace

TEST_CASE("The Practise dialog picks a stretch of steps by keyboard", "[practise][dialog]") {
    DialogRig rig;
    auto d = rig.open("neck-self-massage");
    CHECK(QApplication::focusWidget() == tree(*d));
    CHECK(d->summary().startsWith(QStringLiteral("The whole protocol \u00b7 7 steps \u00b7 7:30")));
    CHECK_FALSE(d->practice().options.range);

    // Down to the second step, then Shift+Down twice: steps 2 to 4.
    DialogRig::key(Qt::Key_Down);
    DialogRig::key(Qt::Key_Down, Qt::ShiftModifier);
    DialogRig::key(Qt::Key_Down, Qt::ShiftModifier);
    const Practice p = d->practice();
    REQUIRE(p.options.range);
    CHECK(p.options.range->first == StepRef{0, 1});
    CHECK(p.options.range->last == StepRef{0, 3});
    CHECK(d->summary().startsWith(QStringLiteral("Steps 2\u20134 \u00b7 3 steps")));
    CHECK(d->findChild<QComboBox*>(QStringLiteral("to"))->currentIndex() == 3);
    CHECK(tree(*d)->selectedItems().size() == 3);
    // Shift+Up takes the last one off again.
    DialogRig::key(Qt::Key_Up, Qt::ShiftModifier);
    CHECK(d->practice().options.range->last == StepRef{0, 2});

    // The To list moves the end; the tree follows.
    d->findChild<QComboBox*>(QStringLiteral("to"))->setCurrentIndex(4);
    CHECK(d->practice().options.range->last == StepRef{0, 4});
    CHECK(tree(*d)->selectedItems().size() == 4); // steps 2 to 5
    // A From after the To swaps them rather than refusing.
    d->findChild<QComboBox*>(QStringLiteral("from"))->setCurrentIndex(6);
    CHECK(d->practice().options.range->first == StepRef{0, 4});
    CHECK(d->practice().options.range->last == StepRef{0, 6});
}

TEST_CASE("Choosing a stage row practises the whole stage", "[practise][dialog]") {
    DialogRig rig;
    auto d = rig.open("plastic-facial");
    QTreeWidget* t = tree(*d);
    REQUIRE(t->topLevelItemCount() == 5);
    DialogRig::key(Qt::Key_Home); // the first stage's row, then its one step
    DialogRig::key(Qt::Key_Down);
    DialogRig::key(Qt::Key_Down); // "2. Superficial kneading"
    CHECK(t->currentItem() == t->topLevelItem(1));
    const Practice p = d->practice();
    REQUIRE(p.options.range);
    CHECK(*p.options.range == StepRange::whole_stage(*d->protocol(), 1));
    CHECK(d->summary().startsWith(QStringLiteral("Stage 2, all of it \u00b7 7 steps \u00b7 7:00")));
    CHECK(StepEngine::check(*d->protocol(), p.options).ok());
}

TEST_CASE("The Practise dialog remembers its choice per protocol", "[practise][dialog]") {
    DialogRig rig;
    {
        auto d = rig.open("plastic-facial");
        d->select_range({1, 4}, {1, 6});
        d->findChild<QComboBox*>(QStringLiteral("speed"))->setCurrentIndex(4); // 2x
        d->findChild<QCheckBox*>(QStringLiteral("pause"))->setChecked(true);
        d->findChild<QCheckBox*>(QStringLiteral("show-next"))->setChecked(false);
        DialogRig::key(Qt::Key_Return); // Start rehearsal
        CHECK(d->result() == QDialog::Accepted);
    }
    auto again = rig.open("plastic-facial");
    const Practice p = again->practice();
    REQUIRE(p.options.range);
    CHECK(*p.options.range == (StepRange{{1, 4}, {1, 6}}));
    CHECK(p.options.speed == 2.0);
    CHECK(p.options.pause_between_steps);
    CHECK_FALSE(p.show_next);
    CHECK(again->summary().startsWith(QStringLiteral("Stage 2, steps 5\u20137 \u00b7 3 steps")));

    auto other = rig.open("classic-back"); // another protocol starts from the defaults
    CHECK_FALSE(other->practice().options.range);
    CHECK(other->practice().options.speed == 1.0);
    CHECK(other->practice().show_next);
}

TEST_CASE("Rehearse in the library opens the Practise dialog, Enter starts it", "[practise]") {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings);
    MainWindow window(std::move(o));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(MainWindowTestAccess::library(window)->select_id("plastic-facial"));
    MainWindowTestAccess::library(window)->list()->setFocus();

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
    auto* dialog = window.findChild<PractiseDialog*>();
    REQUIRE(dialog);
    CHECK(MainWindowTestAccess::session(window) ==
          nullptr); // nothing starts until the student says so
    dialog->select_range({1, 4}, {1, 6});
    dialog->findChild<QCheckBox*>(QStringLiteral("show-next"))->setChecked(false);
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    SessionView* session = MainWindowTestAccess::session(window);
    REQUIRE(session);
    CHECK(session->engine().kind() == SessionKind::Rehearsal);
    CHECK(session->text_of("position") == QStringLiteral("Step 1 of 3"));
    CHECK_FALSE(session->show_next());
    CHECK(settings.value(QStringLiteral("practise/plastic-facial/to")).toString() ==
          QString::fromStdString(session->engine().plan()[2].source->id));
    window.end_session();
}

TEST_CASE("The Practise dialog shows whole step names, numbers aligned, within 1280x800",
          "[practise][dialog]") {
    DialogRig rig;
    // The protocols with the longest step titles and with ten or more steps in a stage.
    for (const char* id : {"neck-self-massage", "kneading-prp-lymphatic", "plastic-facial"}) {
        auto d = rig.open(id);
        d->adjustSize();
        CHECK(d->width() <= 1280);
        CHECK(d->height() <= 740);
        for (const char* name : {"from", "to"}) {
            auto* box = d->findChild<QComboBox*>(QString::fromLatin1(name));
            REQUIRE(box);
            QStyleOptionComboBox opt;
            opt.initFrom(box);
            const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                             QStyle::SC_ComboBoxEditField);
            int widest = 0;
            for (int i = 0; i < box->count(); ++i)
                widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
            CHECK(widest <= field.width());
            // Every step's title starts at the same x, whatever its number.
            std::set<int> starts;
            for (int i = 0; i < box->count(); ++i) {
                const QString text = box->itemText(i);
                starts.insert(box->fontMetrics().horizontalAdvance(
                    text.left(text.indexOf(QStringLiteral("  ")))));
            }
            CHECK(starts.size() == 1);
        }
    }
}
