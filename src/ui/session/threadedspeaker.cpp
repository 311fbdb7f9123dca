#include "ui/session/threadedspeaker.h"

#include <QMetaObject>

namespace effleur::ui {

ThreadedSpeaker::ThreadedSpeaker(Factory make)
    : thread_(std::make_unique<QThread>()), context_(std::make_unique<QObject>()) {
    thread_->setObjectName(QStringLiteral("speech"));
    context_->moveToThread(thread_.get());
    thread_->start();
    QMetaObject::invokeMethod(
        context_.get(),
        [this, make = std::move(make)] {
            if (make)
                real_ = make();
        },
        Qt::QueuedConnection);
}

ThreadedSpeaker::~ThreadedSpeaker() {
    // The speaker's Qt objects are deleted on their own thread, after whatever is queued.
    QMetaObject::invokeMethod(
        context_.get(), [this] { real_.reset(); }, Qt::QueuedConnection);
    thread_->quit();
    thread_->wait();
    context_.reset(); // its thread has ended: safe to delete from here
}

void ThreadedSpeaker::post(std::function<void(Speaker*)> work) const {
    QMetaObject::invokeMethod(
        context_.get(), [this, work = std::move(work)] { work(real_.get()); },
        Qt::QueuedConnection);
}

void ThreadedSpeaker::run_and_wait(std::function<void(Speaker*)> work) const {
    QMetaObject::invokeMethod(
        context_.get(), [this, &work] { work(real_.get()); }, Qt::BlockingQueuedConnection);
}

void ThreadedSpeaker::say(const QString& text) {
    post([text](Speaker* s) {
        if (s)
            s->say(text);
    });
}

void ThreadedSpeaker::say_in(const QString& text, const QString& language) {
    post([text, language](Speaker* s) {
        if (s)
            s->say_in(text, language);
    });
}

void ThreadedSpeaker::stop() {
    post([](Speaker* s) {
        if (s)
            s->stop();
    });
}

void ThreadedSpeaker::set_voice(const VoiceSettings& settings) {
    post([settings](Speaker* s) {
        if (s)
            s->set_voice(settings);
    });
}

QStringList ThreadedSpeaker::voices() const {
    QStringList names;
    run_and_wait([&names](Speaker* s) {
        if (s)
            names = s->voices();
    });
    return names;
}

bool ThreadedSpeaker::speaks(const QString& language) const {
    bool answer = false;
    run_and_wait([&answer, &language](Speaker* s) { answer = s && s->speaks(language); });
    return answer;
}

} // namespace effleur::ui
