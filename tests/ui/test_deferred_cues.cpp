// The speech and audio engines start late (after the window's first frame) without losing
// what was asked of them before: the settings, and the prompt of a session that began first.

#include "session_test_support.h"

#include "ui/session/deferredcues.h"
#include "ui/session/threadedspeaker.h"

#include <QSemaphore>
#include <QThread>

using namespace effleur;
using namespace effleur::ui;

namespace {

// A speaker that records its voice settings as well.
class VoicedSpeaker final : public Speaker {
public:
    VoicedSpeaker(std::shared_ptr<test::SpeechLog> log, std::shared_ptr<VoiceSettings> voice)
        : log_(std::move(log)), voice_(std::move(voice)) {}
    void say(const QString& text) override { log_->said.push_back(text); }
    void stop() override { ++log_->stops; }
    void set_voice(const VoiceSettings& settings) override { *voice_ = settings; }
    [[nodiscard]] QStringList voices() const override { return {QStringLiteral("kal")}; }

private:
    std::shared_ptr<test::SpeechLog> log_;
    std::shared_ptr<VoiceSettings> voice_;
};

// Chimes that record their volume as well.
class LoudnessChimes final : public Chimes {
public:
    explicit LoudnessChimes(std::shared_ptr<double> volume) : volume_(std::move(volume)) {}
    void play(Chime) override {}
    void set_volume(double volume) override { *volume_ = volume; }

private:
    std::shared_ptr<double> volume_;
};

} // namespace

TEST_CASE("A deferred speaker builds nothing until started, then says the latest prompt",
          "[cues][deferred]") {
    auto log = std::make_shared<test::SpeechLog>();
    auto voice = std::make_shared<VoiceSettings>();
    int built = 0;
    DeferredSpeaker speaker([&]() -> std::unique_ptr<Speaker> {
        ++built;
        return std::make_unique<VoicedSpeaker>(log, voice);
    });
    speaker.set_voice(VoiceSettings{QStringLiteral("kal"), 0.25, 0.5});
    speaker.say(QStringLiteral("Superficial stroking"));
    speaker.say(QStringLiteral("Deep stroking")); // replaces the unsaid one, as say() does
    CHECK(built == 0);
    CHECK_FALSE(speaker.started());
    CHECK(log->said.empty());

    speaker.start();
    CHECK(built == 1);
    CHECK(voice->voice == QStringLiteral("kal"));
    CHECK(voice->rate == 0.25);
    CHECK(voice->volume == 0.5);
    REQUIRE(log->said.size() == 1);
    CHECK(log->said.front() == QStringLiteral("Deep stroking"));

    speaker.start(); // idempotent
    CHECK(built == 1);
    speaker.say(QStringLiteral("Halfway"));
    speaker.stop();
    CHECK(log->said.back() == QStringLiteral("Halfway"));
    CHECK(log->stops == 1);
}

TEST_CASE("A prompt stopped before the engine starts is never said", "[cues][deferred]") {
    auto log = std::make_shared<test::SpeechLog>();
    DeferredSpeaker speaker([&]() -> std::unique_ptr<Speaker> {
        return std::make_unique<test::RecordingSpeaker>(log);
    });
    speaker.say(QStringLiteral("Superficial stroking"));
    speaker.stop(); // the session ended before the first frame
    speaker.start();
    CHECK(log->said.empty());
}

TEST_CASE("Asking a deferred speaker for its voices starts it", "[cues][deferred]") {
    auto log = std::make_shared<test::SpeechLog>();
    auto voice = std::make_shared<VoiceSettings>();
    DeferredSpeaker speaker(
        [&]() -> std::unique_ptr<Speaker> { return std::make_unique<VoicedSpeaker>(log, voice); });
    CHECK(speaker.voices() == QStringList{QStringLiteral("kal")});
    CHECK(speaker.started());
}

TEST_CASE("Deferred chimes drop what rings before the start and keep the volume",
          "[cues][deferred]") {
    auto rung = std::make_shared<std::vector<Chime>>();
    int built = 0;
    DeferredChimes chimes([&]() -> std::unique_ptr<Chimes> {
        ++built;
        return std::make_unique<test::RecordingChimes>(rung);
    });
    chimes.set_volume(0.3);
    chimes.play(Chime::Halfway); // too late to mean anything once the engine is up
    CHECK(built == 0);
    chimes.start();
    CHECK(built == 1);
    CHECK(rung->empty());
    chimes.play(Chime::StepEnd);
    REQUIRE(rung->size() == 1);
    CHECK(rung->front() == Chime::StepEnd);

    auto volume = std::make_shared<double>(1.0);
    DeferredChimes quiet(
        [&]() -> std::unique_ptr<Chimes> { return std::make_unique<LoudnessChimes>(volume); });
    quiet.set_volume(0.3);
    CHECK(*volume == 1.0);
    quiet.start();
    CHECK(*volume == 0.3);
}

TEST_CASE("A threaded speaker never waits for its engine, and says what was asked meanwhile",
          "[cues][deferred]") {
    // The engine's start blocks (as speech-dispatcher's does for seconds) until released; the
    // speaker is made, configured and asked to speak meanwhile, and none of it waits.
    auto log = std::make_shared<test::SpeechLog>();
    auto voice = std::make_shared<VoiceSettings>();
    QSemaphore engine_may_start;
    QThread* built_on = nullptr;
    ThreadedSpeaker speaker([&]() -> std::unique_ptr<Speaker> {
        engine_may_start.acquire();
        built_on = QThread::currentThread();
        return std::make_unique<VoicedSpeaker>(log, voice);
    });
    speaker.set_voice(VoiceSettings{QStringLiteral("kal"), 0.25, 0.5});
    speaker.say(QStringLiteral("Superficial stroking"));
    speaker.stop();
    speaker.say(QStringLiteral("Deep stroking"));

    engine_may_start.release();
    // voices() answers from the engine: it waits for it, and for what was queued before.
    CHECK(speaker.voices() == QStringList{QStringLiteral("kal")});
    CHECK(built_on == speaker.thread());
    CHECK(built_on != QThread::currentThread());
    CHECK(voice->voice == QStringLiteral("kal"));
    CHECK(voice->rate == 0.25);
    CHECK(log->said == std::vector<QString>{QStringLiteral("Superficial stroking"),
                                            QStringLiteral("Deep stroking")});
    CHECK(log->stops == 1);
    CHECK(speaker.speaks(QStringLiteral("en")));
}

TEST_CASE("A threaded speaker without an engine says nothing and speaks no language",
          "[cues][deferred]") {
    ThreadedSpeaker speaker([]() -> std::unique_ptr<Speaker> { return nullptr; });
    speaker.say(QStringLiteral("Halfway"));
    CHECK(speaker.voices().isEmpty());
    CHECK_FALSE(speaker.speaks(QStringLiteral("en")));
}
