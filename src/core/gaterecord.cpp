// The gate record as JSON for the journal, and the gate's names and labels.

#include "gate.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>

namespace effleur {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 4> area_keys = {"soft_tissue", "mobility", "asymmetries",
                                                       "fluid_flow"};

// A fixed-width unsigned decimal field of `s`; nullopt unless all digits.
std::optional<int> digits(std::string_view s, std::size_t at, std::size_t width) {
    if (at + width > s.size())
        return std::nullopt;
    int v = 0;
    const char* first = s.data() + at;
    const auto [end, ec] = std::from_chars(first, first + width, v);
    if (ec != std::errc() || end != first + width || *first == '-' || *first == '+')
        return std::nullopt;
    return v;
}

} // namespace

std::string_view to_string(Answer a) {
    switch (a) {
    case Answer::Yes:
        return "yes";
    case Answer::No:
        return "no";
    case Answer::Unanswered:
        break;
    }
    return "unanswered";
}

std::string_view to_string(VerdictKind k) {
    switch (k) {
    case VerdictKind::Blocked:
        return "blocked";
    case VerdictKind::NeedsAcknowledgement:
        return "needs-acknowledgement";
    case VerdictKind::Clear:
        return "clear";
    case VerdictKind::Incomplete:
        break;
    }
    return "incomplete";
}

std::string_view to_string(AssessmentArea a) {
    return area_keys[static_cast<std::size_t>(a)];
}

std::optional<Answer> answer_from_string(std::string_view s) {
    for (const Answer a : {Answer::Unanswered, Answer::Yes, Answer::No})
        if (to_string(a) == s)
            return a;
    return std::nullopt;
}

std::optional<VerdictKind> verdict_kind_from_string(std::string_view s) {
    for (const VerdictKind k : {VerdictKind::Incomplete, VerdictKind::Blocked,
                                VerdictKind::NeedsAcknowledgement, VerdictKind::Clear})
        if (to_string(k) == s)
            return k;
    return std::nullopt;
}

std::string_view area_label(AssessmentArea a) {
    switch (a) {
    case AssessmentArea::SoftTissue:
        return "Soft-tissue tension";
    case AssessmentArea::Mobility:
        return "Mobility of face, neck and head";
    case AssessmentArea::Asymmetry:
        return "Asymmetries";
    case AssessmentArea::FluidFlow:
        break;
    }
    return "Flow of blood and lymph";
}

std::string_view kind_label(ContraindicationKind k) {
    switch (k) {
    case ContraindicationKind::Absolute:
        return "Absolute \u2014 stops the session";
    case ContraindicationKind::Relative:
        return "Relative \u2014 needs acknowledgement";
    case ContraindicationKind::TellSpecialist:
        break;
    }
    return "Tell the specialist first";
}

std::string cite_label(const Citation& cite) {
    std::string s = "source " + cite.source;
    if (cite.line_first > 0) {
        if (cite.line_last > cite.line_first)
            s += ", lines " + std::to_string(cite.line_first) + "\u2013" +
                 std::to_string(cite.line_last);
        else
            s += ", line " + std::to_string(cite.line_first);
    }
    return s;
}

std::string format_utc(system_clock::time_point t) {
    const auto ms = floor<milliseconds>(t);
    const auto day = floor<days>(ms);
    const year_month_day ymd{day};
    const hh_mm_ss<milliseconds> hms{ms - day};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                  static_cast<int>(hms.subseconds().count()));
    return buf;
}

// Accepts exactly YYYY-MM-DDTHH:MM:SS[.fff]Z.
std::optional<system_clock::time_point> parse_utc(std::string_view s) {
    const bool with_ms = s.size() == 24;
    if (s.size() != 20 && !with_ms)
        return std::nullopt;
    if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
        s.back() != 'Z' || (with_ms && s[19] != '.'))
        return std::nullopt;
    const auto y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const auto h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
    const auto frac = with_ms ? digits(s, 20, 3) : std::optional<int>(0);
    if (!y || !mo || !d || !h || !mi || !sec || !frac || *h > 23 || *mi > 59 || *sec > 59)
        return std::nullopt;
    const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*mo)},
                             day{static_cast<unsigned>(*d)}};
    if (!ymd.ok())
        return std::nullopt;
    return sys_days{ymd} + hours{*h} + minutes{*mi} + seconds{*sec} + milliseconds{*frac};
}

nlohmann::json gate_record_to_json(const GateRecord& r) {
    nlohmann::json j;
    j["gate_record_format"] = GateRecord::format;
    j["protocol"] = {
        {"id", r.protocol_id}, {"version", r.protocol_version}, {"title", r.protocol_title}};
    j["stage"] = r.stage ? nlohmann::json(*r.stage) : nlohmann::json(nullptr);
    j["day"] = r.day ? nlohmann::json(*r.day) : nlohmann::json(nullptr);
    j["at"] = format_utc(r.at);
    j["answers"] = nlohmann::json::array();
    for (const GateAnswer& a : r.answers) {
        j["answers"].push_back({{"item", a.item},
                                {"text", a.text},
                                {"kind", std::string(to_string(a.kind))},
                                {"answer", std::string(to_string(a.answer))},
                                {"from_last_time", a.from_last_time},
                                {"acknowledged", a.acknowledged},
                                {"note", a.note}});
    }
    nlohmann::json areas = nlohmann::json::object();
    for (const AssessmentArea a : assessment_areas)
        areas[std::string(to_string(a))] = r.assessment.area(a);
    j["assessment"] = {{"notes", r.assessment.notes}, {"areas", areas}};
    j["verdict"] = {{"kind", std::string(to_string(r.verdict))}, {"reasons", r.reasons}};
    return j;
}

Result<GateRecord> gate_record_from_json(const nlohmann::json& j) {
    try {
        if (!j.is_object() || j.at("gate_record_format").get<int>() != GateRecord::format) {
            return message_only("not a gate record of format 1");
        }
        GateRecord r;
        const auto& p = j.at("protocol");
        r.protocol_id = p.at("id").get<std::string>();
        r.protocol_version = p.at("version").get<int>();
        r.protocol_title = p.at("title").get<std::string>();
        if (!j.at("stage").is_null())
            r.stage = j.at("stage").get<std::size_t>();
        if (!j.at("day").is_null())
            r.day = j.at("day").get<int>();
        const auto at = parse_utc(j.at("at").get<std::string>());
        if (!at) {
            return message_only("\"at\" is not an ISO-8601 UTC time");
        }
        r.at = *at;
        for (const auto& a : j.at("answers")) {
            GateAnswer g;
            g.item = a.at("item").get<std::string>();
            g.text = a.at("text").get<std::string>();
            const auto kind = contraindication_kind_from_string(a.at("kind").get<std::string>());
            const auto answer = answer_from_string(a.at("answer").get<std::string>());
            if (!kind || !answer) {
                return message_only("an answer of item \"" + g.item +
                                    "\" has an unknown kind or answer");
            }
            g.kind = *kind;
            g.answer = *answer;
            g.from_last_time = a.at("from_last_time").get<bool>();
            g.acknowledged = a.at("acknowledged").get<bool>();
            g.note = a.at("note").get<std::string>();
            r.answers.push_back(std::move(g));
        }
        const auto& as = j.at("assessment");
        r.assessment.notes = as.at("notes").get<std::string>();
        for (const AssessmentArea a : assessment_areas)
            r.assessment.area(a) = as.at("areas").at(std::string(to_string(a))).get<std::string>();
        const auto verdict =
            verdict_kind_from_string(j.at("verdict").at("kind").get<std::string>());
        if (!verdict) {
            return message_only("unknown verdict");
        }
        r.verdict = *verdict;
        r.reasons = j.at("verdict").at("reasons").get<std::vector<std::string>>();
        return r;
    } catch (const nlohmann::json::exception& e) {
        return message_only(std::string("malformed gate record: ") + e.what());
    }
}

} // namespace effleur
