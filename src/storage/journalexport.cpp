// CSV and JSON exports of the journal. See journalexport.h.

#include "storage/journalexport.h"

#include "storage/journalstore.h"

#include <algorithm>

namespace effleur::storage {

namespace {

using nlohmann::ordered_json;

std::string csv_cell(std::string s) {
    if (!s.empty() &&
        (s.front() == '=' || s.front() == '+' || s.front() == '-' || s.front() == '@'))
        s.insert(s.begin(), '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_row(std::initializer_list<std::string> cells) {
    std::string row;
    bool first = true;
    for (const std::string& c : cells) {
        if (!first)
            row += ',';
        row += csv_cell(c);
        first = false;
    }
    return row + "\r\n";
}

std::string seconds(std::chrono::milliseconds ms) {
    const auto v = ms.count();
    std::string s = std::to_string(v / 1000);
    const auto frac = (v < 0 ? -v : v) % 1000;
    if (frac != 0) {
        std::string f = std::to_string(frac);
        f.insert(f.begin(), 3 - f.size(), '0');
        while (!f.empty() && f.back() == '0')
            f.pop_back();
        if (v < 0 && v / 1000 == 0)
            s = "-0";
        s += "." + f;
    }
    return s;
}

ordered_json optional_time(const std::optional<WallTime>& t) {
    return t ? ordered_json(utc_text(*t)) : ordered_json(nullptr);
}

} // namespace

std::string utc_text(WallTime t) {
    return format_utc(t);
}

ordered_json to_json(const Client& c) {
    return ordered_json{{"id", c.id},
                        {"name", c.name},
                        {"contact", c.contact},
                        {"birth_date", c.birth_date},
                        {"preferences", c.preferences},
                        {"allergies", c.allergies},
                        {"avoid", c.avoid},
                        {"created", utc_text(c.created)},
                        {"updated", utc_text(c.updated)}};
}

ordered_json to_json(const SessionSummary& s) {
    ordered_json j{
        {"id", s.id},
        {"client", {{"id", s.client}, {"name", s.client_name}}},
        {"protocol", {{"id", s.protocol_id}, {"title", s.protocol_title}}},
        {"stage", s.stage ? ordered_json(*s.stage) : ordered_json(nullptr)},
        {"stage_title", s.stage_title},
        {"day", s.day ? ordered_json(*s.day) : ordered_json(nullptr)},
        {"started", utc_text(s.started)},
        {"ended", optional_time(s.ended)},
        {"planned_seconds", static_cast<double>(s.planned.count()) / 1000.0},
        {"active_seconds", s.active ? ordered_json(static_cast<double>(s.active->count()) / 1000.0)
                                    : ordered_json(nullptr)},
        {"outcome", std::string(to_string(s.outcome))},
        {"end_reason", s.end_reason},
        {"verdict", s.verdict},
        {"note", s.note_line}};
    return j;
}

ordered_json to_json(const SessionRecord& r) {
    ordered_json j = to_json(r.summary);
    j["protocol"]["version"] = r.protocol_version;
    j["protocol"]["sha256"] = r.protocol_hash;
    j["speed"] = static_cast<double>(r.speed_milli) / 1000.0;
    j["blocked_item"] = r.blocked_item;
    j["gate"] = ordered_json::parse(gate_record_to_json(r.gate).dump());
    ordered_json events = ordered_json::array();
    for (const EventRow& e : r.events) {
        ordered_json ej{{"seq", e.seq},
                        {"kind", e.kind},
                        {"cause", e.cause},
                        {"stage", e.stage},
                        {"step", e.step},
                        {"step_id", e.step_id},
                        {"step_title", e.step_title},
                        {"part", e.part},
                        {"side", e.side},
                        {"at", utc_text(e.at)},
                        {"offset_seconds", static_cast<double>(e.offset.count()) / 1000.0}};
        if (e.kind == "extended" || e.kind == "step-started")
            ej["amount_seconds"] = static_cast<double>(e.amount.count()) / 1000.0;
        if (e.kind == "speed-changed")
            ej["speed"] = static_cast<double>(e.value_milli) / 1000.0;
        events.push_back(std::move(ej));
    }
    j["events"] = std::move(events);
    ordered_json steps = ordered_json::array();
    for (const PartRun& p : part_runs(r.events)) {
        steps.push_back({{"stage", p.stage},
                         {"step", p.step},
                         {"step_id", p.step_id},
                         {"title", p.step_title},
                         {"part", p.part},
                         {"side", p.side},
                         {"started", utc_text(p.started)},
                         {"ended", optional_time(p.ended)},
                         {"planned_seconds", static_cast<double>(p.planned.count()) / 1000.0},
                         {"real_seconds", static_cast<double>(p.real.count()) / 1000.0},
                         {"extended_seconds", static_cast<double>(p.extended.count()) / 1000.0},
                         {"ended_by", p.ended_by}});
    }
    j["steps"] = std::move(steps);
    ordered_json notes = ordered_json::array();
    for (const Note& n : r.notes) {
        notes.push_back({{"id", n.id},
                         {"written", utc_text(n.written)},
                         {"felt", n.felt},
                         {"pressure", n.pressure},
                         {"findings", n.findings},
                         {"advice", n.advice},
                         {"plan", n.plan},
                         {"amends", n.amends ? ordered_json(*n.amends) : ordered_json(nullptr)}});
    }
    j["notes"] = std::move(notes);
    ordered_json marks = ordered_json::array();
    for (const Mark& m : r.marks) {
        marks.push_back({{"id", m.id},
                         {"diagram", m.diagram},
                         {"x", m.x},
                         {"y", m.y},
                         {"radius", m.radius},
                         {"kind", m.kind},
                         {"label", m.label},
                         {"written", utc_text(m.written)}});
    }
    j["marks"] = std::move(marks);
    ordered_json procedure = ordered_json::array();
    for (const ProcedureTick& t : r.procedure)
        procedure.push_back({{"item", t.item}, {"done", t.done}, {"note", t.note}});
    j["procedure"] = std::move(procedure);
    return j;
}

ordered_json client_record_json(const JournalStore& store, std::int64_t client) {
    ordered_json j;
    const auto c = store.client(client);
    if (!c)
        return j;
    j["format"] = "effleur-client-record";
    j["version"] = 1;
    j["client"] = to_json(*c);
    ordered_json sessions = ordered_json::array();
    auto history = store.history(client);
    std::reverse(history.begin(), history.end());
    for (const SessionSummary& s : history) {
        if (auto r = store.session(s.id))
            sessions.push_back(to_json(*r));
    }
    j["sessions"] = std::move(sessions);
    return j;
}

std::string sessions_csv(const std::vector<SessionSummary>& sessions) {
    std::string out =
        csv_row({"session", "client", "started", "ended", "protocol", "title", "stage", "day",
                 "planned_seconds", "active_seconds", "outcome", "end_reason", "verdict", "note"});
    for (const SessionSummary& s : sessions) {
        out += csv_row({std::to_string(s.id), s.client_name, utc_text(s.started),
                        s.ended ? utc_text(*s.ended) : std::string(), s.protocol_id,
                        s.protocol_title, s.stage ? std::to_string(*s.stage + 1) : std::string(),
                        s.day ? std::to_string(*s.day) : std::string(), seconds(s.planned),
                        s.active ? seconds(*s.active) : std::string(),
                        std::string(to_string(s.outcome)), s.end_reason, s.verdict, s.note_line});
    }
    return out;
}

std::string steps_csv(const JournalStore& store, const std::vector<SessionSummary>& sessions) {
    std::string out = csv_row({"session", "client", "protocol", "stage", "step", "step_id", "title",
                               "side", "started", "ended", "planned_seconds", "real_seconds",
                               "extended_seconds", "ended_by"});
    for (const SessionSummary& s : sessions) {
        const auto r = store.session(s.id);
        if (!r)
            continue;
        for (const PartRun& p : part_runs(r->events)) {
            out += csv_row({std::to_string(s.id), s.client_name, s.protocol_id,
                            std::to_string(p.stage + 1), std::to_string(p.step + 1), p.step_id,
                            p.step_title, p.side, utc_text(p.started),
                            p.ended ? utc_text(*p.ended) : std::string(), seconds(p.planned),
                            seconds(p.real), seconds(p.extended), p.ended_by});
        }
    }
    return out;
}

} // namespace effleur::storage
