#pragma once
// The voice module's engines: the cues spoken with Qt TextToSpeech, the chimes played with Qt
// Multimedia. Only the module (and its tests) link these Qt libraries; the app reaches them
// through VoiceModule (ui/modules/interfaces.h), after its first frame.
//
// Ownership: each owns its Qt objects, which belong to the thread that built them (for the
// speaker, the app's speech thread: ThreadedSpeaker). Errors: without a TTS engine or an audio
// device they log one warning (one in all for a missing device, shared by the speaker and the
// chimes) and go quiet; nothing here throws.

#include "ui/session/voice.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>

class QSoundEffect;
class QTextToSpeech;

namespace effleur::ui {

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
    // `language`: the interface's, whose engine is built at once.
    explicit QtSpeaker(const QString& language);
    ~QtSpeaker() override;
    void say(const QString& text) override;
    void say_in(const QString& text, const QString& language) override;
    void stop() override;
    void set_voice(const VoiceSettings& settings) override;
    [[nodiscard]] QStringList voices() const override;
    [[nodiscard]] bool speaks(const QString& language) const override;

private:
    EngineSpeaker& engine(const QString& language) const;

    QString language_;

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

} // namespace effleur::ui
