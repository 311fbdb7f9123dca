#include "print/carddiagram.h"

#include "render/diagramscene.h"
#include "render/linegeometry.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextFormat>

#include <algorithm>
#include <cmath>

namespace effleur::print {

void paint_side_letters(QPainter& p, const QRectF& corner, bool posterior) {
    const QString left = QCoreApplication::translate("ProtocolCard", "L");
    const QString right = QCoreApplication::translate("ProtocolCard", "R");
    p.setPen(Qt::black);
    p.drawText(corner, Qt::AlignLeft | Qt::AlignBottom, posterior ? left : right);
    p.drawText(corner, Qt::AlignRight | Qt::AlignBottom, posterior ? right : left);
}

namespace {

// The context of this page's words in the catalogues.
struct Card {
    Q_DECLARE_TR_FUNCTIONS(ProtocolCard)
};

QString text_of(const Text& t, const std::string& language) {
    return QString::fromStdString(t.get(language));
}

// The panel for a diagram on a day (nullopt: the whole protocol), made on first use.
Panel* panel_for(std::vector<Panel>& panels, const Diagram* diagram, std::optional<int> day) {
    for (Panel& p : panels) {
        if (p.diagram == diagram && p.day == day) {
            return &p;
        }
    }
    Panel p;
    p.diagram = diagram;
    p.day = day;
    p.overview.id = "card";
    p.overview.diagram = diagram->id;
    p.overview.technique = Technique::Stroking;
    p.overview.seconds = 1;
    panels.push_back(std::move(p));
    return &panels.back();
}

} // namespace

CardPlan plan_card(const Protocol& protocol, const Catalog& catalog, const std::string& language) {
    CardPlan plan;
    // A multi-day complex shows each day's diagrams; any other protocol each diagram once.
    const bool by_day = std::any_of(protocol.stages.begin(), protocol.stages.end(),
                                    [](const Stage& s) { return s.day.has_value(); });
    int next = 1;
    for (const Stage& stage : protocol.stages) {
        for (const Step& step : stage.steps) {
            for (const LineRef& ref : step.lines) {
                const LineKey key{ref.line, ref.direction};
                if (plan.numbers.find(key) == plan.numbers.end()) {
                    plan.numbers.emplace(key, next++);
                }
                const Diagram* diagram = catalog.diagram(step.diagram);
                if (diagram == nullptr) {
                    continue;
                }
                Panel* p = panel_for(plan.panels, diagram, by_day ? stage.day : std::nullopt);
                const bool known = std::any_of(
                    p->overview.lines.begin(), p->overview.lines.end(), [&](const LineRef& r) {
                        return r.line == ref.line && r.direction == ref.direction;
                    });
                if (!known) {
                    p->overview.lines.push_back(ref);
                    p->numbers.push_back(plan.numbers.at(key));
                }
            }
        }
    }
    // A protocol that works no line still shows its diagram.
    if (plan.panels.empty()) {
        const std::string id = !protocol.diagrams.empty() ? protocol.diagrams.front()
                               : !protocol.stages.empty() ? protocol.stages.front().diagram
                                                          : std::string();
        if (const Diagram* d = catalog.diagram(id)) {
            panel_for(plan.panels, d, std::nullopt);
        }
    }
    for (Panel& p : plan.panels) {
        const QString title = text_of(p.diagram->title, language);
        p.caption = p.day ? Card::tr("Day %1 \u00b7 %2").arg(*p.day).arg(title) : title;
    }
    return plan;
}

CardDiagrams::CardDiagrams(const CardPlan& plan, std::vector<QSizeF> sizes, double type_scale)
    : plan_(plan), sizes_(std::move(sizes)), type_scale_(type_scale),
      renderer_(ui::DiagramTheme::Light) {}

std::optional<std::size_t> CardDiagrams::panel_of(const QTextFormat& format) const {
    const QString name = format.toImageFormat().name();
    if (!name.startsWith(QStringLiteral("diagram:"))) {
        return std::nullopt;
    }
    bool ok = false;
    const auto index = static_cast<std::size_t>(name.mid(8).toUInt(&ok));
    if (!ok || index >= plan_.panels.size() || index >= sizes_.size()) {
        return std::nullopt;
    }
    return index;
}

QSizeF CardDiagrams::intrinsicSize(QTextDocument*, int, const QTextFormat& format) {
    const auto index = panel_of(format);
    return index ? sizes_[*index] : QSizeF(1, 1);
}

void CardDiagrams::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                              const QTextFormat& format) {
    if (const auto index = panel_of(format)) {
        paint_panel(painter, rect, *index);
    }
}

void CardDiagrams::paint_panel(QPainter* p, const QRectF& rect, std::size_t index) {
    const Panel& panel = plan_.panels[index];
    const ui::DiagramPalette& pal = renderer_.palette();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setClipRect(rect);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.0 * type_scale_);
    font.setBold(true);
    p->setFont(font);

    const auto loaded = renderer_.art(*panel.diagram);
    if (!loaded) {
        p->setPen(QPen(Qt::black, 0));
        p->drawRect(rect);
        p->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                    QString::fromStdString(loaded.message()));
        p->restore();
        return;
    }
    const auto& art = loaded.value();
    ui::DiagramFrame frame;
    frame.diagram = panel.diagram;
    frame.step = &panel.overview;
    frame.state = EngineState::Paused;
    const ui::DiagramScene scene = ui::layout_scene(*art, frame, rect);

    // The art, as vectors, clipped to its own box (it is a crop of a body).
    const QRectF art_box = scene.to_device.mapRect(art->view_box());
    p->save();
    p->setClipRect(art_box.intersected(rect), Qt::IntersectClip);
    art->render(p, art_box, ui::DiagramTheme::Light);
    p->restore();

    // Every line as worked, with its arrowheads: a white halo keeps it readable over the art.
    const double w = scene.stroke;
    for (const ui::SceneLine& l : scene.lines) {
        const QPainterPath path = l.path.path();
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(Qt::white, w * 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(path);
        p->setPen(QPen(pal.line, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPath(path);
        for (const ui::Arrow& a : l.arrows) {
            const QPolygonF head = ui::arrowhead_polygon(a, w * 3.6, w * 3.4);
            p->setPen(QPen(Qt::white, w * 0.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p->setBrush(Qt::NoBrush);
            p->drawPolygon(head);
            p->setPen(Qt::NoPen);
            p->setBrush(pal.line);
            p->drawPolygon(head);
        }
    }

    // Each line's number beside where it starts, moved along the line off the numbers placed.
    const QFontMetricsF fm(font, p->device());
    const double r = std::max(fm.height() * 0.62, fm.horizontalAdvance(QStringLiteral("00")) * 0.6);
    std::vector<QPointF> placed;
    auto number_of = [&](const ui::SceneLine& l) -> std::optional<int> {
        const LineKey key{l.id, l.reversed ? Direction::Reversed : Direction::AsDrawn};
        const auto it = plan_.numbers.find(key);
        return it == plan_.numbers.end() ? std::nullopt : std::optional<int>(it->second);
    };
    for (const ui::SceneLine& l : scene.lines) {
        const auto n = number_of(l);
        if (!n) {
            continue;
        }
        // Beside the line, not on it (a short line would vanish under its number): near its
        // start, on whichever side is free of the numbers placed so far.
        const double length = std::max(l.path.length(), 1.0);
        const QPointF start = l.path.point_at(0);
        const QPointF t0 = l.path.tangent_at(0);
        QPointF at =
            start + QPointF(-t0.y(), t0.x()) * (r * 1.45 * (l.side == BodySide::Left ? -1.0 : 1.0));
        bool done = false;
        for (double d = 0; d <= length * 0.6 && !done; d += r * 0.8) {
            const QPointF c = l.path.point_at(d / length);
            const QPointF t = l.path.tangent_at(d / length);
            // The two sides of the body mirror each other: so do their numbers.
            const double first = l.side == BodySide::Left ? -1.0 : 1.0;
            for (const double side : {first, -first}) {
                const QPointF q = c + QPointF(-t.y(), t.x()) * (side * r * 1.45);
                const bool free = std::none_of(placed.begin(), placed.end(), [&](const QPointF& o) {
                    return std::hypot(o.x() - q.x(), o.y() - q.y()) < r * 2.15;
                });
                if (free) {
                    at = q;
                    done = true;
                    break;
                }
            }
        }
        at.setX(std::clamp(at.x(), rect.left() + r, rect.right() - r));
        at.setY(std::clamp(at.y(), rect.top() + r, rect.bottom() - r));
        placed.push_back(at);
        const QRectF disc(at.x() - r, at.y() - r, 2 * r, 2 * r);
        p->setPen(QPen(Qt::black, std::max(w * 0.35, 1.0)));
        p->setBrush(Qt::white);
        p->drawEllipse(disc);
        p->setPen(Qt::black);
        p->drawText(disc, Qt::AlignCenter, QString::number(*n));
    }

    // Which side is which: in a front view the figure's right is on the viewer's left.
    const QRectF corner = rect.adjusted(r * 0.5, r * 0.5, -r * 0.5, -r * 0.5);
    paint_side_letters(*p, corner, art->posterior());
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(QColor(0x80, 0x80, 0x80), std::max(w * 0.25, 1.0)));
    p->drawRect(rect);
    p->restore();
}

} // namespace effleur::print
