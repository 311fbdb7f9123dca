#include "ui/cues.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>
#include <QVoice>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <string>

namespace effleur::ui {

void warn_once(const char* key, const std::string& message) {
    static std::mutex mutex;
    static std::set<std::string> seen;
    const std::lock_guard lock(mutex);
    if (seen.insert(key).second)
        spdlog::warn("{}", message);
}

QtSpeaker::QtSpeaker() {
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        warn_once("tts", "no text-to-speech engine is installed; spoken cues are off");
        return;
    }
    const QString engine =
        engines.contains(QStringLiteral("flite")) ? QStringLiteral("flite") : engines.front();
    tts_ = std::make_unique<QTextToSpeech>(engine);
    usable_ = tts_->state() != QTextToSpeech::Error;
    // The error state passes within milliseconds (Qt 6.4's flite fails utterances shorter than
    // about a second this way), so say() would rarely see it: note it as it happens.
    QObject::connect(tts_.get(), &QTextToSpeech::stateChanged, [](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error)
            warn_once("tts-error", "text-to-speech failed; spoken cues may be missing");
    });
    if (!usable_)
        warn_once("tts", "the text-to-speech engine " + engine.toStdString() +
                             " cannot speak; spoken cues are off");
}

QtSpeaker::~QtSpeaker() = default;

void QtSpeaker::say(const QString& text) {
    if (!usable_)
        return;
    if (tts_->state() == QTextToSpeech::Error) {
        warn_once("tts-error", "text-to-speech failed; spoken cues may be missing");
        return;
    }
    tts_->stop();
    tts_->say(text);
}

void QtSpeaker::stop() {
    if (usable_)
        tts_->stop();
}

void QtSpeaker::set_voice(const VoiceSettings& settings) {
    if (!usable_)
        return;
    if (!settings.voice.isEmpty()) {
        // A voice saved with another engine or an uninstalled voice keeps the current one.
        for (const QVoice& v : tts_->availableVoices())
            if (v.name() == settings.voice) {
                tts_->setVoice(v);
                break;
            }
    }
    tts_->setRate(std::clamp(settings.rate, -1.0, 1.0));
    tts_->setVolume(std::clamp(settings.volume, 0.0, 1.0));
}

QStringList QtSpeaker::voices() const {
    QStringList names;
    if (usable_)
        for (const QVoice& v : tts_->availableVoices())
            names << v.name();
    return names;
}

QtChimes::QtChimes() {
    if (QMediaDevices::audioOutputs().isEmpty()) {
        warn_once("audio", "no audio output device; chimes are off");
        return;
    }
    const char* files[3] = {"qrc:/sounds/halfway.wav", "qrc:/sounds/ten-seconds.wav",
                            "qrc:/sounds/step-end.wav"};
    for (std::size_t i = 0; i < 3; ++i) {
        effects_[i] = std::make_unique<QSoundEffect>();
        effects_[i]->setSource(QUrl(QLatin1String(files[i])));
        effects_[i]->setVolume(0.8f);
    }
    usable_ = true;
}

QtChimes::~QtChimes() = default;

void QtChimes::set_volume(double volume) {
    if (!usable_)
        return;
    for (auto& e : effects_)
        e->setVolume(static_cast<float>(std::clamp(volume, 0.0, 1.0)));
}

void QtChimes::play(Chime chime) {
    if (!usable_)
        return;
    QSoundEffect& e = *effects_[static_cast<std::size_t>(chime)];
    if (e.status() == QSoundEffect::Error) {
        warn_once("chime-error", "a chime cannot be played; chimes may be missing");
        return;
    }
    e.play();
}

CuePlayer::CuePlayer(std::unique_ptr<Speaker> speaker, std::unique_ptr<Chimes> chimes,
                     QObject* parent)
    : QObject(parent), speaker_(std::move(speaker)), chimes_(std::move(chimes)) {}

CuePlayer::~CuePlayer() = default;

void CuePlayer::attach(StepEngine* engine) {
    subscription_.reset();
    engine_ = engine;
    if (engine_)
        subscription_ =
            engine_->notifier().subscribe([this](const SessionEvent& e) { on_event(e); });
}

void CuePlayer::set_muted(bool muted) {
    muted_ = muted;
    if (muted_)
        speaker_->stop();
}

namespace {

QString breath_words(BreathPhaseKind phase) {
    switch (phase) {
    case BreathPhaseKind::InhaleBelly:
        return QStringLiteral("Breathe in, belly");
    case BreathPhaseKind::InhaleChest:
        return QStringLiteral("Breathe in, chest");
    case BreathPhaseKind::ExhaleChest:
        return QStringLiteral("Breathe out, chest");
    case BreathPhaseKind::ExhaleBelly:
        return QStringLiteral("Breathe out, belly");
    case BreathPhaseKind::Hold:
        return QStringLiteral("Hold");
    }
    return {};
}

} // namespace

void CuePlayer::on_event(const SessionEvent& e) {
    if (muted_ || !engine_)
        return;
    switch (e.kind) {
    case EventKind::StepStarted: {
        // The second side's start follows a side-switch, which already spoke.
        if (e.part > 0)
            return;
        const Protocol& p = engine_->protocol();
        if (e.stage >= p.stages.size() || e.step >= p.stages[e.stage].steps.size())
            return;
        const Step& step = p.stages[e.stage].steps[e.step];
        QString words =
            QString::fromStdString(step.cue.empty() ? step.title.get() : step.cue.get());
        // A breathing step's first count falls at its start; say it here, as one utterance,
        // since a new prompt cuts the one before.
        if (step.breathing && !step.breathing->phases.empty())
            words += QStringLiteral(". ") + breath_words(step.breathing->phases.front().kind);
        speaker_->say(words);
        return;
    }
    case EventKind::SideSwitch:
        speaker_->say(QStringLiteral("Switch sides"));
        return;
    case EventKind::Halfway:
        speaker_->say(QStringLiteral("Halfway"));
        chimes_->play(Chime::Halfway);
        return;
    case EventKind::TenSecondsLeft:
        speaker_->say(QStringLiteral("Ten seconds"));
        chimes_->play(Chime::TenSeconds);
        return;
    case EventKind::StepEnded:
        // Only the clock's end rings: a key press needs no confirmation by ear.
        if (e.cause == EventCause::Clock)
            chimes_->play(Chime::StepEnd);
        return;
    case EventKind::BreathingPhase:
        if (!e.phase || (e.round == 1 && e.phase_index == 0 && e.count == 1))
            return;
        speaker_->say(e.count == 1 ? breath_words(*e.phase) : QString::number(e.count));
        return;
    case EventKind::SessionFinished:
        speaker_->say(QStringLiteral("Session complete"));
        return;
    default:
        return;
    }
}

} // namespace effleur::ui
