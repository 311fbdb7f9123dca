// Cue scheduling: what is said and rung at each engine event, through recording stand-ins.

#include "session_test_support.h"

#include "ui/modules/modules.h"
#include "ui/session/cues.h"

#include <QFile>

#include <algorithm>
#include <cmath>

using namespace effleur;
using namespace effleur::ui;
using namespace std::chrono_literals;

namespace {

struct CueRig {
    std::shared_ptr<test::SpeechLog> speech = std::make_shared<test::SpeechLog>();
    std::shared_ptr<std::vector<Chime>> rung = std::make_shared<std::vector<Chime>>();
    FakeClock clock;
    SessionController controller;
    StepEngine& engine;
    CuePlayer cues;

    explicit CueRig(const std::string& id)
        : controller(std::make_unique<StepEngine>(test::bundled(id)), clock),
          engine(SessionControllerTestAccess::engine(controller)),
          cues(std::make_unique<test::RecordingSpeaker>(speech),
               std::make_unique<test::RecordingChimes>(rung)) {
        cues.attach(&controller);
    }
    bool said(const QString& words) const {
        return std::find(speech->said.begin(), speech->said.end(), words) != speech->said.end();
    }
};

} // namespace

TEST_CASE("A step's start speaks its cue", "[cues]") {
    CueRig rig("classic-back");
    REQUIRE(rig.engine.start(rig.clock.now()));
    REQUIRE(rig.speech->said.size() == 1);
    const Step& step = rig.engine.current_step();
    const std::string expected = step.cue.empty() ? step.title.get() : step.cue.get();
    CHECK(rig.speech->said.front().startsWith(QString::fromStdString(expected)));
    CHECK(rig.rung->empty());
}

TEST_CASE("Halfway, ten seconds and the end ring in order", "[cues]") {
    CueRig rig("classic-back");
    REQUIRE(rig.engine.start(rig.clock.now()));
    const auto length = rig.engine.length();
    REQUIRE(length >= 20s); // long enough for halfway and ten-seconds-left
    rig.engine.advance(rig.clock.now() + length / 2);
    CHECK(rig.said(QStringLiteral("Halfway")));
    REQUIRE(rig.rung->size() == 1);
    CHECK(rig.rung->at(0) == Chime::Halfway);

    rig.engine.advance(rig.clock.now() + length - 10s);
    CHECK(rig.said(QStringLiteral("Ten seconds")));
    REQUIRE(rig.rung->size() == 2);
    CHECK(rig.rung->at(1) == Chime::TenSeconds);

    rig.engine.advance(rig.clock.now() + length);
    REQUIRE(rig.rung->size() == 3);
    CHECK(rig.rung->at(2) == Chime::StepEnd);
}

TEST_CASE("A step ended by a key does not ring the end chime", "[cues]") {
    CueRig rig("classic-back");
    REQUIRE(rig.engine.start(rig.clock.now()));
    REQUIRE(rig.engine.next(rig.clock.now() + 1s));
    CHECK(rig.rung->empty());
    CHECK(rig.speech->said.size() == 2); // the first and the second step's cues
}

TEST_CASE("Alternating steps say switch sides", "[cues]") {
    CueRig rig("back-self-massage-balls");
    REQUIRE(rig.engine.start(rig.clock.now()));
    bool switched = false;
    for (int i = 0; i < 200 && !switched && rig.engine.state() != EngineState::Finished; ++i) {
        if (const auto due = rig.engine.next_deadline())
            rig.engine.advance(*due);
        else
            rig.engine.next(rig.clock.now());
        switched = rig.said(QStringLiteral("Switch sides"));
    }
    CHECK(switched);
}

TEST_CASE("Breathing steps count aloud", "[cues]") {
    CueRig rig("kneading-prp-lymphatic");
    std::optional<std::pair<std::size_t, std::size_t>> at;
    for (const auto& p : rig.engine.plan().parts())
        if (p.kind == PartKind::Breathing && !at)
            at = {p.stage, p.step};
    REQUIRE(at);
    TimePoint t = rig.clock.now();
    REQUIRE(rig.engine.start(t));
    REQUIRE(rig.engine.jump_to(t, at->first, at->second));
    if (rig.engine.state() == EngineState::WaitingForTherapist)
        REQUIRE(rig.engine.next(t));
    rig.speech->said.clear();
    for (int i = 0; i < 6; ++i) {
        const auto due = rig.engine.next_deadline();
        REQUIRE(due);
        rig.engine.advance(*due);
    }
    // Counts after the first are numbers, a new phase names the phase.
    bool number = false, phase = false;
    for (const QString& s : rig.speech->said) {
        number = number || s == QStringLiteral("2");
        phase = phase || s.startsWith(QStringLiteral("Breathe")) || s == QStringLiteral("Hold");
    }
    CHECK(number);
    CHECK(phase);
}

TEST_CASE("Muted cues say and ring nothing", "[cues]") {
    CueRig rig("classic-back");
    rig.cues.set_muted(true);
    REQUIRE(rig.engine.start(rig.clock.now()));
    rig.engine.advance(rig.clock.now() + rig.engine.length());
    CHECK(rig.speech->said.empty());
    CHECK(rig.rung->empty());
    CHECK(rig.speech->stops == 1);
}

TEST_CASE("The three chimes are compiled in, small and distinct", "[cues]") {
    QByteArray seen[3];
    const char* names[3] = {":/sounds/halfway.wav", ":/sounds/ten-seconds.wav",
                            ":/sounds/step-end.wav"};
    for (std::size_t i = 0; i < 3; ++i) {
        QFile file(QLatin1String(names[i]));
        REQUIRE(file.open(QIODevice::ReadOnly));
        seen[i] = file.readAll();
        CHECK(seen[i].startsWith("RIFF"));
        CHECK(seen[i].size() > 1000);
        CHECK(seen[i].size() < 100 * 1024);
    }
    CHECK(seen[0] != seen[1]);
    CHECK(seen[1] != seen[2]);
}

TEST_CASE("Without an audio device the speaker and the chimes carry on silently", "[cues]") {
    // Whatever this machine has, both stay quiet and neither throws.
    // The real engines, from the voice module the build made.
    VoiceModule* voice = Modules::voice();
    REQUIRE(voice != nullptr);
    const std::unique_ptr<Speaker> speaker = voice->make_speaker(QStringLiteral("en"));
    const std::unique_ptr<Chimes> chimes = voice->make_chimes();
    speaker->set_voice(VoiceSettings{QStringLiteral("no such voice"), 0.5, 0.5});
    speaker->say(QStringLiteral("Halfway"));
    speaker->stop();
    chimes->play(Chime::Halfway);
    chimes->play(Chime::TenSeconds);
    chimes->play(Chime::StepEnd);
    SUCCEED("no crash, no exception");
}

TEST_CASE("A failed prompt is retried at rates too close to hear, within range", "[cues]") {
    for (const double rate : {0.0, 0.5, -0.3, 1.0, -1.0, 0.99, -0.99}) {
        CAPTURE(rate);
        REQUIRE(speech_rate_for_attempt(rate, 0) == rate); // the chosen rate first
        std::vector<double> tried{rate};
        int attempt = 1;
        for (; const auto r = speech_rate_for_attempt(rate, attempt); ++attempt) {
            CAPTURE(attempt);
            CHECK(*r >= -1.0);
            CHECK(*r <= 1.0);
            CHECK(std::abs(*r - rate) <= 0.08 + 1e-9);
            // Each retry says it at a rate not tried yet, so that its length differs.
            CHECK(std::none_of(tried.begin(), tried.end(),
                               [&](double t) { return std::abs(t - *r) < 1e-9; }));
            tried.push_back(*r);
        }
        CHECK(attempt >= 4); // a few retries, then it gives up
        CHECK(attempt <= 8);
    }
    CHECK(speech_rate_for_attempt(3.0, 0) == 1.0); // an out-of-range setting is clamped
}
