#include "ui/session/deferredcues.h"

namespace effleur::ui {

DeferredSpeaker::DeferredSpeaker(Factory make) : make_(std::move(make)) {}

void DeferredSpeaker::start() const {
    if (real_) {
        return;
    }
    real_ = make_ ? make_() : nullptr;
    if (!real_) {
        return;
    }
    if (voice_) {
        real_->set_voice(*voice_);
    }
    if (pending_) {
        real_->say(*pending_);
        pending_.reset();
    }
}

void DeferredSpeaker::say(const QString& text) {
    if (real_) {
        real_->say(text);
    } else {
        pending_ = text; // a newer prompt replaces an unsaid one, as say() does
    }
}

void DeferredSpeaker::stop() {
    if (real_) {
        real_->stop();
    } else {
        pending_.reset();
    }
}

void DeferredSpeaker::set_voice(const VoiceSettings& settings) {
    voice_ = settings;
    if (real_) {
        real_->set_voice(settings);
    }
}

QStringList DeferredSpeaker::voices() const {
    start();
    return real_ ? real_->voices() : QStringList{};
}

DeferredChimes::DeferredChimes(Factory make) : make_(std::move(make)) {}

void DeferredChimes::start() {
    if (real_) {
        return;
    }
    real_ = make_ ? make_() : nullptr;
    if (real_ && volume_) {
        real_->set_volume(*volume_);
    }
}

void DeferredChimes::play(Chime chime) {
    if (real_) {
        real_->play(chime);
    }
}

void DeferredChimes::set_volume(double volume) {
    volume_ = volume;
    if (real_) {
        real_->set_volume(volume);
    }
}

} // namespace effleur::ui
