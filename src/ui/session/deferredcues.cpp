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
        if (pending_->language.isEmpty()) {
            real_->say(pending_->text);
        } else {
            real_->say_in(pending_->text, pending_->language);
        }
        pending_.reset();
    }
}

void DeferredSpeaker::say(const QString& text) {
    if (real_) {
        real_->say(text);
    } else {
        pending_ = Prompt{text, {}}; // a newer prompt replaces an unsaid one, as say() does
    }
}

void DeferredSpeaker::say_in(const QString& text, const QString& language) {
    if (real_) {
        real_->say_in(text, language);
    } else {
        pending_ = Prompt{text, language};
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

bool DeferredSpeaker::speaks(const QString& language) const {
    start();
    return real_ ? real_->speaks(language) : false;
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
