#pragma once
// Spoken prompts and chimes, so that the therapist never needs to look at the screen.
//
// CuePlayer listens to a StepEngine's notifier: at a step's start it speaks the step's cue (its
// title when it has none), "switch sides" between the sides of an alternating step, "halfway",
// "ten seconds", and the counts of a breathing step; it chimes at halfway, with ten seconds
// left and at a step's end. Speaker and Chimes are interfaces so that tests record instead of
// playing.
//
// Ownership: the player owns its Speaker and Chimes and borrows the session controller, which must
// outlive it (or be detached with attach(nullptr)). Errors: without a TTS engine or an audio device
// the Qt implementations log one warning (one in all for a missing device, shared by the speaker
// and the chimes) and go quiet; nothing here throws.

#include "core/stepengine.h"
#include "ui/session/sessioncontroller.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>

class QSoundEffect;
class QTextToSpeech;

namespace effleur::ui {

enum class Chime { Halfway, TenSeconds, StepEnd };

// How the prompts sound; kept in QSettings under "cues/" by the preferences.
struct VoiceSettings {
    QString voice;       // a name from Speaker::voices(); empty: the engine's default
    double rate = 0.0;   // -1 (slowest) .. 1 (fastest)
    double volume = 1.0; // 0 .. 1
};

class Speaker {
public:
    virtual ~Speaker() = default;
    // Replaces whatever is being said: a late prompt is worse than a cut one. In English.
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;
    // Not pure, so that a speaker with no choices (and the tests' recorders) need not care.
    // `text` in `language` (a code such as "ru"); by default said as say() says it.
    virtual void say_in(const QString& text, const QString& language) {
        (void)language;
        say(text);
    }
    virtual void set_voice(const VoiceSettings& settings) { (void)settings; }
    // The voices for the interface's language.
    [[nodiscard]] virtual QStringList voices() const { return {}; }
    // Whether a voice speaks `language`; a prompt in a language without one is not said.
    [[nodiscard]] virtual bool speaks(const QString& language) const {
        (void)language;
        return true;
    }

protected:
    Speaker() = default;
    Speaker(const Speaker&) = default;
    Speaker& operator=(const Speaker&) = default;
};

class Chimes {
public:
    virtual ~Chimes() = default;
    virtual void play(Chime chime) = 0;
    virtual void set_volume(double volume) { (void)volume; } // 0 .. 1

protected:
    Chimes() = default;
    Chimes(const Chimes&) = default;
    Chimes& operator=(const Chimes&) = default;
};

// The rate at which to say a prompt on its `attempt`-th try (0 is the first): the chosen rate
// first, then rates a hair faster or slower, always within -1 .. 1; nullopt once the tries are
// used up. Qt 6.4's flite engine fails an utterance whose length in samples is an exact multiple
// of its 20 ms streaming chunk (the last chunk is empty, and writing zero bytes counts as a
// playback error that discards the whole utterance). A slightly different rate changes the
// length, so a retry almost always plays; the change is too small to hear.
[[nodiscard]] std::optional<double> speech_rate_for_attempt(double rate, int attempt);

// One Qt TextToSpeech engine speaking one language: for English the flite engine where it is
// installed; for any other language speech-dispatcher's (Qt's "speechd" engine, with the
// espeak-ng voices) set to that language and a voice of it. Without a voice for the language it
// logs one warning and stays quiet. A prompt that the engine fails to play is said again at a
// nudged rate (speech_rate_for_attempt), a few times at most.
class EngineSpeaker final : public Speaker {
public:
    explicit EngineSpeaker(const QString& language = QStringLiteral("en"));
    ~EngineSpeaker() override;
    void say(const QString& text) override;
    void stop() override;
    void set_voice(const VoiceSettings& settings) override;
    [[nodiscard]] QStringList voices() const override;
    // Whether the engine runs and has a voice for its language.
    [[nodiscard]] bool usable() const { return usable_; }
    // Whether a prompt is being said or waits to be.
    [[nodiscard]] bool busy() const { return current_.has_value() || waiting_ || retry_; }

private:
    // The prompt being said: its words, which try this is, and whether the engine has begun
    // it (so that an error still queued from the prompt before is not taken for this one's).
    struct Utterance {
        QString text;
        int attempt = 0;
        bool started = false;
    };

    void speak();
    void on_state(int state);

    std::unique_ptr<QTextToSpeech> tts_;
    std::optional<Utterance> current_;
    std::uint64_t serial_ = 0; // counts say()s, so that a stale deferred start is dropped
    bool waiting_ = false;     // for the engine to stop the prompt before
    bool retry_ = false;       // for the engine to settle after a failed try
    double rate_ = 0.0;
    bool usable_ = false;
    bool speechd_ = false; // speech-dispatcher's engine
};

// The cues' voice: an EngineSpeaker per language, each built when first needed (the interface's
// own language at once, so that a missing voice is logged at start-up). A prompt cuts the one
// before in any language. Settings apply to every engine; a voice name only to the engine that
// has it.
class QtSpeaker final : public Speaker {
public:
    QtSpeaker();
    ~QtSpeaker() override;
    void say(const QString& text) override;
    void say_in(const QString& text, const QString& language) override;
    void stop() override;
    void set_voice(const VoiceSettings& settings) override;
    [[nodiscard]] QStringList voices() const override;
    [[nodiscard]] bool speaks(const QString& language) const override;

private:
    EngineSpeaker& engine(const QString& language) const;

    mutable std::map<QString, std::unique_ptr<EngineSpeaker>> engines_;
    std::optional<VoiceSettings> settings_;
};

// The three chimes compiled in under :/sounds/, played with QSoundEffect.
class QtChimes final : public Chimes {
public:
    QtChimes();
    ~QtChimes() override;
    void play(Chime chime) override;
    void set_volume(double volume) override;

private:
    std::unique_ptr<QSoundEffect> effects_[3];
    bool usable_ = false;
};

class CuePlayer : public QObject {
    Q_OBJECT

public:
    CuePlayer(std::unique_ptr<Speaker> speaker, std::unique_ptr<Chimes> chimes,
              QObject* parent = nullptr);
    ~CuePlayer() override;

    // Speaks and rings the controller's events; nullptr detaches.
    void attach(const SessionController* controller);
    void set_muted(bool muted);
    [[nodiscard]] bool muted() const { return muted_; }
    [[nodiscard]] Speaker& speaker() { return *speaker_; }
    [[nodiscard]] Chimes& chimes() { return *chimes_; }

    // What one event says and rings; public so that the rules can be tested without audio.
    void on_event(const SessionEvent& event);

private:
    std::unique_ptr<Speaker> speaker_;
    std::unique_ptr<Chimes> chimes_;
    const SessionController* controller_ = nullptr;
    QMetaObject::Connection subscription_;
    bool muted_ = false;
};

// The language of a protocol text as the interface shows it: `language` when the text has a
// translation into it, else "en" (the text falls back to English).
[[nodiscard]] QString text_language_of(const Text& text, const QString& language);

// Logs `message` as a warning the first time `key` is seen; later calls stay silent.
void warn_once(const char* key, const std::string& message);

} // namespace effleur::ui
