#pragma once
// A speaker that builds and runs its real engine on a thread of its own, so that the window
// never waits for it: Qt 6.4's speech-dispatcher engine takes seconds to start (it lists every
// voice espeak-ng has), which in Russian, Ukrainian or Polish would freeze the window just
// after its first frame.
//
// The factory runs on the speaker's thread, and the speaker it makes lives there for good (its
// Qt objects belong to that thread's event loop). say(), say_in(), stop() and set_voice() are
// queued to it in order and return at once; a prompt asked for before the engine is ready is
// said when it is (a newer prompt cuts it, as ever). voices() and speaks() answer from the
// engine, so they wait for it to be ready: only the preferences ask, when they open.
//
// Ownership: owns its thread and, on it, the speaker the factory made; the destructor deletes
// that speaker on its thread and waits for the thread to end (at most until a slow start ends).
// Errors: a factory that returns nullptr leaves a speaker that says nothing and speaks no
// language. Nothing here throws.

#include "ui/session/voice.h"

#include <QThread>

#include <functional>
#include <memory>

namespace effleur::ui {

class ThreadedSpeaker final : public Speaker {
public:
    using Factory = std::function<std::unique_ptr<Speaker>()>;
    explicit ThreadedSpeaker(Factory make);
    ~ThreadedSpeaker() override;
    ThreadedSpeaker(const ThreadedSpeaker&) = delete;
    ThreadedSpeaker& operator=(const ThreadedSpeaker&) = delete;

    void say(const QString& text) override;
    void say_in(const QString& text, const QString& language) override;
    void stop() override;
    void set_voice(const VoiceSettings& settings) override;
    [[nodiscard]] QStringList voices() const override;
    [[nodiscard]] bool speaks(const QString& language) const override;

    // The thread the real speaker lives on.
    [[nodiscard]] QThread* thread() const { return thread_.get(); }

private:
    // Runs `work` on the speaker's thread with the real speaker (nullptr if the factory made
    // none): queued, or waiting for it to finish.
    void post(std::function<void(Speaker*)> work) const;
    void run_and_wait(std::function<void(Speaker*)> work) const;

    std::unique_ptr<QThread> thread_;
    std::unique_ptr<QObject> context_; // lives on thread_
    std::unique_ptr<Speaker> real_;    // touched on thread_ only
};

} // namespace effleur::ui
