#include "ui/journal/journaltext.h"

#include "ui/common/words.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QStringList>

#include <algorithm>

namespace effleur::ui::journal_text {

namespace {

using std::chrono::milliseconds;

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

qint64 ms_of(storage::WallTime t) {
    return static_cast<qint64>(
        std::chrono::duration_cast<milliseconds>(t.time_since_epoch()).count());
}

// How a step or side came to an end, as the record says it; empty when it ran its time.
QString ended_words(const std::string& by) {
    if (by == "clock")
        return {};
    if (by == "next" || by == "skip")
        return QObject::tr("skipped");
    if (by == "back")
        return QObject::tr("went back");
    if (by == "restart")
        return QObject::tr("restarted");
    if (by == "jump")
        return QObject::tr("left for another step");
    if (by == "command")
        return QObject::tr("session stopped");
    if (by.empty())
        return QObject::tr("not ended");
    return str(by);
}

QString side_words(const std::string& side) {
    if (side == "left")
        return Words::side(BodySide::Left);
    if (side == "right")
        return Words::side(BodySide::Right);
    return str(side);
}

// The lines of a multi-line field, each indented under its heading.
void add_field(QStringList& out, const QString& heading, const std::string& value,
               const QString& indent) {
    if (value.empty())
        return;
    const QStringList lines = str(value).split(QLatin1Char('\n'));
    out << indent + heading + QStringLiteral(": ") + lines.front();
    for (qsizetype i = 1; i < lines.size(); ++i)
        out << indent + QStringLiteral("  ") + lines[i];
}

} // namespace

QString time_of_day(storage::WallTime t) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms_of(t)).toLocalTime();
    return QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString when(storage::WallTime t) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms_of(t)).toLocalTime();
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString duration(milliseconds d) {
    const auto total =
        std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::seconds>(d).count());
    const auto h = total / 3600;
    const auto m = (total / 60) % 60;
    const auto s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString duration_against_plan(const storage::SessionSummary& s) {
    return QObject::tr("%1 of %2")
        .arg(s.active ? duration(*s.active) : QStringLiteral("\u2014"), duration(s.planned));
}

QString protocol_and_day(const storage::SessionSummary& s) {
    QString out = str(s.protocol_title.empty() ? s.protocol_id : s.protocol_title);
    if (s.day)
        out += QStringLiteral(" \u2014 ") + QObject::tr("day %1").arg(*s.day);
    else if (!s.stage_title.empty())
        out += QStringLiteral(" \u2014 ") + str(s.stage_title);
    else if (s.stage)
        out += QStringLiteral(" \u2014 ") + QObject::tr("stage %1").arg(*s.stage + 1);
    return out;
}

QString outcome(const storage::SessionSummary& s, const QString& blocked_item) {
    switch (s.outcome) {
    case storage::Outcome::Finished:
        return QObject::tr("finished");
    case storage::Outcome::Stopped:
        return s.end_reason.empty()
                   ? QObject::tr("stopped early")
                   : QObject::tr("stopped early: %1").arg(Words::stop_reason(s.end_reason));
    case storage::Outcome::Interrupted:
        return QObject::tr("interrupted");
    case storage::Outcome::Blocked:
        return blocked_item.isEmpty() ? QObject::tr("blocked")
                                      : QObject::tr("blocked: %1").arg(blocked_item);
    case storage::Outcome::Running:
        break;
    }
    return QObject::tr("running");
}

QString verdict(const std::string& word) {
    if (word == "clear")
        return QObject::tr("clear");
    if (word == "blocked")
        return QObject::tr("blocked");
    if (word == "needs-acknowledgement")
        return QObject::tr("needs acknowledgement");
    if (word == "incomplete")
        return QObject::tr("incomplete");
    return str(word);
}

QString item_words(const GateRecord& gate, const std::string& item) {
    for (const GateAnswer& a : gate.answers)
        if (a.item == item && !a.text.empty())
            return str(a.text);
    return str(item);
}

QString record(const storage::SessionRecord& r) {
    const storage::SessionSummary& s = r.summary;
    QStringList out;
    out << str(s.client_name) + QStringLiteral(" \u2014 ") + protocol_and_day(s);
    out << QObject::tr("Protocol %1, version %2").arg(str(s.protocol_id)).arg(r.protocol_version);
    QString started = QObject::tr("Started %1").arg(when(s.started));
    if (s.ended)
        started += QObject::tr(", ended %1").arg(when(*s.ended));
    out << started;
    const QString blocked = item_words(r.gate, r.blocked_item);
    out << QObject::tr("Outcome: %1").arg(outcome(s, r.blocked_item.empty() ? QString() : blocked));
    if (s.outcome != storage::Outcome::Blocked)
        out << QObject::tr("Duration: %1 planned").arg(duration_against_plan(s));
    if (r.speed_milli != 1000)
        out << QObject::tr("Speed: %1\u00d7").arg(static_cast<double>(r.speed_milli) / 1000.0);

    out << QString()
        << QObject::tr("Checklist (%1), answered %2").arg(verdict(s.verdict), when(r.gate.at));
    if (r.gate.answers.empty())
        out << QObject::tr("  No items.");
    for (const GateAnswer& a : r.gate.answers) {
        QString line =
            QStringLiteral("  %1 (%2): %3")
                .arg(str(a.text.empty() ? a.item : a.text),
                     Words::contraindication_kind_short(a.kind), Words::answer(a.answer));
        if (a.from_last_time)
            line += QObject::tr(", as last time");
        if (a.acknowledged)
            line += QObject::tr(", acknowledged");
        if (!a.note.empty())
            line += QObject::tr(" \u2014 note: %1").arg(str(a.note));
        out << line;
    }
    for (const std::string& reason : r.gate.reasons)
        out << QStringLiteral("  ") + str(reason);
    if (!r.gate.assessment.empty()) {
        out << QObject::tr("  Functional assessment:");
        add_field(out, QObject::tr("Notes"), r.gate.assessment.notes, QStringLiteral("    "));
        for (AssessmentArea area : assessment_areas)
            add_field(out, Words::assessment_area(area), r.gate.assessment.area(area),
                      QStringLiteral("    "));
    }

    const auto runs = storage::part_runs(r.events);
    if (!runs.empty()) {
        const bool stages = std::any_of(runs.begin(), runs.end(),
                                        [](const storage::PartRun& p) { return p.stage != 0; });
        out << QString() << QObject::tr("Steps as they ran");
        for (const storage::PartRun& p : runs) {
            QString line = stages ? QStringLiteral("  %1.%2 ").arg(p.stage + 1).arg(p.step + 1)
                                  : QStringLiteral("  %1. ").arg(p.step + 1);
            line += str(p.step_title.empty() ? p.step_id : p.step_title);
            if (!p.side.empty())
                line += QStringLiteral(" (%1)").arg(side_words(p.side));
            line += QStringLiteral(", ") +
                    QObject::tr("%1 of %2").arg(duration(p.real), duration(p.planned));
            if (p.extended.count() != 0)
                line += QObject::tr(", extended by %1").arg(duration(p.extended));
            if (const QString ended = ended_words(p.ended_by); !ended.isEmpty())
                line += QStringLiteral(", ") + ended;
            line += QStringLiteral(" (%1)").arg(time_of_day(p.started));
            out << line;
        }
    }
    int pauses = 0;
    milliseconds paused{0};
    bool is_paused = false;
    milliseconds paused_at{0};
    for (const storage::EventRow& e : r.events) {
        if (e.kind == "paused") {
            ++pauses;
            is_paused = true;
            paused_at = e.offset;
        } else if (e.kind == "resumed" && is_paused) {
            paused += e.offset - paused_at;
            is_paused = false;
        }
    }
    if (!r.events.empty())
        out << (pauses == 0
                    ? QObject::tr("No pauses.")
                    : QObject::tr("%n pause(s), %1 in all", nullptr, pauses).arg(duration(paused)));

    out << QString() << QObject::tr("Notes");
    if (r.notes.empty())
        out << QObject::tr("  None yet.");
    for (const storage::Note& n : r.notes) {
        // An amendment sits under what it amends, one step further in.
        const QString head = n.amends ? QStringLiteral("    ") : QStringLiteral("  ");
        const QString indent = head + QStringLiteral("  ");
        out << head + (n.amends ? QObject::tr("Amended %1:") : QObject::tr("Note, %1:"))
                          .arg(when(n.written));
        add_field(out, QObject::tr("Felt"), n.felt, indent);
        add_field(out, QObject::tr("Pressure"), n.pressure, indent);
        add_field(out, QObject::tr("Findings"), n.findings, indent);
        add_field(out, QObject::tr("Advice"), n.advice, indent);
        add_field(out, QObject::tr("Plan"), n.plan, indent);
    }

    if (!r.marks.empty()) {
        out << QString() << QObject::tr("Marks on the diagram");
        for (const storage::Mark& m : r.marks) {
            QString line = QStringLiteral("  %1: %2").arg(str(m.diagram), Words::mark_kind(m.kind));
            if (!m.label.empty())
                line += QStringLiteral(" \u2014 ") + str(m.label);
            out << line;
        }
    }
    if (!r.procedure.empty()) {
        out << QString() << QObject::tr("Procedure");
        for (const storage::ProcedureTick& t : r.procedure) {
            QString line =
                QStringLiteral("  [%1] %2")
                    .arg(t.done ? QStringLiteral("x") : QStringLiteral(" "), str(t.item));
            if (!t.note.empty())
                line += QStringLiteral(" \u2014 ") + str(t.note);
            out << line;
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString standing_notes(const storage::Client& c) {
    QStringList out;
    const std::pair<QString, const std::string*> fields[] = {
        {QObject::tr("Preferences"), &c.preferences},
        {QObject::tr("Allergies"), &c.allergies},
        {QObject::tr("Avoid"), &c.avoid},
        {QObject::tr("Contact"), &c.contact},
        {QObject::tr("Born"), &c.birth_date}};
    for (const auto& [heading, value] : fields)
        if (!value->empty())
            out << heading + QStringLiteral(": ") + str(*value);
    if (out.isEmpty())
        out << QObject::tr("No standing notes.");
    return out.join(QLatin1Char('\n'));
}

} // namespace effleur::ui::journal_text
