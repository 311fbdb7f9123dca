// The interface's language: the choice and where it is kept, what installing a language changes
// (protocol texts, Qt's own strings, dates and numbers), the language each cue is said in, and
// the Preferences page that chooses it.

#include "language_scope.h"
#include "session_test_support.h"

#include "ui/common/translations.h"
#include "ui/modules/modules.h"
#include "ui/session/cues.h"
#include "ui/session/deferredcues.h"
#include "ui/shell/preferencesdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include <utility>

using namespace effleur;
using namespace effleur::ui;

namespace {

// A speaker that keeps each prompt with its language.
struct Said {
    QString text;
    QString language;
};

class LanguageRecorder final : public Speaker {
public:
    explicit LanguageRecorder(std::shared_ptr<std::vector<Said>> log, bool voice = true)
        : log_(std::move(log)), voice_(voice) {}
    void say(const QString& text) override { log_->push_back({text, QStringLiteral("en")}); }
    void say_in(const QString& text, const QString& language) override {
        log_->push_back({text, language});
    }
    void stop() override {}
    [[nodiscard]] bool speaks(const QString& language) const override {
        return voice_ || language == QLatin1String("en");
    }

private:
    std::shared_ptr<std::vector<Said>> log_;
    bool voice_;
};

// The classic back massage with a Russian cue on its first step only.
std::shared_ptr<const Protocol> back_with_russian_first_cue() {
    Protocol p = *test::bundled("classic-back");
    Step& first = p.stages.at(0).steps.at(0);
    Text& text = first.cue.empty() ? first.title : first.cue;
    text.translations["ru"] =
        "\u041f\u043e\u0433\u043b\u0430\u0436\u0438\u0432\u0430\u043d\u0438\u0435 "
        "\u0432\u0434\u043e\u043b\u044c "
        "\u043f\u043e\u0437\u0432\u043e\u043d\u043e\u0447\u043d\u0438\u043a\u0430";
    for (Stage& stage : p.stages)
        for (std::size_t i = (&stage == &p.stages.front() ? 1 : 0); i < stage.steps.size(); ++i) {
            stage.steps[i].cue.translations.erase("ru");
            stage.steps[i].title.translations.erase("ru");
        }
    return std::make_shared<const Protocol>(std::move(p));
}

struct CueLanguageRig {
    std::shared_ptr<std::vector<Said>> said = std::make_shared<std::vector<Said>>();
    FakeClock clock;
    SessionController controller;
    StepEngine& engine;
    CuePlayer cues;

    explicit CueLanguageRig(std::shared_ptr<const Protocol> protocol)
        : controller(std::make_unique<StepEngine>(std::move(protocol)), clock),
          engine(SessionControllerTestAccess::engine(controller)),
          cues(std::make_unique<LanguageRecorder>(said),
               std::make_unique<test::RecordingChimes>(std::make_shared<std::vector<Chime>>())) {
        cues.attach(&controller);
    }
};

const QString russian_halfway = QStringLiteral("\u041f\u043e\u043b\u043e\u0432\u0438\u043d\u0430");

} // namespace

TEST_CASE("The saved language wins over the system's, and an unknown one is ignored", "[i18n]") {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    CHECK(saved_language(settings).isEmpty());
    CHECK(chosen_language(settings) == system_language());
    save_language(settings, QStringLiteral("uk"));
    CHECK(saved_language(settings) == QStringLiteral("uk"));
    CHECK(chosen_language(settings) == QStringLiteral("uk"));
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    CHECK(saved_language(settings).isEmpty());
    CHECK(chosen_language(settings) == system_language());
    save_language(settings, QString()); // System default
    CHECK_FALSE(settings.contains(QStringLiteral("ui/language")));
}

TEST_CASE("The languages are offered each in its own words", "[i18n]") {
    QStringList names;
    for (const LanguageChoice& l : offered_languages())
        names << l.code + QLatin1Char('=') + l.name;
    CHECK(names ==
          QStringList{
              QStringLiteral("en=English"),
              QStringLiteral("ru=\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
              QStringLiteral("uk=\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430"),
              QStringLiteral("pl=Polski")});
}

TEST_CASE("Russian shows protocol texts, Qt's buttons, dates and numbers in Russian", "[i18n]") {
    const test::LanguageScope russian(QStringLiteral("ru"));
    CHECK(language() == QStringLiteral("ru"));

    Text text;
    text.en = "Stroking";
    text.translations["ru"] =
        "\u041f\u043e\u0433\u043b\u0430\u0436\u0438\u0432\u0430\u043d\u0438\u0435";
    CHECK(text.get() == text.translations["ru"]);
    Text english_only;
    english_only.en = "Kneading";
    CHECK(english_only.get() == "Kneading"); // no translation: English

    // Qt's own catalogue (qt6-translations-l10n): the dialog buttons a user presses.
    QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Close)->text() ==
          QStringLiteral("\u0417\u0430\u043a\u0440\u044b\u0442\u044c"));
    CHECK(box.button(QDialogButtonBox::Cancel)->text() ==
          QStringLiteral("\u041e\u0442\u043c\u0435\u043d\u0430"));

    // Russian groups thousands with a space and writes a decimal comma; months in Russian.
    CHECK(QLocale().language() == QLocale::Russian);
    CHECK(QLocale().toString(1234.5, 'f', 1) == QStringLiteral("1\u00a0234,5"));
    CHECK(QLocale().standaloneMonthName(3) == QStringLiteral("\u043c\u0430\u0440\u0442"));
}

TEST_CASE("Back in English, texts and buttons are English again", "[i18n]") {
    {
        const test::LanguageScope polish(QStringLiteral("pl"));
        QDialogButtonBox box(QDialogButtonBox::Close);
        CHECK(box.button(QDialogButtonBox::Close)->text() == QStringLiteral("Zamknij"));
    }
    CHECK(language() == QStringLiteral("en"));
    QDialogButtonBox box(QDialogButtonBox::Close);
    CHECK(box.button(QDialogButtonBox::Close)->text() == QStringLiteral("Close"));
    Text text;
    text.en = "Stroking";
    text.translations["pl"] = "G\u0142askanie";
    CHECK(text.get() == "Stroking");
}

TEST_CASE("A cue is said in the language of its text", "[i18n][cues]") {
    const test::LanguageScope russian(QStringLiteral("ru"));
    CueLanguageRig rig(back_with_russian_first_cue());
    REQUIRE(rig.engine.start(rig.clock.now()));
    REQUIRE(rig.said->size() == 1);
    CHECK(rig.said->back().language == QStringLiteral("ru"));
    CHECK(rig.said->back().text.startsWith(QStringLiteral(
        "\u041f\u043e\u0433\u043b\u0430\u0436\u0438\u0432\u0430\u043d\u0438\u0435")));

    // The second step has no Russian: its English text is said in English.
    REQUIRE(rig.engine.next(rig.clock.now()));
    REQUIRE(rig.said->size() == 2);
    CHECK(rig.said->back().language == QStringLiteral("en"));
    const Step& second = rig.engine.current_step();
    CHECK(rig.said->back().text.startsWith(
        QString::fromStdString(second.cue.empty() ? second.title.en : second.cue.en)));
}

TEST_CASE("The player's own prompts follow the catalogue", "[i18n][cues]") {
    SECTION("translated: said in Russian") {
        // The Russian catalogue that ships says "Halfway" as "Половина".
        const test::LanguageScope russian(QStringLiteral("ru"));
        CueLanguageRig rig(back_with_russian_first_cue());
        REQUIRE(rig.engine.start(rig.clock.now()));
        rig.engine.advance(rig.clock.now() + rig.engine.length() / 2);
        REQUIRE(rig.said->size() == 2);
        CHECK(rig.said->back().text == russian_halfway);
        CHECK(rig.said->back().language == QStringLiteral("ru"));
    }
    SECTION("not translated: said in English, not read out by another language's voice") {
        // Effleur has no German catalogue: the prompt stays English, and is said in English.
        const test::LanguageScope german(QStringLiteral("de"));
        CueLanguageRig rig(back_with_russian_first_cue());
        REQUIRE(rig.engine.start(rig.clock.now()));
        rig.engine.advance(rig.clock.now() + rig.engine.length() / 2);
        REQUIRE(rig.said->size() == 2);
        CHECK(rig.said->back().text == QStringLiteral("Halfway"));
        CHECK(rig.said->back().language == QStringLiteral("en"));
    }
}

TEST_CASE("A deferred speaker says a kept prompt in its language", "[i18n][cues]") {
    auto said = std::make_shared<std::vector<Said>>();
    DeferredSpeaker speaker([said] { return std::make_unique<LanguageRecorder>(said, false); });
    speaker.say_in(QStringLiteral("Polowa"), QStringLiteral("pl"));
    CHECK(said->empty());
    CHECK_FALSE(speaker.speaks(QStringLiteral("pl"))); // starts it, and says what was kept
    REQUIRE(said->size() == 1);
    CHECK(said->front().text == QStringLiteral("Polowa"));
    CHECK(said->front().language == QStringLiteral("pl"));
    CHECK(speaker.speaks(QStringLiteral("en")));
}

TEST_CASE("Preferences choose the language for the next start and say so", "[i18n][preferences]") {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    CuePlayer cues(std::make_unique<LanguageRecorder>(std::make_shared<std::vector<Said>>()),
                   std::make_unique<test::RecordingChimes>(std::make_shared<std::vector<Chime>>()));
    PreferencesDialog dialog(settings, cues);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    REQUIRE(combo);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    REQUIRE(items.size() == 5);
    CHECK(items[0].startsWith(QStringLiteral("System default")));
    CHECK(
        items.mid(1) ==
        QStringList{QStringLiteral("English"),
                    QStringLiteral("\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
                    QStringLiteral("\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430"),
                    QStringLiteral("Polski")});
    CHECK(combo->currentIndex() == 0);
    CHECK(dialog.language_note().contains(QStringLiteral("next time Effleur starts")));

    dialog.choose_language(QStringLiteral("pl"));
    CHECK(settings.value(QStringLiteral("ui/language")).toString() == QStringLiteral("pl"));
    CHECK(dialog.language_note() ==
          QStringLiteral("Effleur will be in Polski from the next start. Until then it stays as "
                         "it is, and so does a running session."));
    CHECK(language() == QStringLiteral("en")); // nothing changes in the running app

    dialog.choose_language(QString());
    CHECK_FALSE(settings.contains(QStringLiteral("ui/language")));
}

TEST_CASE("Preferences say once when no voice speaks the language", "[i18n][preferences]") {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const test::LanguageScope ukrainian(QStringLiteral("uk"));
    for (const bool voice : {false, true}) {
        CuePlayer cues(
            std::make_unique<LanguageRecorder>(std::make_shared<std::vector<Said>>(), voice),
            std::make_unique<test::RecordingChimes>(std::make_shared<std::vector<Chime>>()));
        PreferencesDialog dialog(settings, cues);
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("voice-note"));
        REQUIRE(note);
        if (voice) {
            CHECK(dialog.voice_note().isEmpty());
            CHECK(note->isHidden());
        } else {
            CHECK(dialog.voice_note().contains(
                QStringLiteral("\u0443\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430")));
            // In Ukrainian, as the catalogue that ships says it: "the chimes still ring".
            CHECK(dialog.voice_note().contains(
                QStringLiteral("\u0417\u0432\u0443\u043a\u043e\u0432\u0456 "
                               "\u0441\u0438\u0433\u043d\u0430\u043b\u0438 "
                               "\u043b\u0443\u043d\u0430\u044e\u0442\u044c")));
            CHECK_FALSE(note->isHidden());
        }
    }
}

TEST_CASE("Without audio or speech-dispatcher the real speaker stays quiet", "[i18n][cues]") {
    // Whatever this machine has, asking for every language and saying something in each never
    // fails: a missing device, engine or voice only turns that language's speech off.
    VoiceModule* voice = Modules::voice();
    REQUIRE(voice != nullptr);
    const std::unique_ptr<Speaker> speaker = voice->make_speaker(QStringLiteral("en"));
    for (const LanguageChoice& l : offered_languages()) {
        (void)speaker->speaks(l.code);
        speaker->say_in(QStringLiteral("1"), l.code);
    }
    speaker->stop();
    SUCCEED();
}
