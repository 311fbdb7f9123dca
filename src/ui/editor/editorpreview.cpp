#include "ui/editor/editorpreview.h"

#include <QMenu>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace effleur::ui {

namespace {

constexpr double pick_distance = 9.0; // pixels from a curve or landmark that still picks it

std::string string_at(const OrderedJson& json, const char* key) {
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double distance(const QPointF& a, const QPointF& b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

Step preview_step(const OrderedJson& json, const Catalog& catalog,
                  const std::string& fallback_diagram) {
    Step s;
    if (!json.is_object())
        return s;
    s.id = string_at(json, "id");
    s.technique = technique_from_string(string_at(json, "technique")).value_or(Technique::Stroking);
    s.depth = depth_from_string(string_at(json, "depth"));
    s.side = side_from_string(string_at(json, "side")).value_or(Side::Both);
    s.first_side = body_side_from_string(string_at(json, "first_side")).value_or(BodySide::Left);
    s.focus = string_at(json, "focus");
    if (const auto it = json.find("passes"); it != json.end() && it->is_number_integer())
        s.passes = std::clamp(it->get<int>(), 1, 999);
    if (const auto it = json.find("seconds"); it != json.end() && it->is_number())
        s.seconds = it->get<double>();
    if (const auto it = json.find("pass_seconds"); it != json.end() && it->is_number())
        s.pass_seconds = it->get<double>();
    if (const auto it = json.find("lines"); it != json.end() && it->is_array()) {
        for (const auto& ref : *it) {
            LineRef r;
            r.line = ref.is_string() ? ref.get<std::string>() : string_at(ref, "line");
            r.direction = string_at(ref, "direction") == "reversed" ? Direction::Reversed
                                                                    : Direction::AsDrawn;
            const Diagram* owner = nullptr;
            if (catalog.line(r.line, &owner) == nullptr)
                continue; // an unknown line: the problems list says so
            if (s.diagram.empty())
                s.diagram = owner->id;
            if (owner->id == s.diagram)
                s.lines.push_back(std::move(r));
        }
    }
    if (s.diagram.empty())
        s.diagram = fallback_diagram;
    if (const Diagram* d = catalog.diagram(s.diagram);
        d && !s.focus.empty() && d->regions.find(s.focus) == d->regions.end())
        s.focus.clear();
    return s;
}

EditorPreview::EditorPreview(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    timer_.setInterval(33);
    connect(&timer_, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    clock_.start();
}

void EditorPreview::set_step(const Step& step) {
    shown_ = true;
    sketch_ = false;
    step_ = step;
    diagram_ = catalog_.diagram(step_.diagram);
    update_timer();
    update();
}

void EditorPreview::sketch_step(const OrderedJson* step, const std::string& fallback_diagram) {
    shown_ = step != nullptr && step->is_object();
    sketch_ = shown_;
    step_ = shown_ ? preview_step(*step, catalog_, fallback_diagram) : Step{};
    diagram_ = catalog_.diagram(shown_ ? step_.diagram : fallback_diagram);
    update_timer();
    update();
}

void EditorPreview::set_theme(DiagramTheme theme) {
    renderer_.set_theme(theme);
    update();
}

void EditorPreview::set_time(std::optional<double> seconds) {
    fixed_time_ = seconds;
    update_timer();
    update();
}

void EditorPreview::update_timer() {
    const bool run = isVisible() && shown_ && !fixed_time_ && !step_.lines.empty();
    if (run && !timer_.isActive())
        timer_.start();
    else if (!run)
        timer_.stop();
}

void EditorPreview::showEvent(QShowEvent*) {
    update_timer();
}

void EditorPreview::hideEvent(QHideEvent*) {
    update_timer();
}

std::optional<DiagramFrame> EditorPreview::frame() const {
    if (diagram_ == nullptr)
        return std::nullopt;
    DiagramFrame f;
    f.diagram = diagram_;
    f.step = shown_ ? &step_ : nullptr;
    double part = 30;
    if (step_.seconds && *step_.seconds > 0)
        part = *step_.seconds;
    else if (step_.pass_seconds && *step_.pass_seconds > 0)
        part = *step_.pass_seconds * step_.passes;
    const double t = fixed_time_ ? *fixed_time_ : static_cast<double>(clock_.elapsed()) / 1000.0;
    const int parts = step_.side == Side::Alternating ? 2 : 1;
    const auto cycle = static_cast<long>(std::floor(t / part));
    f.parts = parts;
    f.part = static_cast<int>(cycle % parts);
    f.t_seconds = t - static_cast<double>(cycle) * part;
    f.fraction = std::clamp(f.t_seconds / part, 0.0, 1.0);
    switch (step_.side) {
    case Side::Both:
        f.side = std::nullopt;
        break;
    case Side::Left:
        f.side = BodySide::Left;
        break;
    case Side::Right:
        f.side = BodySide::Right;
        break;
    case Side::Alternating: {
        const BodySide other =
            step_.first_side == BodySide::Left ? BodySide::Right : BodySide::Left;
        f.side = f.part == 0 ? step_.first_side : other;
        break;
    }
    }
    return f;
}

std::optional<DiagramScene> EditorPreview::scene() const {
    const auto f = frame();
    if (!f)
        return std::nullopt;
    return renderer_.scene(*f, QRectF(rect()));
}

std::vector<EditorPreview::Pickable> EditorPreview::pickables() const {
    std::vector<Pickable> out;
    const auto s = scene();
    if (!s || diagram_ == nullptr)
        return out;
    const auto art = renderer_.art(*diagram_).value_or(nullptr);
    if (!art)
        return out;
    for (const MassageLine& line : diagram_->lines) {
        for (BodySide side : {BodySide::Right, BodySide::Left}) {
            std::vector<QPointF> points;
            bool found = true;
            for (const std::string& id : line.points()) {
                const auto p = art->landmark(id, side);
                if (!p) {
                    found = false;
                    break;
                }
                points.push_back(*p);
            }
            if (found && points.size() >= 2)
                out.push_back({line.id, LinePath(points).mapped(s->to_device)});
            if (!line.bilateral)
                break;
        }
    }
    return out;
}

std::string EditorPreview::line_at(const QPointF& at) const {
    std::string best;
    double nearest = pick_distance;
    for (const Pickable& p : pickables()) {
        constexpr int samples = 96;
        for (int i = 0; i <= samples; ++i) {
            const double d = distance(p.path.point_at(i / double(samples)), at);
            if (d < nearest) {
                nearest = d;
                best = p.line;
            }
        }
    }
    return best;
}

std::string EditorPreview::landmark_at(const QPointF& at) const {
    const auto s = scene();
    if (!s || diagram_ == nullptr)
        return {};
    const auto art = renderer_.art(*diagram_).value_or(nullptr);
    if (!art)
        return {};
    std::string best;
    double nearest = pick_distance + 3;
    for (const Landmark& l : diagram_->landmarks) {
        for (BodySide side : {BodySide::Right, BodySide::Left}) {
            if (const auto p = art->landmark(l.id, side)) {
                const double d = distance(s->to_device.map(*p), at);
                if (d < nearest) {
                    nearest = d;
                    best = l.id;
                }
            }
        }
    }
    return best;
}

std::optional<QPointF> EditorPreview::line_point(const std::string& line, double fraction) const {
    for (const Pickable& p : pickables())
        if (p.line == line)
            return p.path.point_at(fraction);
    return std::nullopt;
}

void EditorPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto f = frame();
    if (!f) {
        painter.fillRect(rect(), palette().window());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No diagram: choose the protocol's diagrams in its header."));
        return;
    }
    renderer_.paint(&painter, rect(), *f);
    if (sketch_) {
        // Not yet the session's step: its defaults apply once the protocol loads.
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(10, 10, -10, -10),
                         Qt::AlignBottom | Qt::AlignHCenter | Qt::TextWordWrap,
                         tr("A sketch from this step's own fields: fix the problems to see it as "
                            "the session shows it."));
    }
    // Every line of the diagram, faint, so that it can be picked; the one under the mouse
    // stronger.
    QColor faint = renderer_.palette().line;
    for (const Pickable& p : pickables()) {
        const bool hot = p.line == hover_;
        QColor c = faint;
        c.setAlphaF(hot ? 0.9f : 0.35f);
        QPen pen(c, hot ? 3.0 : 1.2, hot ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(p.path.path());
    }
    if (!hover_.empty()) {
        if (const MassageLine* l = catalog_.line(hover_)) {
            // The line's name on a pill at the top, over the art.
            const QString hint =
                tr("%1 \u2014 click to add or remove").arg(QString::fromStdString(l->name.get()));
            const QRect area = rect().adjusted(10, 10, -10, -10);
            QRect box =
                painter.fontMetrics().boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, hint);
            box.adjust(-8, -5, 8, 5);
            box.moveTopLeft(area.topLeft());
            QColor back = palette().color(QPalette::ToolTipBase);
            back.setAlphaF(0.92f);
            painter.setPen(Qt::NoPen);
            painter.setBrush(back);
            painter.drawRoundedRect(box, 6, 6);
            painter.setPen(palette().color(QPalette::ToolTipText));
            painter.drawText(box.adjusted(8, 5, -8, -5), Qt::AlignLeft | Qt::TextWordWrap, hint);
        }
    }
}

void EditorPreview::mouseMoveEvent(QMouseEvent* event) {
    const std::string line = line_at(event->position());
    if (line != hover_) {
        hover_ = line;
        setCursor(line.empty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

void EditorPreview::leaveEvent(QEvent*) {
    hover_.clear();
    update();
}

void EditorPreview::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !shown_ || diagram_ == nullptr)
        return;
    if (const std::string line = line_at(event->position()); !line.empty()) {
        Q_EMIT lineClicked(line);
        return;
    }
    const std::string landmark = landmark_at(event->position());
    if (landmark.empty())
        return;
    std::vector<const MassageLine*> through;
    for (const MassageLine& l : diagram_->lines) {
        const auto pts = l.points();
        if (std::find(pts.begin(), pts.end(), landmark) != pts.end())
            through.push_back(&l);
    }
    if (through.size() == 1) {
        Q_EMIT lineClicked(through.front()->id);
        return;
    }
    if (through.empty())
        return;
    QMenu menu(this);
    for (const MassageLine* l : through) {
        const std::string id = l->id;
        menu.addAction(QString::fromStdString(l->name.get()), this,
                       [this, id] { Q_EMIT lineClicked(id); });
    }
    menu.exec(event->globalPosition().toPoint());
}

} // namespace effleur::ui
