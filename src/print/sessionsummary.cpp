#include "print/sessionsummary.h"

#include "print/pdffile.h"

#include "print/cardcontent.h"
#include "print/carddiagram.h"
#include "render/diagramrenderer.h"
#include "render/diagramscene.h"
#include "ui/common/words.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include <sys/stat.h>

namespace effleur::print {

namespace {

using std::chrono::milliseconds;

// The context of this page's words in the catalogues.
struct Summary {
    Q_DECLARE_TR_FUNCTIONS(SessionSummary)
};

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

// Several lines of the therapist's text, each kept as a line.
QString esc_lines(const std::string& s) {
    return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QDateTime local(storage::WallTime t) {
    return QDateTime::fromMSecsSinceEpoch(
               static_cast<qint64>(
                   std::chrono::duration_cast<milliseconds>(t.time_since_epoch()).count()))
        .toLocalTime();
}

QString date_of(storage::WallTime t) {
    return QLocale().toString(local(t).date(), QLocale::LongFormat);
}

QString time_of(storage::WallTime t) {
    return QLocale().toString(local(t).time(), QLocale::ShortFormat);
}

QString when(storage::WallTime t) {
    return QLocale().toString(local(t), QLocale::ShortFormat);
}

QString duration(milliseconds d) {
    return card_duration(std::max(d, milliseconds(0)));
}

QString verdict_words(const std::string& word) {
    if (word == "clear")
        return Summary::tr("clear");
    if (word == "blocked")
        return Summary::tr("blocked");
    if (word == "needs-acknowledgement")
        return Summary::tr("needs acknowledgement");
    if (word == "incomplete")
        return Summary::tr("incomplete");
    return str(word);
}

// How a step or side ended, as the record says; empty when it ran its time.
QString ended_words(const std::string& by) {
    if (by == "clock")
        return {};
    if (by == "next" || by == "skip")
        return Summary::tr("skipped");
    if (by == "back")
        return Summary::tr("went back");
    if (by == "restart")
        return Summary::tr("restarted");
    if (by == "jump")
        return Summary::tr("left for another step");
    if (by == "command")
        return Summary::tr("session stopped");
    if (by.empty())
        return Summary::tr("not ended");
    return str(by);
}

QString side_words(const std::string& side) {
    if (side == "left")
        return Summary::tr("left");
    if (side == "right")
        return Summary::tr("right");
    return str(side);
}

QString outcome_words(const storage::SessionRecord& r) {
    const storage::SessionSummary& s = r.summary;
    switch (s.outcome) {
    case storage::Outcome::Finished:
        return Summary::tr("finished");
    case storage::Outcome::Stopped:
        return s.end_reason.empty()
                   ? Summary::tr("stopped early")
                   : Summary::tr("stopped early: %1").arg(ui::Words::stop_reason(s.end_reason));
    case storage::Outcome::Interrupted:
        return Summary::tr("interrupted");
    case storage::Outcome::Blocked: {
        QString item = str(r.blocked_item);
        for (const GateAnswer& a : r.gate.answers)
            if (a.item == r.blocked_item && !a.text.empty())
                item = str(a.text);
        return item.isEmpty() ? Summary::tr("stopped by the checklist")
                              : Summary::tr("stopped by the checklist: %1").arg(item);
    }
    case storage::Outcome::Running:
        break;
    }
    return Summary::tr("running");
}

// The findings, grouped by the diagram they were marked on, in the order first marked; each
// mark numbered from 1 across the whole session.
struct MarkGroup {
    std::string diagram_id;
    const Diagram* diagram = nullptr;
    std::vector<const storage::Mark*> marks;
    std::vector<int> numbers;
};

std::vector<MarkGroup> group_marks(const storage::SessionRecord& r, const Catalog* catalog) {
    std::vector<MarkGroup> groups;
    int n = 0;
    for (const storage::Mark& m : r.marks) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const MarkGroup& g) { return g.diagram_id == m.diagram; });
        if (it == groups.end()) {
            MarkGroup g;
            g.diagram_id = m.diagram;
            g.diagram = catalog != nullptr ? catalog->diagram(m.diagram) : nullptr;
            groups.push_back(std::move(g));
            it = std::prev(groups.end());
        }
        it->marks.push_back(&m);
        it->numbers.push_back(++n);
    }
    return groups;
}

// The text object that paints group N's diagram ("marks:N") where the layout puts it, and
// remembers where that was on the page being painted.
class MarkPanels : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    MarkPanels(const std::vector<MarkGroup>& groups, QSizeF size, double type_size)
        : groups_(groups), size_(size), type_size_(type_size), renderer_(ui::DiagramTheme::Light) {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override {
        return group_of(format) ? size_ : QSizeF(1, 1);
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override {
        const auto index = group_of(format);
        if (!index)
            return;
        paint(painter, rect, groups_[*index]);
        if (painter->clipBoundingRect().intersects(rect))
            placed_.push_back(SummaryPanel{page_, painter->transform().mapRect(rect),
                                           groups_[*index].diagram_id});
    }

    void set_page(int page) { page_ = page; }
    [[nodiscard]] const std::vector<SummaryPanel>& placed() const { return placed_; }

    // The art of the group's diagram fitted into `rect`, and each mark on it with its number.
    void paint(QPainter* p, const QRectF& rect, const MarkGroup& group) {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setClipRect(rect, Qt::IntersectClip);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(type_size_);
        font.setBold(true);
        p->setFont(font);
        QString error;
        std::shared_ptr<const ui::DiagramArt> art;
        if (group.diagram) {
            const auto loaded = renderer_.art(*group.diagram);
            art = loaded.value_or(nullptr);
            error = QString::fromStdString(loaded.message());
        }
        if (!art) {
            p->setPen(QPen(Qt::black, 0));
            p->drawRect(rect);
            p->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, error);
            p->restore();
            return;
        }
        ui::DiagramFrame frame;
        frame.diagram = group.diagram;
        frame.state = EngineState::Paused;
        const ui::DiagramScene scene = ui::layout_scene(*art, frame, rect);
        const QRectF art_box = scene.to_device.mapRect(art->view_box());
        p->save();
        p->setClipRect(art_box.intersected(rect), Qt::IntersectClip);
        art->render(p, art_box, ui::DiagramTheme::Light);
        p->restore();

        const double unit = std::hypot(scene.to_device.m11(), scene.to_device.m12());
        const double dot = std::max(rect.width() * 0.016, 2.0);
        const QFontMetricsF fm(font, p->device());
        const double label_r =
            std::max(fm.height() * 0.6, fm.horizontalAdvance(QStringLiteral("00")) * 0.6);
        for (std::size_t i = 0; i < group.marks.size(); ++i) {
            const storage::Mark& m = *group.marks[i];
            const QPointF at = scene.to_device.map(QPointF(m.x, m.y));
            const QColor colour = mark_colour(m.kind);
            const double r = m.radius > 0 ? m.radius * unit : dot;
            if (m.radius > 0) {
                // An area: its outline, with a white halo over the art.
                p->setBrush(Qt::NoBrush);
                p->setPen(QPen(Qt::white, dot * 1.3));
                p->drawEllipse(at, r, r);
                p->setPen(QPen(colour, dot * 0.6));
                p->drawEllipse(at, r, r);
            } else {
                // A point: a solid dot with a white rim.
                p->setPen(QPen(Qt::white, dot * 0.4));
                p->setBrush(colour);
                p->drawEllipse(at, r, r);
            }
            // The number above and to the right, off the mark itself.
            const double off = r + label_r * 1.1;
            QPointF c = at + QPointF(off * 0.71, -off * 0.71);
            c.setX(std::clamp(c.x(), rect.left() + label_r, rect.right() - label_r));
            c.setY(std::clamp(c.y(), rect.top() + label_r, rect.bottom() - label_r));
            const QRectF disc(c.x() - label_r, c.y() - label_r, 2 * label_r, 2 * label_r);
            p->setPen(QPen(colour, std::max(dot * 0.25, 1.0)));
            p->setBrush(Qt::white);
            p->drawEllipse(disc);
            p->setPen(Qt::black);
            p->drawText(disc, Qt::AlignCenter, QString::number(group.numbers[i]));
        }
        const QRectF corner =
            rect.adjusted(label_r * 0.5, label_r * 0.5, -label_r * 0.5, -label_r * 0.5);
        paint_side_letters(*p, corner, art->posterior());
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(QColor(0x80, 0x80, 0x80), std::max(dot * 0.15, 1.0)));
        p->drawRect(rect);
        p->restore();
    }

private:
    [[nodiscard]] std::optional<std::size_t> group_of(const QTextFormat& format) const {
        const QString name = format.toImageFormat().name();
        if (!name.startsWith(QStringLiteral("marks:")))
            return std::nullopt;
        bool ok = false;
        const auto index = static_cast<std::size_t>(name.mid(6).toUInt(&ok));
        if (!ok || index >= groups_.size())
            return std::nullopt;
        return index;
    }

    const std::vector<MarkGroup>& groups_;
    QSizeF size_;
    double type_size_;
    ui::DiagramRenderer renderer_;
    int page_ = 0;
    std::vector<SummaryPanel> placed_;
};

// HTML pixels (96 to the inch) for a length in points.
QString px(double pt) {
    return QString::number(pt * 96.0 / 72.0, 'f', 1);
}

// A section's heading, with room above it (a block's top margin is lost after a table).
QString heading(const QString& text) {
    return QStringLiteral("<p style=\"font-size:5pt; margin-top:0px; margin-bottom:0px;\">"
                          "&nbsp;</p><p style=\"font-size:10.5pt; font-weight:bold; "
                          "margin-top:%1px; margin-bottom:%2px;\">%3</p>")
        .arg(px(4), px(3), esc(text));
}

QString para(const QString& html, double size = 8.5, double after = 2.5) {
    return QStringLiteral("<p style=\"font-size:%1pt; margin-top:0px; margin-bottom:%2px;\">%3</p>")
        .arg(size, 0, 'f', 2)
        .arg(px(after), html);
}

// A table with a grey head row and `widths` in percent.
QString open_table(const std::vector<std::pair<QString, int>>& columns) {
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">"
                               "<thead><tr bgcolor=\"#d8d8d8\">")
                    .arg(px(1.8));
    for (const auto& [name, width] : columns)
        h += QStringLiteral("<th align=\"left\" style=\"font-size:7.5pt;\" width=\"%1%\">%2</th>")
                 .arg(width)
                 .arg(esc(name));
    return h + QStringLiteral("</tr></thead>");
}

QString row(const QStringList& cells, bool shade) {
    QString h = shade ? QStringLiteral("<tr bgcolor=\"#efefef\">") : QStringLiteral("<tr>");
    for (const QString& c : cells)
        h += QStringLiteral("<td valign=\"top\" style=\"font-size:8pt;\">") + c +
             QStringLiteral("</td>");
    return h + QStringLiteral("</tr>");
}

QString summary_html(const storage::SessionRecord& r, const std::vector<MarkGroup>& groups,
                     const std::string& language) {
    const storage::SessionSummary& s = r.summary;
    QString h = QStringLiteral("<html><body>");

    // Who, when, what.
    h += para(esc(Summary::tr("Session summary")), 9, 1);
    h += QStringLiteral("<p style=\"font-size:16pt; font-weight:bold; margin-top:0; "
                        "margin-bottom:%1px;\">%2</p>")
             .arg(px(2), esc(s.client_name));
    QString protocol = esc(s.protocol_title.empty() ? s.protocol_id : s.protocol_title);
    if (s.day)
        protocol += QStringLiteral(" \u00b7 ") + esc(Summary::tr("day %1").arg(*s.day));
    else if (!s.stage_title.empty())
        protocol += QStringLiteral(" \u00b7 ") + esc(s.stage_title);
    else if (s.stage)
        protocol += QStringLiteral(" \u00b7 ") + esc(Summary::tr("stage %1").arg(*s.stage + 1));
    h += para(QStringLiteral("<b>%1</b>").arg(protocol), 10.5, 2);
    QString started = Summary::tr("%1, started at %2").arg(date_of(s.started), time_of(s.started));
    if (s.ended)
        started += Summary::tr(", ended at %1").arg(time_of(*s.ended));
    h += para(esc(started), 9, 2);
    QStringList facts;
    facts << Summary::tr("Outcome: %1").arg(outcome_words(r));
    if (s.outcome != storage::Outcome::Blocked)
        facts << Summary::tr("%1 of %2 planned")
                     .arg(s.active ? duration(*s.active) : QStringLiteral("\u2014"),
                          duration(s.planned));
    if (r.speed_milli != 1000)
        facts << Summary::tr("speed %1\u00d7").arg(static_cast<double>(r.speed_milli) / 1000.0);
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
    if (pauses > 0)
        facts << Summary::tr("paused %n time(s), %1 in all", nullptr, pauses).arg(duration(paused));
    h += para(esc(facts.join(QStringLiteral(" \u00b7 "))), 8.5, 2);
    h += para(
        esc(Summary::tr("Protocol %1, version %2").arg(str(s.protocol_id)).arg(r.protocol_version)),
        7.5, 4);

    // The checklist.
    h += heading(Summary::tr("Checklist"));
    h += para(
        esc(Summary::tr("Answered %1; verdict: %2").arg(when(r.gate.at), verdict_words(s.verdict))),
        8.5, 3);
    if (r.gate.answers.empty()) {
        h += para(esc(Summary::tr("No items.")));
    } else {
        h += open_table({{Summary::tr("Question"), 38},
                         {Summary::tr("Kind"), 17},
                         {Summary::tr("Answer"), 10},
                         {Summary::tr("Acknowledged"), 13},
                         {Summary::tr("Note"), 22}});
        bool shade = false;
        for (const GateAnswer& a : r.gate.answers) {
            QString answer = esc(ui::Words::answer(a.answer));
            if (a.answer == Answer::Yes)
                answer = QStringLiteral("<b>%1</b>").arg(answer);
            if (a.from_last_time)
                answer += QStringLiteral("<br>") + esc(Summary::tr("as last time"));
            h += row({esc(a.text.empty() ? a.item : a.text),
                      esc(ui::Words::contraindication_kind_short(a.kind)), answer,
                      a.acknowledged ? esc(Summary::tr("acknowledged")) : QString(),
                      esc_lines(a.note)},
                     shade);
            shade = !shade;
        }
        h += QStringLiteral("</table>");
    }
    for (const std::string& reason : r.gate.reasons)
        h += para(esc(reason));
    if (!r.gate.assessment.empty()) {
        h += para(QStringLiteral("<b>%1</b>").arg(esc(Summary::tr("Functional assessment"))), 8.5,
                  1);
        if (!r.gate.assessment.notes.empty())
            h += para(esc_lines(r.gate.assessment.notes));
        for (AssessmentArea area : assessment_areas) {
            const std::string& value = r.gate.assessment.area(area);
            if (value.empty())
                continue;
            h += para(QStringLiteral("<b>%1:</b> %2")
                          .arg(esc(ui::Words::assessment_area(area)), esc_lines(value)));
        }
    }

    // The steps as they ran.
    const auto runs = storage::part_runs(r.events);
    if (!runs.empty()) {
        h += heading(Summary::tr("Steps as they ran"));
        h += open_table({{Summary::tr("#"), 6},
                         {Summary::tr("Step"), 37},
                         {Summary::tr("Side"), 8},
                         {Summary::tr("Started"), 10},
                         {Summary::tr("Ran"), 8},
                         {Summary::tr("Planned"), 9},
                         {Summary::tr("Remarks"), 22}});
        const bool stages = std::any_of(runs.begin(), runs.end(),
                                        [](const storage::PartRun& p) { return p.stage != 0; });
        bool shade = false;
        for (const storage::PartRun& p : runs) {
            const QString number = stages ? QStringLiteral("%1.%2").arg(p.stage + 1).arg(p.step + 1)
                                          : QString::number(p.step + 1);
            QStringList remarks;
            if (p.extended.count() != 0)
                remarks << esc(Summary::tr("extended by %1").arg(duration(p.extended)));
            if (const QString ended = ended_words(p.ended_by); !ended.isEmpty())
                remarks << QStringLiteral("<b>%1</b>").arg(esc(ended));
            h += row({number, esc(p.step_title.empty() ? p.step_id : p.step_title),
                      esc(side_words(p.side)), esc(time_of(p.started)), esc(duration(p.real)),
                      esc(duration(p.planned)), remarks.join(QStringLiteral(", "))},
                     shade);
            shade = !shade;
        }
        h += QStringLiteral("</table>");
    } else if (s.outcome == storage::Outcome::Blocked) {
        h += heading(Summary::tr("Steps"));
        h += para(esc(Summary::tr("None: the checklist stopped the session before it began.")));
    }

    // A procedure day's items.
    if (!r.procedure.empty()) {
        h += heading(Summary::tr("Procedure"));
        h += open_table(
            {{Summary::tr("Item"), 50}, {Summary::tr("Done"), 12}, {Summary::tr("Note"), 38}});
        bool shade = false;
        for (const storage::ProcedureTick& t : r.procedure) {
            h += row({esc(t.item), esc(t.done ? Summary::tr("done") : Summary::tr("not done")),
                      esc_lines(t.note)},
                     shade);
            shade = !shade;
        }
        h += QStringLiteral("</table>");
    }

    // The therapist's notes, amendments after what they amend.
    h += heading(Summary::tr("Notes"));
    if (r.notes.empty())
        h += para(esc(Summary::tr("No notes were written.")));
    for (const storage::Note& n : r.notes) {
        QString title = Summary::tr("Note, written %1").arg(when(n.written));
        if (n.amends) {
            for (const storage::Note& o : r.notes)
                if (o.id == *n.amends)
                    title = Summary::tr("Amendment of the note of %1, written %2")
                                .arg(when(o.written), when(n.written));
        }
        h += para(QStringLiteral("<b>%1</b>").arg(esc(title)), 8.5, 1);
        for (const auto& [label, value] : {std::pair{Summary::tr("How the client felt"), &n.felt},
                                           std::pair{Summary::tr("Pressure"), &n.pressure},
                                           std::pair{Summary::tr("Findings"), &n.findings},
                                           std::pair{Summary::tr("Advice"), &n.advice},
                                           std::pair{Summary::tr("Next time"), &n.plan}}) {
            if (!value->empty())
                h += para(QStringLiteral("%1: %2").arg(esc(label), esc_lines(*value)), 8.5, 1.5);
        }
    }

    // The findings on the diagram.
    if (!groups.empty()) {
        h += heading(Summary::tr("Findings marked on the diagram"));
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const MarkGroup& group = groups[g];
            const QString caption =
                group.diagram ? esc(group.diagram->title.get(language)) : esc(group.diagram_id);
            QString legend;
            for (std::size_t i = 0; i < group.marks.size(); ++i) {
                const storage::Mark& m = *group.marks[i];
                QString line =
                    QStringLiteral("<b>%1</b>&nbsp;<span style=\"color:%2;\">"
                                   "\u25cf</span>&nbsp;%3")
                        .arg(group.numbers[i])
                        .arg(mark_colour(m.kind).name(), esc(ui::Words::mark_kind(m.kind)));
                if (!m.label.empty())
                    line += QStringLiteral(": ") + esc(m.label);
                if (m.radius > 0)
                    line +=
                        QStringLiteral(" (") + esc(Summary::tr("an area")) + QStringLiteral(")");
                legend += para(line, 8.5, 1.5);
            }
            h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\"><tr>")
                     .arg(px(2));
            if (group.diagram) {
                h += QStringLiteral("<td valign=\"top\"><img src=\"marks:%1\"></td>").arg(g);
            }
            h += QStringLiteral("<td valign=\"top\" width=\"100%\">");
            h += para(QStringLiteral("<b>%1</b>").arg(caption), 8.5, 2);
            if (!group.diagram)
                h +=
                    para(esc(Summary::tr("This diagram is not in the library: the marks are listed "
                                         "without it.")));
            h += legend + QStringLiteral("</td></tr></table>");
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

// The signature block's height on `device`.
double signature_height(const QFontMetricsF& fm) {
    return fm.height() * 7.5;
}

void paint_signatures(QPainter& painter, const QRectF& box, const QFont& font,
                      const QFontMetricsF& fm) {
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    const double gap = box.width() * 0.06;
    const double w = (box.width() - gap) / 2;
    const double line_y = box.top() + fm.height() * 4.5;
    const std::pair<QString, QString> columns[] = {
        {Summary::tr("Therapist's signature"), Summary::tr("Date")},
        {Summary::tr("Client's signature"), Summary::tr("Date")}};
    for (int i = 0; i < 2; ++i) {
        const double x = box.left() + i * (w + gap);
        painter.setPen(QPen(Qt::black, std::max(fm.height() * 0.06, 1.0)));
        painter.drawLine(QPointF(x, line_y), QPointF(x + w * 0.62, line_y));
        painter.drawLine(QPointF(x + w * 0.7, line_y), QPointF(x + w, line_y));
        const QRectF under(x, line_y + fm.height() * 0.2, w * 0.62, fm.height());
        painter.drawText(under, Qt::AlignLeft | Qt::AlignTop, columns[i].first);
        painter.drawText(QRectF(x + w * 0.7, under.top(), w * 0.3, fm.height()),
                         Qt::AlignLeft | Qt::AlignTop, columns[i].second);
    }
    painter.restore();
}

} // namespace

QColor mark_colour(const std::string& kind) {
    if (kind == "pain")
        return QColor(0xc6, 0x28, 0x28);
    if (kind == "tension")
        return QColor(0xe6, 0x5c, 0x00);
    if (kind == "bruise")
        return QColor(0x6a, 0x1b, 0x9a);
    if (kind == "injection")
        return QColor(0x15, 0x65, 0xc0);
    return QColor(0x37, 0x47, 0x4f);
}

SummaryResult paint_summary(QPainter& painter, QPagedPaintDevice& device,
                            const storage::SessionRecord& record, const Catalog* catalog,
                            const SummaryOptions& options) {
    SummaryResult result;
    if (!painter.isActive())
        return result;
    const PageFrame frame(device);
    const QSizeF page = frame.page;
    if (frame.too_small())
        return result;

    const std::vector<MarkGroup> groups = group_marks(record, catalog);
    const double panel_h = page.height() * 0.42;
    MarkPanels panels(groups, QSizeF(std::min(page.width() * 0.5, panel_h * 0.8), panel_h), 7.0);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &panels);
    doc.setDefaultFont(page_font(8.5));
    doc.setDocumentMargin(0);
    doc.setPageSize(page);
    doc.setHtml(summary_html(record, groups, options.language));

    // The signatures go under the text, on a page of their own when the last has no room.
    const QFont sign_font = page_font(8.5);
    const QFontMetricsF sign_metrics(sign_font, &device);
    const double sign_h = signature_height(sign_metrics);
    int pages = doc.pageCount();
    const QRectF last = doc.documentLayout()->blockBoundingRect(doc.lastBlock());
    double text_bottom = last.bottom() - page.height() * (pages - 1);
    if (text_bottom + sign_h > page.height()) {
        ++pages;
        text_bottom = 0;
    }

    const storage::SessionSummary& s = record.summary;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        panels.set_page(i);
        frame.paint_text(painter, doc, i);
        if (i == pages - 1) {
            paint_signatures(painter, QRectF(0, text_bottom, page.width(), sign_h), sign_font,
                             sign_metrics);
        }
        frame.paint_footer(painter,
                           Summary::tr("Effleur \u00b7 session summary \u00b7 %1 \u00b7 %2")
                               .arg(str(s.client_name), date_of(s.started)),
                           Summary::tr("page %1 of %2").arg(i + 1).arg(pages));
    }
    result.pages = pages;
    result.panels = panels.placed();
    return result;
}

SummaryResult paint_summary(QPagedPaintDevice& device, const storage::SessionRecord& record,
                            const Catalog* catalog, const SummaryOptions& options) {
    QPainter painter;
    if (!painter.begin(&device))
        return {};
    SummaryResult r = paint_summary(painter, device, record, catalog, options);
    painter.end();
    return r;
}

Status write_summary_pdf(const QString& path, const storage::SessionRecord& record,
                         const Catalog* catalog, Paper paper, bool archival,
                         const SummaryOptions& options) {
    PdfFile setup;
    setup.paper = paper;
    setup.margins_mm = QMarginsF(14, 12, 14, 10);
    setup.archival = archival;
    // No client's name in the metadata: only the date.
    setup.title = Summary::tr("Session summary, %1").arg(date_of(record.summary.started));
    setup.owner_only = true; // health data
    return write_pdf(
        path, setup,
        [&](QPdfWriter& writer) {
            return paint_summary(writer, record, catalog, options).pages > 0;
        },
        Summary::tr("cannot paint the summary into %1").arg(path));
}

} // namespace effleur::print

#include "sessionsummary.moc"
