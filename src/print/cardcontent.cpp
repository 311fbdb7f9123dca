#include "print/cardcontent.h"

#include "ui/common/words.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace effleur::print {

namespace {

// The context of this page's words in the catalogues.
struct Card {
    Q_DECLARE_TR_FUNCTIONS(ProtocolCard)
};

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString number(double v) {
    return std::nearbyint(v) == v ? QLocale().toString(static_cast<qlonglong>(v))
                                  : QLocale().toString(v, 'g', 6);
}

QString range(const Range& r) {
    return r.min == r.max ? number(r.min)
                          : number(r.min) + QStringLiteral("\u2013") + number(r.max);
}

QString technique_name(Technique t) {
    switch (t) {
    case Technique::Stroking:
        return Card::tr("stroking");
    case Technique::Rubbing:
        return Card::tr("rubbing");
    case Technique::Kneading:
        return Card::tr("kneading");
    case Technique::Tapping:
        return Card::tr("tapping");
    case Technique::Vibration:
        return Card::tr("vibration");
    case Technique::Pressing:
        return Card::tr("pressing");
    case Technique::Fixation:
        return Card::tr("fixation");
    case Technique::Rolling:
        return Card::tr("rolling");
    case Technique::Sawing:
        return Card::tr("sawing");
    case Technique::Planing:
        return Card::tr("planing");
    case Technique::Shading:
        return Card::tr("shading");
    case Technique::Pinching:
        return Card::tr("pinching");
    case Technique::Squeezing:
        return Card::tr("squeezing");
    case Technique::Drainage:
        return Card::tr("drainage");
    case Technique::Breathing:
        return Card::tr("breathing");
    case Technique::Procedure:
        return Card::tr("procedure");
    case Technique::Preparation:
        return Card::tr("preparation");
    }
    return {};
}

QString depth_name(Depth d) {
    switch (d) {
    case Depth::Superficial:
        return Card::tr("superficial");
    case Depth::Medium:
        return Card::tr("medium");
    case Depth::Deep:
        return Card::tr("deep");
    }
    return {};
}

QString side_name(const Step& s) {
    switch (s.side) {
    case Side::Both:
        return Card::tr("both");
    case Side::Left:
        return Card::tr("left");
    case Side::Right:
        return Card::tr("right");
    case Side::Alternating:
        return s.first_side == BodySide::Left ? Card::tr("left, then right")
                                              : Card::tr("right, then left");
    }
    return {};
}

QString kind_heading(ContraindicationKind k) {
    switch (k) {
    case ContraindicationKind::Absolute:
        return Card::tr("Absolute: do not massage");
    case ContraindicationKind::Relative:
        return Card::tr("Relative: only after weighing them");
    case ContraindicationKind::TellSpecialist:
        return Card::tr("Tell the specialist first");
    }
    return {};
}

QString cite_lines(const Citation& c) {
    return c.line_first == c.line_last
               ? Card::tr("line %1").arg(c.line_first)
               : Card::tr("lines %1\u2013%2").arg(c.line_first).arg(c.line_last);
}

// A value the source does not give is marked, as the app marks it.
QString marked(const QString& value, bool suggested) {
    return suggested && !value.isEmpty() ? value + QStringLiteral("<sup>*</sup>") : value;
}

bool suggests(const Step& s, std::initializer_list<const char*> fields) {
    for (const char* f : fields) {
        if (s.is_suggested(f)) {
            return true;
        }
    }
    return std::any_of(s.suggested.begin(), s.suggested.end(), [&](const std::string& f) {
        return std::any_of(fields.begin(), fields.end(), [&](const char* prefix) {
            const std::string p = std::string(prefix) + ".";
            return f.rfind(p, 0) == 0;
        });
    });
}

QString step_time(const Step& s) {
    if (!s.timed()) {
        return Card::tr("untimed");
    }
    if (s.side == Side::Alternating) {
        return Card::tr("%1 each side").arg(card_duration(s.part_duration()));
    }
    return card_duration(s.duration());
}

QString step_passes(const Step& s) {
    if (s.breathing) {
        return Card::tr("%1 \u00d7 %2 counts")
            .arg(s.breathing->rounds)
            .arg(s.breathing->counts_per_round());
    }
    if (!s.timed()) {
        return {};
    }
    if (s.pass_seconds) {
        return Card::tr("%1 \u00d7 %2 s").arg(s.passes).arg(number(*s.pass_seconds));
    }
    return QString::number(s.passes);
}

QString stage_heading(const Stage& st, const std::string& lang) {
    const QString title = QString::fromStdString(st.title.get(lang));
    // Stage titles of multi-day complexes usually name their day already.
    const bool names_day = title.startsWith(Card::tr("Day "));
    QString out = st.day && !names_day ? Card::tr("Day %1: %2").arg(*st.day).arg(title) : title;
    const auto d = st.duration();
    out = esc(out) + QStringLiteral(" \u00b7 ") +
          (d.count() > 0 ? card_duration(d) : Card::tr("untimed"));
    return out;
}

QString course_text_html(const Course& c) {
    QStringList parts;
    auto mark = [&](const QString& s, const char* field) {
        parts << marked(esc(s), c.suggested.find(field) != c.suggested.end());
    };
    if (c.sessions) {
        mark(Card::tr("%1 sessions").arg(range(*c.sessions)), "sessions");
    }
    if (c.interval_days) {
        mark(*c.interval_days == 1   ? Card::tr("every day")
             : *c.interval_days == 2 ? Card::tr("every other day")
                                     : Card::tr("every %n day(s)", nullptr, *c.interval_days),
             "interval_days");
    }
    if (c.interval_months) {
        mark(*c.interval_months == 1 ? Card::tr("a month apart")
                                     : Card::tr("%n month(s) apart", nullptr, *c.interval_months),
             "interval_months");
    }
    if (c.uninterrupted) {
        mark(Card::tr("without interruption"), "uninterrupted");
    }
    if (c.maintenance_per_month) {
        mark(Card::tr("then %1 a month to keep the result").arg(range(*c.maintenance_per_month)),
             "maintenance_per_month");
    }
    if (c.max_per_week) {
        mark(Card::tr("at most %1 a week").arg(QLocale().toString(*c.max_per_week)),
             "max_per_week");
    }
    if (c.gap_months) {
        mark(Card::tr("%1 months between courses").arg(range(*c.gap_months)), "gap_months");
    }
    return parts.join(QStringLiteral("; "));
}

// A length of `pt` points (at full size) in the layout's device pixels, for HTML attributes.
QString px(double pt, const CardText& o) {
    return QString::number(std::max(0.0, pt * o.scale * o.px_per_pt), 'f', 1);
}

QString heading(const QString& text, const CardText& o) {
    return QStringLiteral("<p style=\"font-size:%1pt; font-weight:bold; margin-top:%2px; "
                          "margin-bottom:%3px;\">%4</p>")
        .arg(10.5 * o.scale, 0, 'f', 2)
        .arg(px(8, o), px(2, o), esc(text));
}

QString para(const QString& html, double size, const CardText& o, double after = 2.5) {
    return QStringLiteral("<p style=\"font-size:%1pt; margin-top:0px; margin-bottom:%2px;\">%3</p>")
        .arg(size * o.scale, 0, 'f', 2)
        .arg(px(after, o), html);
}

QString legend(const Panel& panel, const Catalog& catalog, const std::string& lang,
               const QString& separator) {
    QStringList items;
    for (std::size_t i = 0; i < panel.overview.lines.size(); ++i) {
        const LineRef& ref = panel.overview.lines[i];
        const MassageLine* line = catalog.line(ref.line);
        QString name = line != nullptr ? QString::fromStdString(line->name.get(lang))
                                       : QString::fromStdString(ref.line);
        if (ref.direction == Direction::Reversed) {
            name = Card::tr("%1, the other way").arg(name);
        }
        items << QStringLiteral("<b>%1</b>&nbsp;%2").arg(panel.numbers[i]).arg(esc(name));
    }
    return items.join(separator);
}

} // namespace

QString card_duration(std::chrono::milliseconds d) {
    const auto total =
        static_cast<long long>(std::llround(static_cast<double>(d.count()) / 1000.0));
    const long long h = total / 3600;
    const long long m = (total / 60) % 60;
    const long long s = total % 60;
    if (h > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString course_plan_html(const Course& course) {
    return course_text_html(course);
}

QString card_html(const Protocol& p, const Catalog& catalog, const CardPlan& plan,
                  const CardText& o) {
    const std::string& lang = o.language;
    const double k = o.scale;
    auto text = [&](const Text& t) { return esc(t.get(lang)); };
    QString h;
    h += QStringLiteral("<html><body>");

    // The title and the sources.
    h += QStringLiteral("<p style=\"font-size:%1pt; font-weight:bold; margin-top:0; "
                        "margin-bottom:%2px;\">%3</p>")
             .arg(16 * k, 0, 'f', 2)
             .arg(px(2, o), text(p.title));
    QStringList facts;
    facts << (p.audience == Audience::Self ? Card::tr("Self-massage")
                                           : Card::tr("For a therapist"));
    if (!p.regions.empty()) {
        QStringList regions;
        for (const auto& r : p.regions) {
            regions << ui::Words::region(r);
        }
        facts << regions.join(QStringLiteral(", "));
    }
    facts << Card::tr("%n step(s)", nullptr, static_cast<int>(p.step_count()));
    if (p.duration().count() > 0) {
        facts << card_duration(p.duration());
    }
    if (p.stages.size() > 1) {
        facts << Card::tr("%n stage(s)", nullptr, static_cast<int>(p.stages.size()));
    }
    facts << Card::tr("version %1").arg(p.version);
    h += para(esc(facts.join(QStringLiteral(" \u00b7 "))), 8.5, o);
    if (!p.summary.empty()) {
        h += para(text(p.summary), 8.5, o);
    }
    if (!p.sources.empty()) {
        QStringList titles;
        for (const auto& id : p.sources) {
            const SourceText* src = catalog.source(id);
            titles << esc(src != nullptr ? id + " " + src->title.get(lang) : id);
        }
        h += para(QStringLiteral("<b>%1</b> %2")
                      .arg(esc(Card::tr("Sources:")), titles.join(QStringLiteral("; "))),
                  8.5, o, 4);
    }

    // The diagrams, each with the names of its numbered lines.
    if (!plan.panels.empty()) {
        const QString legend_style = QStringLiteral("font-size:%1pt;").arg(7.5 * k, 0, 'f', 2);
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><tr>")
                 .arg(px(2, o));
        ;
        if (plan.panels.size() == 1 && o.legend_beside) {
            const Panel& panel = plan.panels.front();
            h += QStringLiteral("<td valign=\"top\"><img src=\"diagram:0\"></td>");
            h +=
                QStringLiteral("<td valign=\"top\" width=\"100%\"><p style=\"font-size:%1pt; "
                               "font-weight:bold; margin-top:0px;\">%2</p><p style=\"%3\">%4</p>"
                               "<p style=\"%3\">%5</p></td>")
                    .arg(8.5 * k, 0, 'f', 2)
                    .arg(esc(panel.caption), legend_style,
                         legend(panel, catalog, lang, QStringLiteral("<br>")),
                         esc(Card::tr("Each line is numbered in the order the steps first work it; "
                                      "arrows show the direction of the stroke.")));
        } else {
            for (std::size_t i = 0; i < plan.panels.size(); ++i) {
                const Panel& panel = plan.panels[i];
                h +=
                    QStringLiteral("<td valign=\"top\" width=\"%6%\"><p style=\"font-size:%1pt; "
                                   "font-weight:bold; margin-top:0px; margin-bottom:0px;\">%2</p>"
                                   "<p style=\"margin-top:0px; margin-bottom:0px;\">"
                                   "<img src=\"diagram:%3\"></p><p style=\"%4\">%5</p></td>")
                        .arg(8.5 * k, 0, 'f', 2)
                        .arg(esc(panel.caption))
                        .arg(i)
                        .arg(legend_style, legend(panel, catalog, lang, QStringLiteral(" \u00b7 ")))
                        .arg(100 / static_cast<int>(plan.panels.size()));
            }
        }
        h += QStringLiteral("</tr></table>");
    }

    // The steps.
    h += heading(Card::tr("Steps"), o);
    const QString cell =
        QStringLiteral("<td style=\"font-size:%1pt;\" valign=\"top\">").arg(8 * k, 0, 'f', 2);
    const QString head =
        QStringLiteral("<th align=\"left\" style=\"font-size:%1pt;\">").arg(7.5 * k, 0, 'f', 2);
    // Widths in percent: the step's title takes what the short columns leave.
    const std::pair<QString, int> columns[] = {{Card::tr("#"), 3},          {Card::tr("Step"), 31},
                                               {Card::tr("Technique"), 11}, {Card::tr("Depth"), 9},
                                               {Card::tr("Lines"), 12},     {Card::tr("Side"), 12},
                                               {Card::tr("Passes"), 10},    {Card::tr("Time"), 12}};
    // A row that would be split between two pages starts a new table on the next page, with
    // the column heads again.
    auto open_table = [&](bool new_page) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"%2>")
                 .arg(px(1.6, o), new_page ? QStringLiteral(" style=\"page-break-before:always;\"")
                                           : QString());
        h += QStringLiteral("<thead><tr bgcolor=\"#d8d8d8\">");
        for (const auto& [col, width] : columns) {
            h += head.chopped(1) + QStringLiteral(" width=\"%1%\">").arg(width) + esc(col) +
                 QStringLiteral("</th>");
        }
        h += QStringLiteral("</tr></thead>");
    };
    open_table(false);
    int row = 0;
    auto next_row = [&] {
        if (o.break_before.count(row) > 0) {
            h += QStringLiteral("</table>");
            open_table(true);
        }
        ++row;
    };
    int n = 0;
    bool shade = false;
    bool any_suggested = false;
    std::vector<std::pair<int, QString>> cautions;
    for (const Stage& st : p.stages) {
        if (p.stages.size() > 1) {
            next_row();
            h += QStringLiteral("<tr><td colspan=\"8\" style=\"font-size:%1pt; font-weight:bold;\">"
                                "%2</td></tr>")
                     .arg(8.5 * k, 0, 'f', 2)
                     .arg(stage_heading(st, lang));
            shade = false;
        }
        for (const Step& s : st.steps) {
            ++n;
            QStringList lines;
            for (const LineRef& ref : s.lines) {
                const auto it = plan.numbers.find(LineKey{ref.line, ref.direction});
                lines << (it != plan.numbers.end() ? QString::number(it->second)
                                                   : QString::fromStdString(ref.line));
            }
            const bool s_time = suggests(s, {"seconds", "pass_seconds", "breathing"});
            const bool s_lines = suggests(s, {"lines"});
            const bool s_side = suggests(s, {"side", "first_side"});
            const bool s_depth = suggests(s, {"depth"});
            const bool s_passes = suggests(s, {"passes"});
            const bool s_technique = suggests(s, {"technique"});
            any_suggested = any_suggested || !s.suggested.empty();
            next_row();
            h += shade ? QStringLiteral("<tr bgcolor=\"#efefef\">") : QStringLiteral("<tr>");
            shade = !shade;
            h += cell + QString::number(n) + QStringLiteral("</td>");
            h += cell + text(s.title) + QStringLiteral("</td>");
            QString technique = marked(esc(technique_name(s.technique)), s_technique);
            if (s.procedure && s.procedure->physician_only) {
                technique += QStringLiteral("<br>") + esc(Card::tr("licensed physicians only"));
            }
            h += cell + technique + QStringLiteral("</td>");
            h += cell + (s.depth ? marked(esc(depth_name(*s.depth)), s_depth) : QString()) +
                 QStringLiteral("</td>");
            h += cell + marked(lines.join(QStringLiteral(", ")), s_lines) + QStringLiteral("</td>");
            h += cell + (s.lines.empty() ? QString() : marked(esc(side_name(s)), s_side)) +
                 QStringLiteral("</td>");
            h += cell + marked(esc(step_passes(s)), s_passes || (s.breathing && s_time)) +
                 QStringLiteral("</td>");
            h += cell + marked(esc(step_time(s)), s_time) + QStringLiteral("</td>");
            h += QStringLiteral("</tr>");
            for (const Text& c : s.cautions) {
                cautions.emplace_back(n, text(c));
            }
        }
    }
    h += QStringLiteral("</table>");
    if (any_suggested) {
        h += para(QStringLiteral("<sup>*</sup> ") +
                      esc(Card::tr("Suggested: the source does not give this value; it is the "
                                   "protocol's suggestion.")),
                  7.5, o);
    }

    // The rules and cautions; a caution that several steps share is written once.
    std::vector<std::pair<QString, std::vector<int>>> grouped;
    for (const auto& [step, caution] : cautions) {
        const QString& c = caution; // clang before 16 cannot capture a structured binding
        auto it = std::find_if(grouped.begin(), grouped.end(),
                               [&c](const auto& g) { return g.first == c; });
        if (it == grouped.end()) {
            grouped.emplace_back(c, std::vector<int>{step});
        } else if (it->second.back() != step) {
            it->second.push_back(step);
        }
    }
    if (!p.rules.empty() || !grouped.empty()) {
        h += heading(Card::tr("Rules and cautions"), o);
        for (const Text& r : p.rules) {
            h += para(QStringLiteral("\u2022 ") + text(r), 8, o);
        }
        for (const auto& [c, steps] : grouped) {
            QStringList numbers;
            for (const int step : steps) {
                numbers << QString::number(step);
            }
            const QString label =
                steps.size() == 1 ? Card::tr("Step %1:").arg(numbers.front())
                                  : Card::tr("Steps %1:").arg(numbers.join(QStringLiteral(", ")));
            h += para(QStringLiteral("<b>%1</b> %2").arg(esc(label), c), 8, o);
        }
    }

    // The contraindications by kind, each item once, with the days or stages it is for when it
    // is not for the whole protocol.
    struct Item {
        std::string id;
        QString text;
        bool suggested = false;
        bool everywhere = false;
        QStringList where;
    };
    std::map<ContraindicationKind, std::vector<Item>> kinds;
    auto add = [&](const ContraindicationRef& c, const QString& where) {
        std::vector<Item>& items = kinds[c.kind];
        auto it =
            std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == c.id; });
        if (it == items.end()) {
            const ContraindicationItem* item = catalog.contraindication(c.id);
            items.push_back(
                {c.id, item != nullptr ? text(item->text) : esc(c.id), false, false, {}});
            it = items.end() - 1;
        }
        it->suggested = it->suggested || c.suggested;
        if (where.isEmpty()) {
            it->everywhere = true;
        } else if (!it->where.contains(where)) {
            it->where << where;
        }
    };
    for (const auto& c : p.contraindications) {
        add(c, {});
    }
    for (const Stage& st : p.stages) {
        const QString where =
            st.day ? Card::tr("day %1").arg(*st.day) : QString::fromStdString(st.title.get(lang));
        for (const auto& c : st.contraindications) {
            add(c, where);
        }
    }
    if (!kinds.empty()) {
        h += heading(Card::tr("Contraindications"), o);
        for (const auto& [kind, items] : kinds) {
            QStringList list;
            for (const Item& i : items) {
                QString t = marked(i.text, i.suggested);
                if (!i.everywhere) {
                    t += QStringLiteral(" (%1)").arg(
                        esc(Card::tr("for %1").arg(i.where.join(QStringLiteral(", ")))));
                }
                list << t;
            }
            h += para(QStringLiteral("<b>%1.</b> %2")
                          .arg(esc(kind_heading(kind)), list.join(QStringLiteral("; "))),
                      8, o);
        }
    }

    // The course plan.
    if (p.course) {
        h += heading(Card::tr("Course"), o);
        QString course = course_text_html(*p.course);
        if (course.isEmpty()) {
            course = esc(Card::tr("No course is given."));
        }
        h += para(course, 8, o);
    }

    // The citations, by source.
    std::map<std::string, QStringList> cited;
    n = 0;
    for (const Stage& st : p.stages) {
        for (const Step& s : st.steps) {
            ++n;
            if (s.cite) {
                cited[s.cite->source] << Card::tr("step %1 (%2)").arg(n).arg(cite_lines(*s.cite));
            }
        }
    }
    if (p.course && p.course->cite) {
        cited[p.course->cite->source] << Card::tr("course (%1)").arg(cite_lines(*p.course->cite));
    }
    for (const auto& c : p.contraindications) {
        if (c.cite) {
            cited[c.cite->source] << Card::tr("contraindications (%1)").arg(cite_lines(*c.cite));
        }
    }
    std::set<std::string, std::less<>> sources(p.sources.begin(), p.sources.end());
    for (const auto& [id, list] : cited) {
        sources.insert(id);
    }
    if (!sources.empty()) {
        h += heading(Card::tr("Sources cited"), o);
        for (const auto& id : sources) {
            const SourceText* src = catalog.source(id);
            QString line =
                QStringLiteral("<b>%1</b> %2")
                    .arg(esc(id), src != nullptr ? esc(src->title.get(lang)) : QString());
            if (const auto it = cited.find(id); it != cited.end()) {
                QStringList once = it->second;
                once.removeDuplicates();
                line += QStringLiteral(": ") + esc(once.join(QStringLiteral(", ")));
            }
            h += para(line, 7.5, o);
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace effleur::print
