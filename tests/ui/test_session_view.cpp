// The session view, offscreen, driven by keys with a fake clock: labels, countdown, position,
// progress and state changes. Time moves only through FakeClock; pump() stands in for the
// view's timer firing at the engine's deadline.

#include "language_scope.h"
#include "session_test_support.h"

#include "ui/session/refusalwords.h"
#include "ui/session/sessionview.h"
#include "ui/session/sessionwidgets.h"

#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

struct Rig : test::SessionRig {
    using SessionRig::SessionRig;
    QString countdown() const { return view.text_of("countdown"); }
    QString expected_countdown() { return countdown_text(view.engine().remaining(clock.now())); }
};

std::size_t step_total(const StepEngine& e) {
    std::size_t n = 0;
    for (const auto& p : e.plan().parts())
        n += p.part == 0 ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("A rehearsal shows its label, the first step and its full time", "[session]") {
    Rig rig("classic-back");
    const auto total = step_total(rig.view.engine());
    CHECK(rig.view.text_of("rehearsal").startsWith(QStringLiteral("REHEARSAL")));
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 1 of %1").arg(total));
    CHECK(rig.view.engine().state() == EngineState::Idle);

    rig.key(Qt::Key_Space); // starts
    REQUIRE(rig.view.engine().state() == EngineState::Running);
    const auto length = rig.view.engine().length();
    CHECK(rig.countdown() == countdown_text(length));
    CHECK(rig.view.text_of("title") ==
          QString::fromStdString(rig.view.engine().current_step().title.get()));
    CHECK(rig.view.text_of("next").startsWith(QStringLiteral("Next: ")));
    CHECK(rig.view.progress()->segment_count() == total);
}

TEST_CASE("The countdown follows the clock and stands still while paused", "[session]") {
    Rig rig("classic-back");
    rig.key(Qt::Key_Space);
    const auto length = rig.view.engine().length();
    rig.wait(10s);
    CHECK(rig.countdown() == countdown_text(length - 10s));
    rig.wait(250ms); // rounded up: still the same whole second shown
    CHECK(rig.countdown() == countdown_text(length - 10s));

    rig.key(Qt::Key_Space);
    CHECK(rig.view.engine().state() == EngineState::Paused);
    CHECK(rig.view.text_of("state").startsWith(QStringLiteral("PAUSED")));
    rig.wait(5min);
    CHECK(rig.countdown() == rig.expected_countdown());
    CHECK(rig.countdown() == countdown_text(length - 10250ms));

    rig.key(Qt::Key_Space);
    CHECK(rig.view.engine().state() == EngineState::Running);
    CHECK(rig.view.text_of("state").isEmpty());
}

TEST_CASE("The timers are armed for the engine's deadline and the next whole second", "[session]") {
    Rig rig("classic-back");
    CHECK(rig.controller.deadline_ms() == -1); // idle: the time stands still
    rig.key(Qt::Key_Space);
    const StepEngine& e = rig.view.engine();
    const auto due = e.next_deadline();
    REQUIRE(due);
    const auto to_due = std::chrono::ceil<std::chrono::milliseconds>(*due - rig.clock.now());
    CHECK(rig.controller.deadline_ms() == static_cast<int>(to_due.count()));
    CHECK(rig.controller.second_ms() == 1000);
    rig.wait(250ms);
    CHECK(rig.controller.second_ms() == 750);
    rig.key(Qt::Key_Space); // paused: nothing to wake for
    CHECK(rig.controller.deadline_ms() == -1);
    CHECK(rig.controller.second_ms() == -1);
}

TEST_CASE("Next, back, restart and extend keys drive the engine", "[session]") {
    Rig rig("classic-back");
    const auto total = step_total(rig.view.engine());
    rig.key(Qt::Key_Space);
    rig.key(Qt::Key_PageDown); // a clicker's "next"
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 2 of %1").arg(total));
    rig.key(Qt::Key_Right);
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 3 of %1").arg(total));
    rig.key(Qt::Key_Left); // within two seconds: the previous step
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 2 of %1").arg(total));

    const auto length = rig.view.engine().length();
    rig.key(Qt::Key_Plus);
    CHECK(rig.view.engine().length() == length + 15s);
    CHECK(rig.countdown() == countdown_text(length + 15s));
    rig.key(Qt::Key_Minus);
    CHECK(rig.view.engine().length() == length);

    rig.wait(20s);
    rig.key(Qt::Key_R);
    CHECK(rig.countdown() == countdown_text(length));
    CHECK(rig.view.text_of("position") == QStringLiteral("Step 2 of %1").arg(total));
}

TEST_CASE("Time alone runs a rehearsal to its end, the bar filling step by step", "[session]") {
    Rig rig("neck-self-massage");
    const auto total = step_total(rig.view.engine());
    bool finished = false;
    QObject::connect(&rig.controller, &SessionController::finished, [&] { finished = true; });
    rig.key(Qt::Key_Space);
    double last = -1;
    for (int guard = 0; guard < 10'000 && rig.view.engine().state() != EngineState::Finished;
         ++guard) {
        if (const auto due = rig.view.engine().next_deadline()) {
            rig.clock.set(*due);
            rig.controller.pump();
        } else {
            rig.key(Qt::Key_Return); // waiting for the therapist
        }
        const double overall = rig.view.progress()->overall();
        CHECK(overall >= last - 1e-9);
        last = overall;
        if (rig.view.engine().state() == EngineState::Running)
            CHECK(rig.countdown() == rig.expected_countdown());
    }
    CHECK(finished);
    CHECK(rig.view.text_of("state") == QStringLiteral("Session complete"));
    CHECK(rig.view.text_of("position") == QStringLiteral("Step %1 of %1").arg(total));
    CHECK(rig.view.progress()->overall() == Approx(1.0));
    CHECK(rig.view.text_of("left") == QStringLiteral("Session left: 0:00"));
}

TEST_CASE("A breathing step shows the pacer with its phase and count", "[session]") {
    Rig rig("kneading-prp-lymphatic");
    const StepEngine& e = rig.view.engine();
    std::optional<std::pair<std::size_t, std::size_t>> breathing;
    for (const auto& p : e.plan().parts())
        if (p.kind == PartKind::Breathing && !breathing)
            breathing = {p.stage, p.step};
    REQUIRE(breathing);
    rig.key(Qt::Key_Space);
    REQUIRE(rig.controller.jump_to(breathing->first, breathing->second));
    if (e.state() == EngineState::WaitingForTherapist)
        rig.key(Qt::Key_Right); // the step waits for the client to lie down
    REQUIRE(e.state() == EngineState::Running);
    const auto at = e.breathing(rig.clock.now());
    REQUIRE(at);
    const QString pacer = rig.view.text_of("pacer");
    CHECK(pacer.startsWith(phase_words(at->at.phase)));
    CHECK(pacer.contains(QStringLiteral("1 of %1").arg(at->at.counts)));
    // One phase later the pacer names the next phase, from the engine's own count.
    rig.wait(at->count_length * at->at.counts);
    const auto later = e.breathing(rig.clock.now());
    REQUIRE(later);
    CHECK(later->at.phase_index == at->at.phase_index + 1);
    CHECK(rig.view.text_of("pacer").startsWith(phase_words(later->at.phase)));
    // The diagram draws these words on its breathing figure: they are not said twice.
    auto* side_pacer = rig.view.findChild<QWidget*>(QStringLiteral("pacer"));
    REQUIRE(side_pacer);
    CHECK(side_pacer->isHidden());
}

TEST_CASE("F11 enters glance mode and Escape leaves it", "[session]") {
    Rig rig("classic-back");
    const int normal =
        rig.view.findChild<QWidget*>(QStringLiteral("countdown"))->font().pixelSize();
    rig.key(Qt::Key_F11);
    CHECK(rig.view.glance());
    CHECK(rig.view.findChild<QWidget*>(QStringLiteral("countdown"))->font().pixelSize() > normal);
    rig.key(Qt::Key_Escape);
    CHECK_FALSE(rig.view.glance());
}

TEST_CASE("Remapped keys from the settings replace the defaults", "[session]") {
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("effleur-test"),
                       QStringLiteral("keys"));
    settings.clear();
    settings.setValue(QStringLiteral("keys/next"), QStringLiteral("N"));
    CHECK(keys_for(SessionAction::Next, &settings) == QList<QKeySequence>{QKeySequence(Qt::Key_N)});
    // As an INI file written by hand gives it: a list.
    settings.setValue(QStringLiteral("keys/back"),
                      QStringList{QStringLiteral("B"), QStringLiteral("PgUp")});
    CHECK(keys_for(SessionAction::Back, &settings) ==
          QList<QKeySequence>{QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_PageUp)});
    settings.remove(QStringLiteral("keys/back"));
    CHECK(keys_for(SessionAction::Back, &settings).size() == 2);
    CHECK(keys_for(SessionAction::ExtendMore, nullptr).front() == QKeySequence(Qt::Key_Plus));
    settings.clear();
}

TEST_CASE("The countdown text rounds up to whole seconds", "[session]") {
    CHECK(countdown_text(0s) == QStringLiteral("0:00"));
    CHECK(countdown_text(1ns) == QStringLiteral("0:01"));
    CHECK(countdown_text(59s) == QStringLiteral("0:59"));
    CHECK(countdown_text(60s) == QStringLiteral("1:00"));
    CHECK(countdown_text(3723s) == QStringLiteral("1:02:03"));
}

TEST_CASE("Paused reads from across the room: a large word and faded digits", "[session]") {
    Rig rig("classic-back");
    rig.key(Qt::Key_Space);
    auto* state = rig.view.findChild<QLabel*>(QStringLiteral("state"));
    auto* title = rig.view.findChild<QLabel*>(QStringLiteral("title"));
    auto* countdown = rig.view.findChild<QLabel*>(QStringLiteral("countdown"));
    REQUIRE(state);
    const QImage running = countdown->grab().toImage();
    rig.key(Qt::Key_Space);
    REQUIRE(rig.view.engine().state() == EngineState::Paused);
    CHECK(rig.view.text_of("state") == QStringLiteral("PAUSED"));
    CHECK(state->isVisible());
    CHECK(state->font().pixelSize() > title->font().pixelSize());
    // The digits are drawn lighter: the darkest pixel of the paused countdown is lighter than
    // the running one's.
    const auto darkest = [](const QImage& img) {
        int d = 255;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                d = std::min(d, qGray(img.pixel(x, y)));
        return d;
    };
    const QImage paused = countdown->grab().toImage();
    CHECK(darkest(paused) > darkest(running) + 60);
    rig.key(Qt::Key_Space);
    CHECK_FALSE(state->isVisible());
}

TEST_CASE("The physician's procedure day has no countdown, no time left and no bar", "[session]") {
    const auto protocol = test::bundled("kneading-prp-lymphatic");
    std::optional<std::size_t> procedure_day;
    for (std::size_t s = 0; s < protocol->stages.size(); ++s) {
        bool all = !protocol->stages[s].steps.empty();
        for (const Step& step : protocol->stages[s].steps)
            all = all && step.technique == Technique::Procedure;
        if (all)
            procedure_day = s;
    }
    REQUIRE(procedure_day);
    SessionOptions o;
    o.stage = procedure_day;
    Rig rig("kneading-prp-lymphatic", o);
    rig.key(Qt::Key_Space);
    CHECK_FALSE(rig.view.findChild<QLabel*>(QStringLiteral("countdown"))->isVisible());
    CHECK_FALSE(rig.view.findChild<QLabel*>(QStringLiteral("left"))->isVisible());
    CHECK_FALSE(rig.view.progress()->isVisible());
    CHECK(rig.view.text_of("state").startsWith(QStringLiteral("Procedure")));
    // Waiting for the therapist, the time stands already: Pause is greyed, Next goes on.
    CHECK_FALSE(rig.view.findChild<QToolButton*>(QStringLiteral("control-pause"))->isEnabled());
    CHECK(rig.view.findChild<QToolButton*>(QStringLiteral("control-next"))->isEnabled());
}

TEST_CASE("Every caution is shown, or counted as more; none is dropped silently", "[session]") {
    Rig rig("classic-back");
    rig.view.resize(1280, 800);
    rig.key(Qt::Key_Space);
    const Protocol& p = rig.view.engine().protocol();
    for (std::size_t s = 0; s < p.stages.size(); ++s)
        for (std::size_t i = 0; i < p.stages[s].steps.size(); ++i) {
            REQUIRE(rig.controller.jump_to(s, i));
            const QString html = rig.view.text_of("cautions");
            const auto shown = html.count(QStringLiteral("\u26a0"));
            qsizetype more = 0;
            if (const auto at = html.indexOf(QStringLiteral("+")); at >= 0)
                more = html.mid(at + 1).section(QLatin1Char(' '), 0, 0).toLongLong();
            INFO("step " << p.stages[s].steps[i].id);
            CHECK(static_cast<std::size_t>(shown + more) ==
                  p.stages[s].steps[i].cautions.size() + p.rules.size());
        }
}

TEST_CASE("In a short window the cautions shown fit whole, and the rest are counted", "[session]") {
    // A short window, where the cautions of the classic massage cannot all be shown.
    Rig rig("classic-back");
    rig.view.resize(1100, 560);
    rig.key(Qt::Key_Space);
    const Protocol& p = rig.view.engine().protocol();
    auto* label = rig.view.findChild<QLabel*>(QStringLiteral("cautions"));
    REQUIRE(label);
    int cut_steps = 0;
    for (std::size_t s = 0; s < p.stages.size(); ++s)
        for (std::size_t i = 0; i < p.stages[s].steps.size(); ++i) {
            REQUIRE(rig.controller.jump_to(s, i));
            QApplication::processEvents();
            const QStringList lines = label->text().split(QStringLiteral("<br>"));
            const auto total = p.stages[s].steps[i].cautions.size() + p.rules.size();
            const QString& last = lines.back();
            const bool counted = last.contains(QStringLiteral("more (see the protocol)"));
            const auto shown = static_cast<std::size_t>(lines.size() - (counted ? 1 : 0));
            INFO("step " << p.stages[s].steps[i].id << ": " << shown << " of " << total);
            CHECK(shown >= 1);
            CHECK(shown + (counted ? last.section(QLatin1Char('+'), 1)
                                         .section(QLatin1Char(' '), 0, 0)
                                         .toULongLong()
                                   : 0) ==
                  total);
            // Nothing is cut off: what is shown fits in the label's room.
            CHECK(label->heightForWidth(label->width()) <= label->height());
            cut_steps += counted ? 1 : 0;
        }
    CHECK(cut_steps > 0);
}

// The cautions are fitted by measuring each trial apart from their label: the measure must be
// the height the label itself asks for, or a caution would be cut off or dropped for nothing.
TEST_CASE("Cautions measured apart from their label take the height the label asks for",
          "[session]") {
    for (const char* id : {"classic-back", "plastic-facial", "kneading-prp-lymphatic"}) {
        Rig rig(id);
        rig.view.resize(1100, 700);
        rig.key(Qt::Key_Space);
        const Protocol& p = rig.view.engine().protocol();
        auto* label = rig.view.findChild<QLabel*>(QStringLiteral("cautions"));
        REQUIRE(label);
        int compared = 0;
        for (std::size_t s = 0; s < p.stages.size(); ++s) {
            REQUIRE(rig.controller.jump_to(s, 0));
            QApplication::processEvents();
            // What the step shows, and the same again with a long line and a count after it.
            const QString shown = label->text();
            const QStringList texts = {
                shown, shown + QStringLiteral("<br><i>+3 more (see the protocol)</i>"),
                QStringLiteral("<b style='color:#c0392b'>\u26a0 Не массировать над лимфоузлами, "
                               "при высокой температуре и воспалении кожи.</b><br>") +
                    shown};
            if (shown.isEmpty())
                continue; // a step without cautions measures none
            for (const int pixels : {12, 17, 26}) {
                QFont font = label->font();
                font.setPixelSize(pixels);
                label->setFont(font);
                for (const int width : {160, 333, 480, 641}) {
                    for (const QString& html : texts) {
                        RichTextMeasure measure(*label, width);
                        const int measured = measure.height(html);
                        label->setText(html);
                        INFO(id << " stage " << s + 1 << ", " << pixels << " px at " << width);
                        CHECK(measured == label->heightForWidth(width));
                        ++compared;
                    }
                }
            }
        }
        CHECK(compared >= 36);
    }
}

TEST_CASE("The on-screen controls pause, resume and go to the next step", "[session]") {
    Rig rig("neck-self-massage");
    auto* pause = rig.view.findChild<QToolButton*>(QStringLiteral("control-pause"));
    auto* next = rig.view.findChild<QToolButton*>(QStringLiteral("control-next"));
    REQUIRE(pause);
    REQUIRE(next);
    CHECK(pause->focusPolicy() == Qt::NoFocus); // the keys stay with the session
    QTest::mouseClick(pause, Qt::LeftButton);
    CHECK(rig.view.engine().state() == EngineState::Running);
    QTest::mouseClick(pause, Qt::LeftButton);
    CHECK(rig.view.engine().state() == EngineState::Paused);
    CHECK(pause->text().contains(QStringLiteral("Resume")));
    QTest::mouseClick(pause, Qt::LeftButton);
    const auto step = rig.view.engine().cursor().step;
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(rig.view.engine().cursor().step == step + 1);
}

TEST_CASE("A refused key says why in the status line, naming the key to press", "[session]") {
    Rig rig("classic-back");
    auto* status = rig.view.findChild<QLabel*>(QStringLiteral("status"));
    REQUIRE(status);
    CHECK_FALSE(status->isVisible());
    rig.key(Qt::Key_Left); // back, before the session has started
    CHECK(rig.view.engine().state() == EngineState::Idle);
    CHECK(status->isVisible());
    CHECK(rig.view.text_of("status") ==
          QStringLiteral("The session has not started yet: press Space to start"));

    rig.key(Qt::Key_Space); // done: the status line goes
    CHECK(rig.view.engine().state() == EngineState::Running);
    CHECK_FALSE(status->isVisible());
    CHECK(rig.view.text_of("status").isEmpty());

    // 15 s less with 10 s left would end the step before now: 10 s can go, no more.
    const auto length = rig.view.engine().length();
    REQUIRE(length > 20s);
    rig.wait(length - 10s);
    rig.key(Qt::Key_Minus);
    CHECK(rig.view.engine().remaining(rig.clock.now()) == 10s);
    CHECK(rig.view.text_of("status") ==
          QStringLiteral("The step would end before now: at most 10 seconds can be taken off"));
    rig.wait(8500ms);
    rig.key(Qt::Key_Minus);
    CHECK(rig.view.text_of("status") ==
          QStringLiteral("The step would end before now: at most 1 second can be taken off"));
}

TEST_CASE("A refusal names the key the therapist has bound", "[session]") {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("keys/pause-resume"), QStringLiteral("S"));
    Rig rig("classic-back");
    rig.view.bind_keys(&settings);
    rig.key(Qt::Key_Left);
    CHECK(rig.view.text_of("status") ==
          QStringLiteral("The session has not started yet: press S to start"));
}

TEST_CASE("After the last step a key says the session has ended", "[session]") {
    Rig rig("neck-self-massage");
    rig.key(Qt::Key_Space);
    const std::size_t parts = rig.view.engine().plan().size();
    for (std::size_t i = 0; i < parts && rig.view.engine().state() != EngineState::Finished; ++i)
        rig.key(Qt::Key_Right);
    REQUIRE(rig.view.engine().state() == EngineState::Finished);
    rig.key(Qt::Key_Right);
    CHECK(rig.view.text_of("status") == QStringLiteral("The session has ended"));
}

namespace {

// Marks every refusal it translates, as a translation would replace it.
class MarkingTranslator final : public QTranslator {
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char* context, const char* source,
                                    const char* /*disambiguation*/, int /*n*/) const override {
        if (QLatin1String(context) != QLatin1String("effleur::ui::RefusalWords"))
            return {};
        return QStringLiteral("\u2039%1\u203a").arg(QString::fromUtf8(source));
    }
};

} // namespace

TEST_CASE("The status line shows a refusal in the user's language", "[session]") {
    Rig rig("classic-back");
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    rig.key(Qt::Key_Left);
    QCoreApplication::removeTranslator(&marking);
    CHECK(rig.view.text_of("status") ==
          QStringLiteral("\u2039The session has not started yet: press Space to start\u203a"));
}

TEST_CASE("Each refusal has words of its own, with the keys and numbers it needs", "[session]") {
    const PromptKeys keys{QStringLiteral("Space"), QStringLiteral("\u2192"),
                          QStringLiteral("\u2190"), QStringLiteral("R")};
    CHECK(RefusalWords::text(Refusal(), keys).isEmpty());
    CHECK(RefusalWords::text(Refusal::not_in_session(0, 7), keys) ==
          QStringLiteral("Stage 1, step 8 is not in this session"));
    CHECK(RefusalWords::text(Refusal(RefusalKind::StepTimeUp), keys) ==
          QStringLiteral("The step's time is up: press \u2190 or R to run it again"));
    CHECK(RefusalWords::text(Refusal(RefusalKind::WaitingUseNext), keys) ==
          QStringLiteral("The session is waiting for you: press \u2192 to go on"));
    CHECK(RefusalWords::text(Refusal(RefusalKind::LongerThanMax), keys) ==
          QStringLiteral("A step cannot last more than 24 hours"));
    // An action with no key bound is not named as an empty key.
    PromptKeys unbound = keys;
    unbound.restart.clear();
    CHECK(RefusalWords::text(Refusal(RefusalKind::StepTimeUp), unbound) ==
          QStringLiteral("The step's time is up: press \u2190 to run it again"));
    unbound.start.clear();
    CHECK(RefusalWords::text(Refusal(RefusalKind::NotStarted), unbound) ==
          QStringLiteral("The session has not started yet"));
    // A snapshot's detail is for the log, never shown.
    CHECK_FALSE(RefusalWords::text(Refusal::snapshot("the snapshot is of protocol x version 1, "
                                                     "not y version 2"),
                                   keys)
                    .contains(QStringLiteral("version")));
    QSet<QString> seen;
    for (int k = static_cast<int>(RefusalKind::ImpossibleState);
         k <= static_cast<int>(RefusalKind::Snapshot); ++k) {
        const QString text = RefusalWords::text(Refusal(static_cast<RefusalKind>(k)), keys);
        INFO(k << ": " << text.toStdString());
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(seen.contains(text));
        seen.insert(text);
    }
}

// The panel's type shrinks until everything fits, the first caution and the "+N more" line
// included: no label is given less height than its words need, so no line is cut through (a
// Russian instruction's last line once lost its descenders under the first caution).
TEST_CASE("The session panel squeezes no label below its text's height", "[session]") {
    for (const char* language : {"en", "ru", "uk", "pl"}) {
        const test::LanguageScope scope{QString::fromLatin1(language)};
        for (const char* id : {"classic-back", "plastic-facial", "back-self-massage-balls"}) {
            Rig rig(id);
            for (int height = 600; height <= 800; height += 4) {
                rig.view.resize(1280, height);
                QApplication::processEvents();
                for (const char* name : {"title", "facts", "instruction", "cautions", "next"}) {
                    const auto* label = rig.view.findChild<QLabel*>(QLatin1String(name));
                    REQUIRE(label);
                    if (label->isHidden())
                        continue;
                    INFO(language << ' ' << id << " at 1280x" << height << ": " << name);
                    CHECK(label->height() + 1 >= label->heightForWidth(label->width()));
                }
            }
        }
    }
}

TEST_CASE("Every wrapped label asks for its own text's height, step after step", "[session]") {
    // The panel's labels keep their heights between texts and type sizes; a height kept past a
    // change would cut the new text off. Each is compared with a new label given the same text.
    int compared = 0;
    for (const char* id : {"plastic-facial", "kneading-prp-lymphatic"}) {
        Rig rig(id);
        rig.key(Qt::Key_Space);
        for (int step = 0; rig.view.engine().state() != EngineState::Finished && step < 200;
             ++step) {
            QApplication::processEvents();
            for (const char* name :
                 {"title", "state", "pacer", "instruction", "cautions", "next"}) {
                const auto* label = rig.view.findChild<QLabel*>(QLatin1String(name));
                REQUIRE(label);
                if (label->text().isEmpty())
                    continue; // nothing to cut off
                QLabel fresh;
                fresh.setTextFormat(label->textFormat());
                fresh.setWordWrap(label->wordWrap());
                fresh.setAlignment(label->alignment());
                fresh.setFont(label->font());
                fresh.setText(label->text());
                for (const int width : {label->width(), 240, 520}) {
                    INFO(id << " step " << step + 1 << ": " << name << " at " << width);
                    CHECK(label->heightForWidth(width) == fresh.heightForWidth(width));
                    ++compared;
                }
            }
            rig.key(Qt::Key_Right);
        }
        CHECK(rig.view.engine().state() == EngineState::Finished);
    }
    CHECK(compared > 300);
}

TEST_CASE("When the session ends, the state's line takes its room without cutting the text",
          "[session]") {
    struct Run {
        const char* id;
        std::optional<std::size_t> day;
    };
    // One stage, many stages, each day of the complex (the procedure day, the breathing steps).
    for (const Run& run :
         {Run{"classic-back", {}}, Run{"plastic-facial", {}}, Run{"neck-self-massage", {}},
          Run{"back-self-massage-balls", {}}, Run{"kneading-prp-lymphatic", 0},
          Run{"kneading-prp-lymphatic", 1}, Run{"kneading-prp-lymphatic", 2}}) {
        // Sizes where the last caution was once cut by a few pixels (a sweep of 1100 to 1300
        // by 600 to 800 found them), and a large window.
        for (const QSize size : {QSize(1280, 720), QSize(1140, 704), QSize(1180, 736),
                                 QSize(1220, 752), QSize(1180, 800), QSize(1920, 1000)}) {
            SessionOptions options;
            options.stage = run.day;
            Rig rig(run.id, options);
            rig.view.resize(size);
            rig.key(Qt::Key_Space);
            // By keys to the end, as a student rehearsing would.
            for (int i = 0; i < 200 && rig.view.engine().state() != EngineState::Finished; ++i)
                rig.key(Qt::Key_Right);
            REQUIRE(rig.view.engine().state() == EngineState::Finished);
            QApplication::processEvents();
            CHECK(rig.view.text_of("state") == QStringLiteral("Session complete"));
            for (const char* name :
                 {"title", "facts", "state", "instruction", "cautions", "next"}) {
                const auto* label = rig.view.findChild<QLabel*>(QLatin1String(name));
                REQUIRE(label);
                if (label->isHidden())
                    continue;
                INFO(run.id << " day " << (run.day ? static_cast<int>(*run.day) + 1 : 0) << " at "
                            << size.width() << "x" << size.height() << ": " << name);
                CHECK(label->height() + 1 >= label->heightForWidth(label->width()));
            }
        }
    }
}

namespace {

// Lets a change be laid out and painted: a label's new text asks for a layout, the layout moves
// the widgets, and the moved widgets are painted, each in a pass of its own.
void settle() {
    for (int pass = 0; pass < 4; ++pass)
        QApplication::processEvents();
}

// Counts the paint events a widget gets.
class PaintCount : public QObject {
public:
    int events = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++events;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// The countdown changes every second; the cautions beside it do not, and a running session must
// not lay out and paint them again each time (it cost a large window's animation a share of a
// core, and a repainted label can flicker).
TEST_CASE("The cautions are not painted again while only the countdown changes", "[session]") {
    for (const char* id : {"classic-back", "plastic-facial", "back-self-massage-balls"}) {
        Rig rig(id);
        rig.view.resize(1920, 1080);
        rig.key(Qt::Key_Space);
        if (rig.view.engine().state() == EngineState::WaitingForTherapist)
            rig.key(Qt::Key_Right); // "Get ready — press → to begin"
        REQUIRE(rig.view.engine().state() == EngineState::Running);
        auto* cautions = rig.view.findChild<QLabel*>(QStringLiteral("cautions"));
        auto* countdown = rig.view.findChild<QLabel*>(QStringLiteral("countdown"));
        REQUIRE(cautions);
        REQUIRE(countdown);
        REQUIRE(cautions->isVisible());
        settle(); // the start's own changes are laid out and painted
        PaintCount cautions_paints;
        PaintCount countdown_paints;
        cautions->installEventFilter(&cautions_paints);
        countdown->installEventFilter(&countdown_paints);
        const QString shown = cautions->text();
        const PlanPart* part = &rig.view.engine().current_part();
        for (int s = 0; s < 5; ++s) {
            rig.wait(1s);
            settle();
        }
        REQUIRE(&rig.view.engine().current_part() == part); // still the same step
        INFO(id);
        CHECK(countdown_paints.events >= 5);
        CHECK(cautions_paints.events == 0);
        CHECK(cautions->text() == shown);
        cautions->removeEventFilter(&cautions_paints);
        countdown->removeEventFilter(&countdown_paints);
    }
}
