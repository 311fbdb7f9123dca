#pragma once
// A speaker and chimes whose real engines are built only when first needed: loading the
// text-to-speech and audio plugins (and, with them, the voices) costs start-up time and memory
// that the window's first frame should not wait for. The main window starts them right after
// its first frame; anything that needs an engine before then (the voices for the preferences)
// starts it at once.
//
// Until start(), settings are kept and applied to the engine when it is built; the latest
// prompt is kept and said on start() (a session can begin before the first frame); a chime is
// dropped, since a late chime means nothing.
//
// Ownership: each owns its factory and, once started, the engine it built. Errors: none of
// their own; the engines report theirs. Nothing here throws.

#include "ui/session/cues.h"

#include <functional>
#include <memory>
#include <optional>

namespace effleur::ui {

class DeferredSpeaker final : public Speaker {
public:
    using Factory = std::function<std::unique_ptr<Speaker>()>;
    explicit DeferredSpeaker(Factory make);

    void say(const QString& text) override;
    void say_in(const QString& text, const QString& language) override;
    void stop() override;
    void set_voice(const VoiceSettings& settings) override;
    // Start the engine: the answers come from it.
    [[nodiscard]] QStringList voices() const override;
    [[nodiscard]] bool speaks(const QString& language) const override;

    // Builds the engine, applies the settings and says the prompt kept meanwhile. Idempotent.
    void start() const;
    [[nodiscard]] bool started() const { return real_ != nullptr; }

private:
    Factory make_;
    mutable std::unique_ptr<Speaker> real_;
    std::optional<VoiceSettings> voice_;
    struct Prompt {
        QString text;
        QString language; // empty: said with say()
    };
    mutable std::optional<Prompt> pending_;
};

class DeferredChimes final : public Chimes {
public:
    using Factory = std::function<std::unique_ptr<Chimes>()>;
    explicit DeferredChimes(Factory make);

    void play(Chime chime) override;
    void set_volume(double volume) override;

    // Builds the engine and applies the volume. Idempotent.
    void start();
    [[nodiscard]] bool started() const { return real_ != nullptr; }

private:
    Factory make_;
    std::unique_ptr<Chimes> real_;
    std::optional<double> volume_;
};

} // namespace effleur::ui
