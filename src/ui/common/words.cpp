#include "ui/common/words.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace effleur::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

QString Words::breath_phase(BreathPhaseKind phase) {
    switch (phase) {
    case BreathPhaseKind::InhaleBelly:
        return tr("Breathe in \u2014 belly");
    case BreathPhaseKind::InhaleChest:
        return tr("Breathe in \u2014 chest");
    case BreathPhaseKind::ExhaleChest:
        return tr("Breathe out \u2014 chest");
    case BreathPhaseKind::ExhaleBelly:
        return tr("Breathe out \u2014 belly");
    case BreathPhaseKind::Hold:
        break;
    }
    return tr("Hold");
}

QString Words::breath_phase_spoken(BreathPhaseKind phase) {
    switch (phase) {
    case BreathPhaseKind::InhaleBelly:
        return tr("Breathe in, belly");
    case BreathPhaseKind::InhaleChest:
        return tr("Breathe in, chest");
    case BreathPhaseKind::ExhaleChest:
        return tr("Breathe out, chest");
    case BreathPhaseKind::ExhaleBelly:
        return tr("Breathe out, belly");
    case BreathPhaseKind::Hold:
        break;
    }
    return tr("Hold");
}

QString Words::side(BodySide side) {
    return side == BodySide::Left ? tr("left side") : tr("right side");
}

QString Words::technique(Technique technique) {
    switch (technique) {
    case Technique::Stroking:
        return tr("Stroking");
    case Technique::Rubbing:
        return tr("Rubbing");
    case Technique::Kneading:
        return tr("Kneading");
    case Technique::Tapping:
        return tr("Tapping");
    case Technique::Vibration:
        return tr("Vibration");
    case Technique::Pressing:
        return tr("Pressing");
    case Technique::Fixation:
        return tr("Fixation");
    case Technique::Rolling:
        return tr("Rolling");
    case Technique::Sawing:
        return tr("Sawing");
    case Technique::Planing:
        return tr("Planing");
    case Technique::Shading:
        return tr("Shading");
    case Technique::Pinching:
        return tr("Pinching");
    case Technique::Squeezing:
        return tr("Squeezing");
    case Technique::Drainage:
        return tr("Drainage");
    case Technique::Breathing:
        return tr("Breathing");
    case Technique::Procedure:
        return tr("Procedure");
    case Technique::Preparation:
        break;
    }
    return tr("Preparation");
}

QString Words::pressure(Depth depth) {
    switch (depth) {
    case Depth::Superficial:
        return tr("superficial pressure");
    case Depth::Medium:
        return tr("medium pressure");
    case Depth::Deep:
        break;
    }
    return tr("deep pressure");
}

QString Words::contraindication_kind(ContraindicationKind kind) {
    switch (kind) {
    case ContraindicationKind::Absolute:
        return tr("Absolute \u2014 stops the session");
    case ContraindicationKind::Relative:
        return tr("Relative \u2014 needs acknowledgement");
    case ContraindicationKind::TellSpecialist:
        break;
    }
    return tr("Tell the specialist first");
}

QString Words::contraindication_kind_short(ContraindicationKind kind) {
    switch (kind) {
    case ContraindicationKind::Absolute:
        return tr("absolute");
    case ContraindicationKind::Relative:
        return tr("relative");
    case ContraindicationKind::TellSpecialist:
        break;
    }
    return tr("tell the specialist");
}

QString Words::region(std::string_view id) {
    if (id == "face")
        return tr("face");
    if (id == "neck")
        return tr("neck");
    if (id == "decollete")
        return tr("décolleté");
    if (id == "collar")
        return tr("collar");
    if (id == "back")
        return tr("back");
    if (id == "arms")
        return tr("arms");
    if (id == "upper-body")
        return tr("upper body");
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()))
        .replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString Words::stop_reason(StopReason reason) {
    switch (reason) {
    case StopReason::ByTherapist:
        return tr("ended by the therapist");
    case StopReason::Crash:
        break;
    }
    return tr("interrupted by a crash");
}

QString Words::stop_reason(std::string_view stored) {
    if (const auto known = stop_reason_from(stored))
        return stop_reason(*known);
    return QString::fromUtf8(stored.data(), static_cast<qsizetype>(stored.size()));
}

QString Words::answer(Answer answer) {
    switch (answer) {
    case Answer::Yes:
        return tr("yes");
    case Answer::No:
        return tr("no");
    case Answer::Unanswered:
        break;
    }
    return tr("not answered");
}

QString Words::mark_kind(const std::string& kind) {
    if (kind == "tension")
        return tr("tension");
    if (kind == "pain")
        return tr("pain");
    if (kind == "bruise")
        return tr("bruise");
    if (kind == "injection")
        return tr("injection");
    if (kind == "other")
        return tr("other");
    return QString::fromStdString(kind);
}

QString Words::assessment_area(AssessmentArea area) {
    switch (area) {
    case AssessmentArea::SoftTissue:
        return tr("Soft-tissue tension");
    case AssessmentArea::Mobility:
        return tr("Mobility of face, neck and head");
    case AssessmentArea::Asymmetry:
        return tr("Asymmetries");
    case AssessmentArea::FluidFlow:
        break;
    }
    return tr("Flow of blood and lymph");
}

QString Words::citation(const Citation& cite) {
    const QLocale locale;
    const QString source = qs(cite.source);
    if (cite.line_first <= 0)
        return tr("source %1").arg(source);
    if (cite.line_last > cite.line_first)
        return tr("source %1, lines %2\u2013%3")
            .arg(source, locale.toString(cite.line_first), locale.toString(cite.line_last));
    return tr("source %1, line %2").arg(source, locale.toString(cite.line_first));
}

QString Words::gate_reason(const GateItem& item, const QString& title) {
    const QString where = item.cite ? citation(*item.cite) : tr("no source given");
    const QString text = qs(item.text);
    switch (item.kind) {
    case ContraindicationKind::Absolute:
        if (item.suggested)
            return tr("%1 \u2014 a suggested contraindication for %2, taken from %3")
                .arg(text, title, where);
        return tr("%1 \u2014 listed as a contraindication for %2 (%3)").arg(text, title, where);
    case ContraindicationKind::Relative:
        return tr("%1 \u2014 listed as a relative contraindication for %2 (%3)")
            .arg(text, title, where);
    case ContraindicationKind::TellSpecialist:
        break;
    }
    return tr("%1 \u2014 the source says the specialist must be told (%2)").arg(text, where);
}

QStringList Words::verdict_reasons(const Checklist& checklist, const QString& title) {
    const Verdict v = checklist.verdict();
    QStringList out;
    if (!v.blocking.empty()) {
        for (const std::size_t i : v.blocking)
            out << gate_reason(checklist.item(i), title);
        return out;
    }
    if (v.prefill_unconfirmed)
        out << tr("Confirm last time's answers with the client first.");
    const auto fresh = std::count_if(v.unanswered.begin(), v.unanswered.end(),
                                     [&](std::size_t i) { return !checklist.prefilled(i); });
    if (fresh > 0)
        out << tr("%n item(s) not answered yet.", nullptr, static_cast<int>(fresh));
    if (!v.unacknowledged.empty()) {
        QStringList names;
        for (const std::size_t i : v.unacknowledged)
            names << qs(checklist.item(i).text);
        out << tr("Acknowledge %1.").arg(names.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace effleur::ui
