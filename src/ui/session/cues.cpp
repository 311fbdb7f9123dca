#include "ui/session/cues.h"

#include "ui/common/translations.h"
#include "ui/common/words.h"

#include <QCoreApplication>

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
