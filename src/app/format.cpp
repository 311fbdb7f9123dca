#include "app/format.h"

#include <spdlog/fmt/fmt.h>

#include <algorithm>
#include <cmath>

namespace effleur::app {

using ojson = nlohmann::ordered_json;
using std::chrono::milliseconds;

namespace {

// Columns are padded by code points, so that "décolleté" lines up with ASCII titles.
std::size_t display_width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    }));
}

std::string pad(const std::string& s, std::size_t width) {
    const std::size_t w = display_width(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) {
            out += sep;
        }
        out += item;
    }
    return out;
}

std::string range_text(const Range& r) {
    return r.min == r.max ? format_number(r.min)
                          : format_number(r.min) + "\u2013" + format_number(r.max);
}

std::string line_text(const LineRef& ref, const Catalog& catalog, const std::string& lang) {
    const MassageLine* line = catalog.line(ref.line);
    std::string name = line != nullptr ? line->name.get(lang) : ref.line;
    return ref.direction == Direction::Reversed ? name + " (reversed)" : name;
}

std::string step_timing(const Step& s) {
    if (!s.timed()) {
        return "untimed";
    }
    if (s.breathing) {
        return fmt::format("{} rounds x {} counts", s.breathing->rounds,
                           s.breathing->counts_per_round());
    }
    if (s.pass_seconds) {
        return fmt::format("{} x {} s", s.passes, format_number(*s.pass_seconds));
    }
    return s.passes > 1 ? fmt::format("{} passes", s.passes) : std::string{};
}

ojson range_json(const Range& r) {
    return ojson{{"min", r.min}, {"max", r.max}};
}

ojson course_json(const Course& c) {
    ojson j = ojson::object();
    if (c.sessions) {
        j["sessions"] = range_json(*c.sessions);
    }
    if (c.interval_days) {
        j["interval_days"] = *c.interval_days;
    }
    if (c.interval_months) {
        j["interval_months"] = *c.interval_months;
    }
    j["uninterrupted"] = c.uninterrupted;
    if (c.maintenance_per_month) {
        j["maintenance_per_month"] = range_json(*c.maintenance_per_month);
    }
    if (c.max_per_week) {
        j["max_per_week"] = *c.max_per_week;
    }
    if (c.gap_months) {
        j["gap_months"] = range_json(*c.gap_months);
    }
    return j;
}

std::string course_text(const Course& c) {
    std::vector<std::string> parts;
    if (c.sessions) {
        parts.push_back(range_text(*c.sessions) + " sessions");
    }
    if (c.interval_days) {
        parts.push_back(*c.interval_days == 2 ? "every other day"
                                              : fmt::format("every {} days", *c.interval_days));
    }
    if (c.interval_months) {
        parts.push_back(*c.interval_months == 1
                            ? "a month apart"
                            : fmt::format("{} months apart", *c.interval_months));
    }
    if (c.uninterrupted) {
        parts.emplace_back("without interruption");
    }
    if (c.maintenance_per_month) {
        parts.push_back("then " + range_text(*c.maintenance_per_month) + " a month");
    }
    if (c.max_per_week) {
        parts.push_back(fmt::format("at most {} a week", *c.max_per_week));
    }
    if (c.gap_months) {
        parts.push_back(range_text(*c.gap_months) + " months between courses");
    }
    return join(parts, ", ");
}

std::string cite_text(const Citation& c) {
    return c.line_first == c.line_last
               ? fmt::format("source {} line {}", c.source, c.line_first)
               : fmt::format("source {} lines {}-{}", c.source, c.line_first, c.line_last);
}

void print_contraindications(std::ostream& out, std::string_view label,
                             const std::vector<ContraindicationRef>& items) {
    if (items.empty()) {
        return;
    }
    std::vector<std::string> names;
    for (const auto& c : items) {
        std::string name = c.id;
        if (c.kind == ContraindicationKind::Relative) {
            name += " (relative)";
        } else if (c.kind == ContraindicationKind::TellSpecialist) {
            name += " (tell the specialist)";
        }
        names.push_back(name);
    }
    out << label << join(names, ", ") << '\n';
}

} // namespace

std::string format_duration(milliseconds d) {
    const auto total =
        static_cast<long long>(std::llround(static_cast<double>(d.count()) / 1000.0));
    const long long h = total / 3600;
    const long long m = (total / 60) % 60;
    const long long s = total % 60;
    return h > 0 ? fmt::format("{}:{:02}:{:02}", h, m, s) : fmt::format("{}:{:02}", m, s);
}

std::string format_number(double v) {
    if (std::nearbyint(v) == v && std::fabs(v) < 1e15) {
        return fmt::format("{}", static_cast<long long>(v));
    }
    return fmt::format("{:g}", v);
}

ojson list_entry_json(const LibraryEntry& e, const std::string& lang) {
    ojson j;
    j["file"] = e.file.string();
    j["bundled"] = e.bundled;
    if (e.protocol) {
        const Protocol& p = *e.protocol;
        j["id"] = p.id;
        j["title"] = p.title.get(lang);
        j["regions"] = p.regions;
        j["audience"] = std::string(to_string(p.audience));
        j["stages"] = p.stages.size();
        j["steps"] = p.step_count();
        j["total_seconds"] = static_cast<double>(p.duration().count()) / 1000.0;
        j["valid"] = true;
    } else {
        j["valid"] = false;
        j["error"] = e.errors.empty() ? std::string("unknown error") : e.errors.front().to_string();
        j["error_count"] = e.errors.size();
    }
    return j;
}

void print_list_table(std::ostream& out, const std::vector<LibraryEntry>& entries,
                      const std::string& lang) {
    std::size_t id_w = 2;
    std::size_t title_w = 5;
    std::size_t region_w = 6;
    for (const auto& e : entries) {
        if (e.protocol) {
            id_w = std::max(id_w, display_width(e.protocol->id));
            title_w = std::max(title_w, display_width(e.protocol->title.get(lang)));
            region_w = std::max(region_w, display_width(join(e.protocol->regions, ",")));
        }
    }
    out << pad("ID", id_w) << "  " << pad("TITLE", title_w) << "  " << pad("REGION", region_w)
        << "  " << pad("AUDIENCE", 9) << "  STEPS     TIME\n";
    std::size_t broken = 0;
    for (const auto& e : entries) {
        if (!e.protocol) {
            ++broken;
            continue;
        }
        const Protocol& p = *e.protocol;
        out << pad(p.id, id_w) << "  " << pad(p.title.get(lang), title_w) << "  "
            << pad(join(p.regions, ","), region_w) << "  "
            << pad(std::string(to_string(p.audience)), 9) << "  "
            << fmt::format("{:>5}  {:>7}", p.step_count(), format_duration(p.duration())) << '\n';
    }
    for (const auto& e : entries) {
        if (!e.protocol) {
            out << "BROKEN  "
                << (e.errors.empty() ? e.file.string() : e.errors.front().to_string());
            if (e.errors.size() > 1) {
                out << fmt::format("  (+{} more; effleur validate {})", e.errors.size() - 1,
                                   e.file.string());
            }
            out << '\n';
        }
    }
    out << fmt::format("{} protocols, {} broken\n", entries.size() - broken, broken);
}

ojson protocol_json(const Protocol& p, const Catalog& catalog, const std::string& lang) {
    ojson j;
    j["id"] = p.id;
    j["version"] = p.version;
    j["title"] = p.title.get(lang);
    j["summary"] = p.summary.get(lang);
    j["audience"] = std::string(to_string(p.audience));
    j["regions"] = p.regions;
    j["diagrams"] = p.diagrams;
    j["file"] = p.file.string();
    j["total_seconds"] = static_cast<double>(p.duration().count()) / 1000.0;
    j["step_count"] = p.step_count();
    if (p.course) {
        j["course"] = course_json(*p.course);
    }
    ojson stages = ojson::array();
    for (std::size_t si = 0; si < p.stages.size(); ++si) {
        const Stage& st = p.stages[si];
        ojson sj;
        sj["id"] = st.id;
        sj["title"] = st.title.get(lang);
        if (st.day) {
            sj["day"] = *st.day;
        }
        sj["total_seconds"] = static_cast<double>(st.duration().count()) / 1000.0;
        ojson contra = ojson::array();
        for (const auto& c : p.contraindications_for(si)) {
            const auto* item = catalog.contraindication(c.id);
            contra.push_back({{"id", c.id},
                              {"kind", std::string(to_string(c.kind))},
                              {"text", item != nullptr ? item->text.get(lang) : c.id},
                              {"suggested", c.suggested}});
        }
        sj["contraindications"] = contra;
        ojson steps = ojson::array();
        for (const Step& s : st.steps) {
            ojson k;
            k["id"] = s.id;
            k["title"] = s.title.get(lang);
            k["technique"] = std::string(to_string(s.technique));
            if (s.depth) {
                k["depth"] = std::string(to_string(*s.depth));
            }
            k["diagram"] = s.diagram;
            ojson lines = ojson::array();
            for (const auto& l : s.lines) {
                lines.push_back(
                    {{"line", l.line}, {"direction", std::string(to_string(l.direction))}});
            }
            k["lines"] = lines;
            k["side"] = std::string(to_string(s.side));
            if (s.side == Side::Alternating) {
                k["first_side"] = std::string(to_string(s.first_side));
            }
            k["passes"] = s.passes;
            k["seconds"] = static_cast<double>(s.duration().count()) / 1000.0;
            k["advance"] = std::string(to_string(s.advance));
            k["wait_before"] = s.wait_before;
            k["suggested"] = std::vector<std::string>(s.suggested.begin(), s.suggested.end());
            if (s.cite) {
                k["cite"] = {{"source", s.cite->source},
                             {"lines", {s.cite->line_first, s.cite->line_last}}};
            }
            steps.push_back(k);
        }
        sj["steps"] = steps;
        stages.push_back(sj);
    }
    j["stages"] = stages;
    return j;
}

void print_protocol(std::ostream& out, const Protocol& p, const Catalog& catalog,
                    const std::string& lang) {
    out << p.title.get(lang) << "  [" << p.id << ", version " << p.version << "]\n";
    out << p.summary.get(lang) << "\n\n";
    out << "For:      " << (p.audience == Audience::Self ? "self-massage" : "a therapist") << '\n';
    out << "Regions:  " << join(p.regions, ", ") << '\n';
    out << "Length:   " << format_duration(p.duration()) << " in " << p.step_count() << " steps";
    if (p.stages.size() > 1) {
        out << ", " << p.stages.size() << " stages";
    }
    out << '\n';
    if (p.course) {
        out << "Course:   " << course_text(*p.course) << '\n';
    }
    if (!p.sources.empty()) {
        std::vector<std::string> titles;
        for (const auto& id : p.sources) {
            const auto* src = catalog.source(id);
            titles.push_back(src != nullptr ? id + " " + src->title.get(lang) : id);
        }
        out << "Sources:  " << join(titles, "; ") << '\n';
    }
    for (const auto& rule : p.rules) {
        out << "Rule:     " << rule.get(lang) << '\n';
    }
    print_contraindications(out, "Check first: ", p.contraindications);
    int n = 0;
    for (const Stage& st : p.stages) {
        // Stage titles of multi-day complexes usually name their day already.
        const std::string& title = st.title.get(lang);
        const bool names_day = title.rfind("Day ", 0) == 0;
        out << '\n'
            << (st.day && !names_day ? fmt::format("Day {}: ", *st.day) : std::string{}) << title
            << "  ("
            << (st.duration().count() > 0 ? format_duration(st.duration()) : std::string("untimed"))
            << ")\n";
        print_contraindications(out, "  Also check: ", st.contraindications);
        for (const Step& s : st.steps) {
            ++n;
            std::string technique(to_string(s.technique));
            if (s.depth) {
                technique += ", " + std::string(to_string(*s.depth));
            }
            const std::string timing = step_timing(s);
            out << fmt::format("  {:>2}. {}  [{}]  {}{}", n, s.title.get(lang), technique,
                               s.timed() ? format_duration(s.duration()) : std::string("untimed"),
                               timing.empty() || !s.timed() ? std::string{} : "  (" + timing + ")")
                << '\n';
            // The id names the step to `rehearse --from/--to` and in the trace.
            out << "      id: " << s.id << '\n';
            if (!s.lines.empty()) {
                std::vector<std::string> names;
                for (const auto& l : s.lines) {
                    names.push_back(line_text(l, catalog, lang));
                }
                out << "      lines: " << join(names, "; ") << '\n';
            }
            std::vector<std::string> flags;
            if (s.side == Side::Alternating) {
                flags.push_back(std::string("sides: ") + std::string(to_string(s.first_side)) +
                                " then " + (s.first_side == BodySide::Left ? "right" : "left"));
            } else if (s.side != Side::Both) {
                flags.push_back("side: " + std::string(to_string(s.side)));
            }
            if (s.procedure && s.procedure->physician_only) {
                flags.emplace_back("medical procedure: licensed physicians only");
            }
            if (s.wait_before) {
                flags.emplace_back("waits before it starts");
            }
            if (s.advance == Advance::Manual) {
                flags.emplace_back("waits for the therapist at the end");
            }
            if (!s.suggested.empty()) {
                flags.push_back(
                    "suggested: " +
                    join(std::vector<std::string>(s.suggested.begin(), s.suggested.end()), ", "));
            }
            if (s.cite) {
                flags.push_back(cite_text(*s.cite));
            }
            if (!flags.empty()) {
                out << "      " << join(flags, " | ") << '\n';
            }
        }
    }
}

} // namespace effleur::app
