#include "modules/voice/qtvoice.h"

#include <QAudioDevice>
#include <QLocale>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QTimer>
#include <QUrl>
#include <QVoice>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <string>

namespace effleur::ui {

namespace {

// Logs `message` as a warning the first time `key` is seen; later calls stay silent.
void warn_once(const char* key, const std::string& message) {
    static std::mutex mutex;
    static std::set<std::string> seen;
    const std::lock_guard lock(mutex);
    if (seen.insert(key).second)
        spdlog::warn("{}", message);
}

} // namespace

namespace {

// One warning for both the speaker and the chimes: the same missing device silences both.
const char* const no_device_key = "audio";
const char* const no_device_message = "no audio output device; spoken cues and chimes are off";

} // namespace

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

QtSpeaker::QtSpeaker(const QString& language) : language_(language) {
    (void)engine(language_);
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
    return engine(language_).voices();
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

} // namespace effleur::ui
