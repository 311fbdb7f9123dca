#pragma once
// Words that several views, the spoken cues and the printed pages say, in the user's language:
// breath phases, sides, techniques, pressure, contraindication kinds, citations and why a session
// stopped early. Kept in one place so that a translation says each of them one way. Needs only
// QtCore, so the print library uses them too. Nothing here throws.

#include "core/gate.h"
#include "core/protocol.h"
#include "core/stopreason.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace effleur::ui {

class Words {
    Q_DECLARE_TR_FUNCTIONS(effleur::ui::Words)

public:
    // "Breathe in — belly": the pacer's line.
    [[nodiscard]] static QString breath_phase(BreathPhaseKind phase);
    // "Breathe in, belly": the same phase as the voice says it.
    [[nodiscard]] static QString breath_phase_spoken(BreathPhaseKind phase);
    // "left side", "right side".
    [[nodiscard]] static QString side(BodySide side);
    // "Stroking", "Kneading", ...
    [[nodiscard]] static QString technique(Technique technique);
    // "superficial pressure", ...
    [[nodiscard]] static QString pressure(Depth depth);
    // "Absolute — stops the session", "Relative — needs acknowledgement", "Tell the specialist
    // first".
    [[nodiscard]] static QString contraindication_kind(ContraindicationKind kind);
    // "absolute", "relative", "tell the specialist".
    [[nodiscard]] static QString contraindication_kind_short(ContraindicationKind kind);
    // A checklist answer as the journal and the printed summary give it: "yes", "no", "not
    // answered".
    [[nodiscard]] static QString answer(Answer answer);
    // A body mark's kind as recorded ("tension", "pain", "bruise", "injection", "other"), in
    // words; an unknown kind as it is.
    [[nodiscard]] static QString mark_kind(const std::string& kind);
    // "Soft-tissue tension", ...: the areas of the functional consultation.
    [[nodiscard]] static QString assessment_area(AssessmentArea area);
    // "face", "neck", "collar", ...: a body region a protocol works (the format's region ids);
    // an id the format does not know, with spaces for its hyphens.
    [[nodiscard]] static QString region(std::string_view id);
    // "ended by the therapist", "interrupted by a crash": why a session stopped early.
    [[nodiscard]] static QString stop_reason(StopReason reason);
    // A stop reason as the journal keeps it: a known code in words, anything else (free text)
    // as it is.
    [[nodiscard]] static QString stop_reason(std::string_view stored);
    // "source 000, lines 47–54".
    [[nodiscard]] static QString citation(const Citation& cite);
    // Why an item is on the checklist: "Pregnancy — listed as a contraindication for Plastic
    // facial massage (source 000, lines 47–54)".
    [[nodiscard]] static QString gate_reason(const GateItem& item, const QString& protocol_title);
    // Why the session cannot start yet, one sentence each; empty when it can. When blocked, the
    // blocking items' reasons.
    [[nodiscard]] static QStringList verdict_reasons(const Checklist& checklist,
                                                     const QString& protocol_title);
};

} // namespace effleur::ui
