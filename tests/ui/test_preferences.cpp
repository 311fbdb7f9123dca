// The preferences dialog, offscreen and driven by key events: remapping a session key reaches
// the settings and a running session view, a key already in use is refused, the defaults come
// back, and the voice, rate and volume reach the speaker.

#include "session_test_support.h"

#include "ui/session/sessionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindow_testaccess.h"
#include "ui/shell/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace effleur;
using namespace effleur::ui;

namespace {

struct VoiceLog {
    std::vector<VoiceSettings> set;
    std::vector<double> chime_volumes;
    std::vector<QString> said;
};

class VoiceRecorder final : public Speaker {
public:
    explicit VoiceRecorder(std::shared_ptr<VoiceLog> log) : log_(std::move(log)) {}
    void say(const QString& text) override { log_->said.push_back(text); }
    void stop() override {}
    void set_voice(const VoiceSettings& s) override { log_->set.push_back(s); }
    [[nodiscard]] QStringList voices() const override {
        return {QStringLiteral("kal"), QStringLiteral("slt")};
    }

private:
    std::shared_ptr<VoiceLog> log_;
};

class VolumeRecorder final : public Chimes {
public:
    explicit VolumeRecorder(std::shared_ptr<VoiceLog> log) : log_(std::move(log)) {}
    void play(Chime) override {}
    void set_volume(double v) override { log_->chime_volumes.push_back(v); }

private:
    std::shared_ptr<VoiceLog> log_;
};

struct PrefsRig {
    QSettings settings{QSettings::IniFormat, QSettings::UserScope, QStringLiteral("effleur-test"),
                       QStringLiteral("preferences")};
    std::shared_ptr<VoiceLog> log = std::make_shared<VoiceLog>();
    CuePlayer cues{std::make_unique<VoiceRecorder>(log), std::make_unique<VolumeRecorder>(log)};
    std::unique_ptr<PreferencesDialog> dialog;

    PrefsRig() {
        settings.clear();
        dialog = std::make_unique<PreferencesDialog>(settings, cues);
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    }
    ~PrefsRig() { settings.clear(); }
    QTableWidget* table() const { return dialog->findChild<QTableWidget*>("key-table"); }
    // Chooses the action's row by keyboard, Enter, then presses `key`.
    void remap_by_keys(SessionAction action, Qt::Key key) {
        QTableWidget* t = table();
        t->setFocus();
        int row = 0;
        while (default_key_table[static_cast<std::size_t>(row)].action != action)
            ++row;
        t->setCurrentCell(row, 0);
        QTest::keyClick(t, Qt::Key_Return);
        QWidget* capture = QApplication::focusWidget();
        REQUIRE(capture);
        CHECK(capture->objectName() == QStringLiteral("key-capture"));
        QTest::keyClick(capture, key);
    }
};

} // namespace

TEST_CASE("Remapping a key in the preferences saves it and the session obeys it", "[prefs]") {
    PrefsRig rig;
    FakeClock clock;
    SessionController controller(std::make_unique<StepEngine>(test::bundled("classic-back")),
                                 clock);
    SessionView view(controller, test::session_loader()->catalog());
    view.bind_keys(&rig.settings);
    QObject::connect(rig.dialog.get(), &PreferencesDialog::keysChanged,
                     [&] { view.bind_keys(&rig.settings); });

    rig.remap_by_keys(SessionAction::PauseResume, Qt::Key_P);
    CHECK(rig.settings.value(QStringLiteral("keys/pause-resume")).toString() ==
          QStringLiteral("P"));
    CHECK(rig.table()->item(0, 1)->text() == QStringLiteral("P"));
    CHECK(rig.dialog->isVisible()); // Enter chose a row; it did not close the dialog

    rig.dialog->hide();
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Space); // the old key does nothing now
    CHECK(view.engine().state() == EngineState::Idle);
    QTest::keyClick(&view, Qt::Key_P);
    CHECK(view.engine().state() == EngineState::Running);
}

TEST_CASE("A key that another action uses is refused with a message", "[prefs]") {
    PrefsRig rig;
    bool changed = false;
    QObject::connect(rig.dialog.get(), &PreferencesDialog::keysChanged, [&] { changed = true; });
    rig.remap_by_keys(SessionAction::Restart, Qt::Key_PageDown); // "next" has it
    CHECK_FALSE(changed);
    CHECK_FALSE(rig.settings.contains(QStringLiteral("keys/restart")));
    CHECK(rig.dialog->message().contains(QStringLiteral("Next step")));
    CHECK(keys_for(SessionAction::Restart, &rig.settings) ==
          QList<QKeySequence>{QKeySequence(Qt::Key_R)});
    // Its own key again is no conflict.
    CHECK(rig.dialog->remap(SessionAction::Next, QKeySequence(Qt::Key_PageDown)));
}

TEST_CASE("Restore defaults brings back every default key", "[prefs]") {
    PrefsRig rig;
    rig.remap_by_keys(SessionAction::Next, Qt::Key_N);
    rig.remap_by_keys(SessionAction::ExtendMore, Qt::Key_Plus);
    CHECK(keys_for(SessionAction::Next, &rig.settings) ==
          QList<QKeySequence>{QKeySequence(Qt::Key_N)});
    CHECK(keys_for(SessionAction::ExtendMore, &rig.settings) ==
          QList<QKeySequence>{QKeySequence(Qt::Key_Plus)});
    QPushButton* restore = rig.dialog->findChild<QPushButton*>("restore-keys");
    REQUIRE(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK_FALSE(rig.settings.contains(QStringLiteral("keys/next")));
    CHECK(keys_for(SessionAction::Next, &rig.settings).size() == 4);
}

TEST_CASE("Voice, rate and volume reach the speaker and are saved", "[prefs]") {
    PrefsRig rig;
    auto* voice = rig.dialog->findChild<QComboBox*>("voice");
    auto* rate = rig.dialog->findChild<QSlider*>("rate");
    auto* volume = rig.dialog->findChild<QSlider*>("volume");
    auto* chimes = rig.dialog->findChild<QSlider*>("chime-volume");
    REQUIRE((voice && rate && volume && chimes));
    CHECK(voice->count() == 3); // the default, then the speaker's two

    voice->setCurrentIndex(voice->findData(QStringLiteral("slt")));
    rate->setFocus();
    QTest::keyClick(rate, Qt::Key_PageUp); // one page: +0.1
    volume->setValue(40);
    chimes->setValue(25);
    REQUIRE_FALSE(rig.log->set.empty());
    const VoiceSettings& last = rig.log->set.back();
    CHECK(last.voice == QStringLiteral("slt"));
    CHECK(last.rate == Approx(0.1));
    CHECK(last.volume == Approx(0.4));
    REQUIRE_FALSE(rig.log->chime_volumes.empty());
    CHECK(rig.log->chime_volumes.back() == Approx(0.25));

    // Saved, and applied again from the settings as a new window would.
    const VoiceSettings saved = voice_settings(rig.settings);
    CHECK(saved.voice == QStringLiteral("slt"));
    CHECK(saved.rate == Approx(0.1));
    rig.log->set.clear();
    apply_cue_settings(rig.cues, rig.settings);
    REQUIRE(rig.log->set.size() == 1);
    CHECK(rig.log->set.front().volume == Approx(0.4));

    QTest::mouseClick(rig.dialog->findChild<QPushButton*>("test-voice"), Qt::LeftButton);
    CHECK(rig.log->said.size() == 1);

    auto* mute = rig.dialog->findChild<QCheckBox*>("mute");
    REQUIRE(mute);
    mute->setFocus();
    QTest::keyClick(mute, Qt::Key_Space);
    CHECK(rig.cues.muted());
    CHECK(rig.settings.value(QStringLiteral("cues/muted")).toBool());
}

TEST_CASE("Every preferences control has an accessible name and takes focus", "[prefs]") {
    PrefsRig rig;
    for (QWidget* w : rig.dialog->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QSlider*>(w) ||
                             qobject_cast<QComboBox*>(w) || qobject_cast<QTableWidget*>(w) ||
                             w->objectName() == QStringLiteral("key-capture");
        if (!control || w->inherits("QTabBar") || w->parent()->inherits("QTabBar") ||
            w->inherits("QTableCornerButton"))
            continue;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
        CHECK((w->focusPolicy() & Qt::TabFocus));
    }
}

TEST_CASE("Ctrl+comma opens the preferences and a running session takes the new keys", "[prefs]") {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings);
    MainWindow window(std::move(o));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.rehearse(test::bundled("classic-back"));
    REQUIRE(MainWindowTestAccess::session(window));
    MainWindowTestAccess::session(window)->setFocus();

    REQUIRE(MainWindowTestAccess::session(window)->engine().state() ==
            EngineState::Running); // a rehearsal starts
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Comma, Qt::ControlModifier);
    auto* dialog = window.findChild<PreferencesDialog*>();
    REQUIRE(dialog);
    CHECK(MainWindowTestAccess::session(window)->engine().state() ==
          EngineState::Paused); // it waits meanwhile
    REQUIRE(dialog->remap(SessionAction::PauseResume, QKeySequence(Qt::Key_P)));
    dialog->close();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    MainWindowTestAccess::session(window)->setFocus();
    QTest::keyClick(MainWindowTestAccess::session(window), Qt::Key_Space); // no longer resumes
    CHECK(MainWindowTestAccess::session(window)->engine().state() == EngineState::Paused);
    QTest::keyClick(MainWindowTestAccess::session(window), Qt::Key_P);
    CHECK(MainWindowTestAccess::session(window)->engine().state() == EngineState::Running);
    QTest::keyClick(MainWindowTestAccess::session(window), Qt::Key_P);
    CHECK(MainWindowTestAccess::session(window)->engine().state() == EngineState::Paused);
}
