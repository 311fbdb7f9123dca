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
#include "ui/session/voice.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>

namespace effleur::ui {

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
