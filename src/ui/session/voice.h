#pragma once
// The cues' voice and chimes as the app sees them: interfaces, so that the real engines can live
// in the voice module (loaded after the first frame, see ui/modules/modules.h) and tests record
// instead of playing. Header-only: the voice module includes it without linking the app.
//
// Ownership: none here. Errors: implementations never throw; one that cannot play stays quiet.

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>

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
[[nodiscard]] inline std::optional<double> speech_rate_for_attempt(double rate, int attempt) {
    // A hair faster, a hair slower, then a little more each way: enough to change the length
    // of an utterance by a few 20 ms chunks, too little to hear. The sizes differ, so that the
    // nudges stay distinct when one at either end of the range is turned inwards.
    constexpr double nudges[] = {0.02, -0.03, 0.05, -0.06, 0.08};
    rate = std::clamp(rate, -1.0, 1.0);
    if (attempt <= 0)
        return rate;
    const auto index = static_cast<std::size_t>(attempt - 1);
    if (index >= std::size(nudges))
        return std::nullopt;
    const double nudge = nudges[index];
    // At either end of the range, nudge inwards.
    const double nudged = rate + nudge;
    return nudged < -1.0 || nudged > 1.0 ? rate - nudge : nudged;
}

} // namespace effleur::ui
