#include "ui/library/librarypreview.h"

#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace effleur::ui {

namespace {

// How long the selection must stay put before its picture is rendered: longer than the gap
// between two keys typed in the search, short enough to feel immediate.
constexpr int settle_ms = 120;
constexpr int gap = 8; // pixels between two diagrams

// One diagram of a protocol and every line the protocol works on it, as one step of all of
// them (each line once per direction of travel), so that the scene lays them all out.
struct Overview {
    const Diagram* diagram = nullptr;
    Step step;
};

std::vector<Overview> overviews(const Protocol& p, const Catalog& catalog) {
    std::vector<Overview> out;
    auto entry = [&](const std::string& id) -> Overview* {
        const Diagram* d = catalog.diagram(id);
        if (d == nullptr)
            return nullptr;
        for (Overview& o : out)
            if (o.diagram == d)
                return &o;
        Overview o;
        o.diagram = d;
        o.step.id = "overview";
        o.step.diagram = d->id;
        o.step.technique = Technique::Stroking;
        o.step.seconds = 1;
        out.push_back(std::move(o));
        return &out.back();
    };
    for (const std::string& id : p.diagrams) // the protocol's order: its default first
        entry(id);
    for (const Stage& stage : p.stages) {
        for (const Step& step : stage.steps) {
            if (step.lines.empty())
                continue;
            Overview* o = entry(step.diagram);
            if (o == nullptr)
                continue;
            for (const LineRef& ref : step.lines) {
                const bool known =
                    std::any_of(o->step.lines.begin(), o->step.lines.end(), [&](const LineRef& r) {
                        return r.line == ref.line && r.direction == ref.direction;
                    });
                if (!known)
                    o->step.lines.push_back(ref);
            }
        }
    }
    // The diagrams the protocol works on; its default diagram alone when it works on none.
    std::vector<Overview> worked;
    for (Overview& o : out)
        if (!o.step.lines.empty())
            worked.push_back(std::move(o));
    if (worked.empty()) {
        const std::string fallback = !p.diagrams.empty() ? p.diagrams.front()
                                     : !p.stages.empty() ? p.stages.front().diagram
                                                         : std::string();
        for (Overview& o : out)
            if (o.diagram->id == fallback)
                worked.push_back(std::move(o));
    }
    return worked;
}

} // namespace

LibraryPreview::LibraryPreview(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog) {
    setObjectName(QStringLiteral("preview"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    timer_.setSingleShot(true);
    timer_.setInterval(settle_ms);
    connect(&timer_, &QTimer::timeout, this, &LibraryPreview::render);
}

void LibraryPreview::set_protocol(std::shared_ptr<const Protocol> protocol) {
    if (protocol == protocol_)
        return;
    protocol_ = std::move(protocol);
    setToolTip(protocol_ ? tr("Every line this protocol works; arrows show the direction of the "
                              "stroke, dots where each starts.")
                         : QString());
    schedule();
    update();
}

DiagramTheme LibraryPreview::theme() const {
    return palette().color(QPalette::Window).lightness() < 128 ? DiagramTheme::Dark
                                                               : DiagramTheme::Light;
}

const LibraryPreview::Picture* LibraryPreview::find(const QSize& size, qreal dpr,
                                                    DiagramTheme theme) const {
    for (const Picture& p : pictures_)
        if (p.protocol == protocol_ && p.size == size && qFuzzyCompare(p.dpr, dpr) &&
            p.theme == theme)
            return &p;
    return nullptr;
}

const LibraryPreview::Picture* LibraryPreview::shown() const {
    return protocol_ ? find(size(), devicePixelRatioF(), theme()) : nullptr;
}

QPixmap LibraryPreview::picture() const {
    const Picture* p = shown();
    return p ? p->pixmap : QPixmap();
}

std::vector<std::string> LibraryPreview::diagrams() const {
    std::vector<std::string> out;
    if (const Picture* p = shown())
        for (const Panel& panel : p->panels)
            out.push_back(panel.diagram);
    return out;
}

std::optional<QPointF> LibraryPreview::line_point(const std::string& line, double fraction) const {
    if (const Picture* p = shown())
        for (const Panel& panel : p->panels)
            for (const SceneLine& l : panel.scene.lines)
                if (l.id == line)
                    return l.path.point_at(fraction);
    return std::nullopt;
}

void LibraryPreview::schedule() {
    if (protocol_ && isVisible() && !size().isEmpty() && shown() == nullptr)
        timer_.start();
    else
        timer_.stop();
}

void LibraryPreview::flush() {
    if (timer_.isActive()) {
        timer_.stop();
        render();
    }
}

void LibraryPreview::render() {
    if (!protocol_ || !isVisible() || size().isEmpty() || shown() != nullptr)
        return;
    Picture pic;
    pic.protocol = protocol_;
    pic.size = size();
    pic.dpr = devicePixelRatioF();
    pic.theme = theme();
    renderer_.set_theme(pic.theme);
    const DiagramPalette& pal = renderer_.palette();

    pic.pixmap = QPixmap(pic.size * pic.dpr);
    pic.pixmap.setDevicePixelRatio(pic.dpr);
    pic.pixmap.fill(pal.background);
    QPainter painter(&pic.pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont caption_font = font();
    painter.setFont(caption_font);
    const int caption = QFontMetrics(caption_font).height() + 6;

    const std::vector<Overview> parts = overviews(*protocol_, catalog_);
    const int n = static_cast<int>(parts.size());
    for (int i = 0; i < n; ++i) {
        const Overview& o = parts[static_cast<std::size_t>(i)];
        const int left = i * (pic.size.width() + gap) / n;
        const int right = (i + 1) * (pic.size.width() + gap) / n - gap;
        const QRect area(left, 0, right - left, pic.size.height() - caption);
        if (area.width() < 8 || area.height() < 8)
            continue;
        DiagramFrame frame;
        frame.diagram = o.diagram;
        frame.step = &o.step;
        frame.state = EngineState::Paused;
        renderer_.paint_base(&painter, area, frame);
        Panel panel;
        panel.diagram = o.diagram->id;
        if (auto scene = renderer_.scene(frame, QRectF(area))) {
            // Every line as worked: none done, none to come, no hands.
            for (SceneLine& l : scene->lines) {
                l.role = LineRole::Active;
                l.current = false;
            }
            scene->markers.clear();
            renderer_.paint_overlay(&painter, *scene, frame);
            // Where each line starts, over the lines.
            painter.save();
            painter.setClipRect(area);
            const double r = scene->stroke * 1.3;
            painter.setPen(QPen(pal.halo, scene->stroke * 0.8));
            painter.setBrush(pal.line);
            for (const SceneLine& l : scene->lines)
                if (!l.path.points().empty())
                    painter.drawEllipse(l.path.point_at(0), r, r);
            painter.restore();
            panel.scene = std::move(*scene);
        }
        painter.setPen(pal.text);
        painter.drawText(QRect(left, area.bottom() + 1, area.width(), caption),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                         QString::fromStdString(o.diagram->title.get()));
        pic.panels.push_back(std::move(panel));
    }
    painter.end();

    pictures_.push_front(std::move(pic));
    if (pictures_.size() > max_pictures)
        pictures_.pop_back();
    ++renders_;
    update();
}

void LibraryPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const DiagramPalette& pal = palette_for(theme());
    if (const Picture* p = shown()) {
        painter.drawPixmap(0, 0, p->pixmap);
        return;
    }
    painter.fillRect(rect(), pal.background);
    if (!protocol_)
        return;
    // While the picture for this size or theme is being made: the protocol's last one, scaled.
    for (const Picture& p : pictures_) {
        if (p.protocol == protocol_ && p.theme == theme()) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            const QSize fit = p.size.scaled(size(), Qt::KeepAspectRatio);
            painter.drawPixmap(QRect(QPoint((width() - fit.width()) / 2, 0), fit), p.pixmap);
            return;
        }
    }
}

void LibraryPreview::resizeEvent(QResizeEvent*) {
    schedule();
}

void LibraryPreview::showEvent(QShowEvent*) {
    schedule();
}

void LibraryPreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        schedule();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace effleur::ui
