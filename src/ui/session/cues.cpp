#include "ui/session/cues.h"

#include "ui/common/translations.h"
#include "ui/common/words.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QLocale>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QTimer>
#include <QUrl>
#include <QVoice>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iterator>
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

namespace {

// One warning for both the speaker and the chimes: the same missing device silences both.
const char* const no_device_key = "audio";
const char* const no_device_message = "no audio output device; spoken cues and chimes are off";

// A hair faster, a hair slower, then a little more each way: enough to change the length of an
// utterance by a few 20 ms chunks, too little to hear. The sizes differ, so that the nudges
// stay distinct when one at either end of the range is turned inwards.
constexpr double rate_nudges[] = {0.02, -0.03, 0.05, -0.06, 0.08};

} // namespace

std::optional<double> speech_rate_for_attempt(double rate, int attempt) {
    rate = std::clamp(rate, -1.0, 1.0);
    if (attempt <= 0)
        return rate;
    const auto index = static_cast<std::size_t>(attempt - 1);
    if (index >= std::size(rate_nudges))
        return std::nullopt;
    const double nudge = rate_nudges[index];
    // At either end of the range, nudge inwards.
    const double nudged = rate + nudge;
    return nudged < -1.0 || nudged > 1.0 ? rate - nudge : nudged;
}

namespace {

// The language's name in English, for the log.
std::string language_name(const QString& code) {
    return QLocale::languageToString(QLocale(code).language()).toStdString();
}

// A voice of `language` among the engine's: the plain one ("Russian") before its variants
// ("Russian+Alex").
std::optional<QVoice> voice_for(const QTextToSpeech& tts, const QString& language) {
    const QLocale::Language wanted = QLocale(language).language();
    std::optional<QVoice> found;
    for (const QVoice& v : tts.availableVoices()) {
        if (v.locale().language() != wanted)
            continue;
        if (!v.name().contains(QLatin1Char('+')))
            return v;
        if (!found)
            found = v;
    }
    return found;
}

} // namespace

EngineSpeaker::EngineSpeaker(const QString& language) {
    if (QMediaDevices::audioOutputs().isEmpty()) {
        warn_once(no_device_key, no_device_message);
        return;
    }
    const QStringList engines = QTextToSpeech::availableEngines();
    const bool english = language == QLatin1String("en");
    const std::string key = "tts-" + language.toStdString();
    if (english && engines.isEmpty()) {
        warn_once("tts", "no text-to-speech engine is installed; spoken cues are off");
        return;
    }
    if (!english && !engines.contains(QStringLiteral("speechd"))) {
        warn_once(key.c_str(), "no voice speaks " + language_name(language) +
                                   ": Qt's speech-dispatcher engine is not installed "
                                   "(qt6-speech-speechd-plugin); cues in it are not spoken, the "
                                   "chimes still ring");
        return;
    }
    const QString engine = !english                                    ? QStringLiteral("speechd")
                           : engines.contains(QStringLiteral("flite")) ? QStringLiteral("flite")
                                                                       : engines.front();
    tts_ = std::make_unique<QTextToSpeech>(engine);
    speechd_ = engine == QLatin1String("speechd");
    usable_ = tts_->state() != QTextToSpeech::Error;
    if (!usable_) {
        warn_once(key.c_str(), "the text-to-speech engine " + engine.toStdString() +
                                   " cannot speak; spoken cues in " + language_name(language) +
                                   " are off");
        return;
    }
    if (!english) {
        tts_->setLocale(QLocale(language));
        const auto voice = voice_for(*tts_, language);
        if (!voice) {
            warn_once(key.c_str(), "no voice speaks " + language_name(language) +
                                       " (speech-dispatcher-espeak-ng has them); cues in it "
                                       "are not spoken, the chimes still ring");
            usable_ = false;
            return;
        }
        tts_->setVoice(*voice);
        spdlog::info("cues in {} are spoken by {}", language_name(language),
                     voice->name().toStdString());
    }
    // The engine reports from its own thread; the states arrive queued, in order.
    QObject::connect(tts_.get(), &QTextToSpeech::stateChanged, tts_.get(),
                     [this](QTextToSpeech::State state) { on_state(static_cast<int>(state)); });
}

EngineSpeaker::~EngineSpeaker() = default;

void EngineSpeaker::say(const QString& text) {
    if (!usable_)
        return;
    current_ = Utterance{text, 0, false};
    ++serial_;
    retry_ = false;
    if (tts_->state() == QTextToSpeech::Speaking) {
        // Cut the prompt before, and say this one once the engine reports it stopped: Qt
        // 6.4's flite engine handles queued requests while it tears its audio output down, so
        // a say() that follows a stop() too closely can reach a half-deleted output.
        if (!waiting_)
            tts_->stop();
        waiting_ = true;
        return;
    }
    speak();
}

void EngineSpeaker::speak() {
    waiting_ = false;
    retry_ = false;
    if (!current_)
        return;
    const auto rate = speech_rate_for_attempt(rate_, current_->attempt);
    tts_->setRate(rate.value_or(rate_));
    tts_->say(current_->text);
}

void EngineSpeaker::on_state(int state) {
    switch (static_cast<QTextToSpeech::State>(state)) {
    case QTextToSpeech::Speaking:
        if (!current_ || current_->started || waiting_ || retry_)
            return; // still the prompt before
        current_->started = true;
        spdlog::debug("saying \"{}\" (try {})", current_->text.toStdString(),
                      current_->attempt + 1);
        return;
    case QTextToSpeech::Error:
        if (!current_ || !current_->started)
            return; // the end of the prompt before, cut by this one
        ++current_->attempt;
        current_->started = false;
        spdlog::debug("the speech engine failed \"{}\"", current_->text.toStdString());
        if (!speech_rate_for_attempt(rate_, current_->attempt)) {
            warn_once("tts-error", "text-to-speech keeps failing; spoken cues may be missing");
            current_.reset();
            return;
        }
        retry_ = true; // once the engine is Ready again (it follows at once)
        return;
    case QTextToSpeech::Ready:
        if (waiting_ || retry_) {
            // Not from within the engine's own signal. speech-dispatcher reports the cut prompt
            // stopped before its voice module has let go of the audio, and a prompt sent at
            // once is cut with it: it waits a moment longer.
            QTimer::singleShot(speechd_ ? 400 : 0, tts_.get(), [this, serial = serial_] {
                if (serial == serial_ && (waiting_ || retry_))
                    speak();
            });
            return;
        }
        if (current_ && current_->started)
            current_.reset(); // said in full
        return;
    default:
        return;
    }
}

void EngineSpeaker::stop() {
    if (!usable_)
        return;
    current_.reset();
    waiting_ = false;
    retry_ = false;
    tts_->stop();
}

void EngineSpeaker::set_voice(const VoiceSettings& settings) {
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
    rate_ = std::clamp(settings.rate, -1.0, 1.0);
    tts_->setRate(rate_);
    tts_->setVolume(std::clamp(settings.volume, 0.0, 1.0));
}

QStringList EngineSpeaker::voices() const {
    QStringList names;
    if (usable_)
        for (const QVoice& v : tts_->availableVoices())
            names << v.name();
    return names;
}

QtSpeaker::QtSpeaker() {
    (void)engine(language());
}

QtSpeaker::~QtSpeaker() = default;

EngineSpeaker& QtSpeaker::engine(const QString& language) const {
    const QString code = language.isEmpty() ? QStringLiteral("en") : language;
    auto& slot = engines_[code];
    if (!slot) {
        slot = std::make_unique<EngineSpeaker>(code);
        if (settings_)
            slot->set_voice(*settings_);
    }
    return *slot;
}

void QtSpeaker::say(const QString& text) {
    say_in(text, QStringLiteral("en"));
}

void QtSpeaker::say_in(const QString& text, const QString& language) {
    EngineSpeaker& speaker = engine(language);
    for (auto& [code, other] : engines_)
        if (other.get() != &speaker && other->busy())
            other->stop();
    speaker.say(text);
}

void QtSpeaker::stop() {
    for (auto& [code, speaker] : engines_)
        speaker->stop();
}

void QtSpeaker::set_voice(const VoiceSettings& settings) {
    settings_ = settings;
    for (auto& [code, speaker] : engines_)
        speaker->set_voice(settings);
}

QStringList QtSpeaker::voices() const {
    return engine(language()).voices();
}

bool QtSpeaker::speaks(const QString& language) const {
    return engine(language).usable();
}

QtChimes::QtChimes() {
    if (QMediaDevices::audioOutputs().isEmpty()) {
        warn_once(no_device_key, no_device_message);
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
    static constexpr const char* names[] = {"halfway", "ten seconds", "step end"};
    spdlog::debug("chime: {}", names[static_cast<std::size_t>(chime)]);
    e.play();
}

CuePlayer::CuePlayer(std::unique_ptr<Speaker> speaker, std::unique_ptr<Chimes> chimes,
                     QObject* parent)
    : QObject(parent), speaker_(std::move(speaker)), chimes_(std::move(chimes)) {}

CuePlayer::~CuePlayer() = default;

void CuePlayer::attach(const SessionController* controller) {
    disconnect(subscription_);
    controller_ = controller;
    if (controller_)
        subscription_ = connect(controller_, &SessionController::delivered, this,
                                [this](const SessionEvent& e) { on_event(e); });
}

void CuePlayer::set_muted(bool muted) {
    muted_ = muted;
    if (muted_)
        speaker_->stop();
}

namespace {

// The language in which the player's own prompts are said: the interface's, when its
// catalogue translates them; otherwise English (their source).
QString phrase_language() {
    const char* probe = "Halfway";
    return QCoreApplication::translate("effleur::ui::CuePlayer", probe) != QLatin1String(probe)
               ? language()
               : QStringLiteral("en");
}

} // namespace

QString text_language_of(const Text& text, const QString& language) {
    // get() answers with the English text itself when it has no translation.
    return &text.get(language.toStdString()) == &text.en ? QStringLiteral("en") : language;
}

void CuePlayer::on_event(const SessionEvent& e) {
    if (muted_ || !controller_)
        return;
    // The player's own prompts (and a breathing step's counts) in the catalogue's language.
    const QString ours = phrase_language();
    switch (e.kind) {
    case EventKind::StepStarted: {
        // The second side's start follows a side-switch, which already spoke.
        if (e.part > 0)
            return;
        const Protocol& p = controller_->engine().protocol();
        if (e.stage >= p.stages.size() || e.step >= p.stages[e.stage].steps.size())
            return;
        const Step& step = p.stages[e.stage].steps[e.step];
        const Text& text = step.cue.empty() ? step.title : step.cue;
        // Said in the language the text is shown in: the interface's, or English where the
        // protocol has no translation into it.
        const QString lang = text_language_of(text, language());
        QString words = QString::fromStdString(text.get(lang.toStdString()));
        // A breathing step's first count falls at its start; say it here, as one utterance,
        // since a new prompt cuts the one before.
        if (step.breathing && !step.breathing->phases.empty())
            words = tr("%1. %2").arg(
                words, Words::breath_phase_spoken(step.breathing->phases.front().kind));
        speaker_->say_in(words, lang);
        return;
    }
    case EventKind::SideSwitch:
        speaker_->say_in(tr("Switch sides"), ours);
        return;
    case EventKind::Halfway:
        speaker_->say_in(tr("Halfway"), ours);
        chimes_->play(Chime::Halfway);
        return;
    case EventKind::TenSecondsLeft:
        speaker_->say_in(tr("Ten seconds"), ours);
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
        speaker_->say_in(
            e.count == 1 ? Words::breath_phase_spoken(*e.phase) : QString::number(e.count), ours);
        return;
    case EventKind::SessionFinished:
        speaker_->say_in(tr("Session complete"), ours);
        return;
    default:
        return;
    }
}

} // namespace effleur::ui
