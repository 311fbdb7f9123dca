#include "ui/shell/theme.h"

#include "ui/session/sessionview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QIconEngine>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace effleur::ui {

QPalette dark_palette() {
    QPalette p;
    const QColor window(37, 37, 40), base(28, 28, 30), text(235, 235, 235);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, QColor(80, 80, 86));
    p.setColor(QPalette::Highlight, QColor(64, 128, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Link, QColor(120, 170, 240));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    return p;
}

const QPalette& system_palette() {
    static const QPalette palette = QApplication::palette();
    return palette;
}

void apply_theme(ThemeChoice theme, FocusRing& ring) {
    if (theme == ThemeChoice::System) {
        QApplication::setPalette(system_palette());
    } else {
        // Fusion, with check boxes, radio buttons and the focus plain to see.
        if (!qobject_cast<AppStyle*>(QApplication::style()))
            QApplication::setStyle(make_app_style());
        QApplication::setPalette(
            theme == ThemeChoice::Dark ? dark_palette() : QApplication::style()->standardPalette());
    }
    ring.set_enabled(theme != ThemeChoice::System);
}

namespace {

constexpr int ring_margin = 3; // pixels of ring outside the focused widget

bool dark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor focus_ring_colour(const QPalette& palette) {
    const QColor h = palette.color(QPalette::Highlight);
    return dark(palette) ? h.lighter(150) : h;
}

namespace {

// The icon a style gives for one of its standard pixmaps, asked of the style when the icon is
// first painted or measured.
class DeferredStyleIcon : public QIconEngine {
public:
    DeferredStyleIcon(QStyle* style, QStyle::StandardPixmap which) : style_(style), which_(which) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    [[nodiscard]] QString key() const override {
        return QStringLiteral("effleur-deferred-style-icon");
    }
    [[nodiscard]] QIconEngine* clone() const override { return new DeferredStyleIcon(*this); }

private:
    const QIcon& icon() {
        if (!loaded_) {
            loaded_ = true;
            if (style_)
                icon_ = style_->standardIcon(which_);
        }
        return icon_;
    }

    QPointer<QStyle> style_;
    QStyle::StandardPixmap which_;
    bool loaded_ = false;
    QIcon icon_;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle* base) : QProxyStyle(base) {}

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                      const QWidget* widget) const {
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredStyleIcon(baseStyle(), icon));
    return QProxyStyle::standardIcon(icon, option, widget);
}

AppStyle::AppStyle() : DeferredIconStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                             QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!option || !dark(option->palette) ||
        (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton))
        return;
    // Fusion outlines the box in a shade darker than the window: on a dark window, almost
    // nothing. A light outline makes the box and the circle plain to see.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool enabled = option->state & State_Enabled;
    QColor edge = option->palette.color(QPalette::WindowText);
    edge.setAlpha(enabled ? 170 : 90);
    painter->setPen(QPen(edge, 1.2));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2, 2);
    painter->restore();
}

void AppStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                           const QWidget* widget) const {
    if (element != CE_FocusFrame || !option) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(focus_ring_colour(option->palette), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 3, 3);
    painter->restore();
}

int AppStyle::pixelMetric(PixelMetric metric, const QStyleOption* option,
                          const QWidget* widget) const {
    if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
        return ring_margin;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

QStyle* make_app_style() {
    return new AppStyle;
}

QStyle* make_platform_style() {
    // The style Qt chose for the platform, or that -style or QT_STYLE_OVERRIDE asked for.
    return new DeferredIconStyle(QStyleFactory::create(QApplication::style()->name()));
}

namespace {

// The ring itself: only its edge is painted (a mask), and the mouse goes through it.
class RingWidget : public QWidget {
public:
    explicit RingWidget(QWidget* window) : QWidget(window) {
        setObjectName(QStringLiteral("focus-ring"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void resizeEvent(QResizeEvent*) override {
        const int m = ring_margin + 1;
        setMask(QRegion(rect()).subtracted(QRegion(rect().adjusted(m, m, -m, -m))));
    }
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        QStyleOption option;
        option.initFrom(this);
        style()->drawControl(QStyle::CE_FocusFrame, &option, &p, this);
    }
};

} // namespace

FocusRing::FocusRing(QObject* parent) : QObject(parent) {
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget*, QWidget* now) { follow(now); });
}

void FocusRing::set_enabled(bool on) {
    enabled_ = on;
    follow(QApplication::focusWidget());
}

QWidget* FocusRing::target() const {
    return ring_ && target_ && ring_->isVisible() ? target_.data() : nullptr;
}

void FocusRing::unwatch() {
    for (const QPointer<QWidget>& w : watched_)
        if (w)
            w->removeEventFilter(this);
    watched_.clear();
}

void FocusRing::follow(QWidget* now) {
    // The session view keeps the focus all session long for its keys: no ring around the whole
    // session. Menus and windows are not Tab stops.
    const bool ringed = enabled_ && now && !now->isWindow() &&
                        (now->focusPolicy() & Qt::TabFocus) && !qobject_cast<SessionView*>(now) &&
                        !qobject_cast<QMenu*>(now) && !qobject_cast<QMenuBar*>(now);
    unwatch();
    target_ = ringed ? now : nullptr;
    if (!target_) {
        if (ring_)
            ring_->hide();
        return;
    }
    QWidget* window = now->window();
    if (ring_ && ring_->parentWidget() != window) {
        ring_->deleteLater();
        ring_ = nullptr;
    }
    if (!ring_)
        ring_ = new RingWidget(window);
    for (QWidget* w = now; w && w != window; w = w->parentWidget()) {
        w->installEventFilter(this);
        watched_.emplace_back(w);
    }
    place();
}

void FocusRing::place() {
    if (!ring_ || !target_)
        return;
    QWidget* window = ring_->parentWidget();
    if (target_->window() != window) { // moved to another window
        follow(target_);
        return;
    }
    if (!target_->isVisible()) {
        ring_->hide();
        return;
    }
    const QPoint at = target_->mapTo(window, QPoint(0, 0));
    ring_->setGeometry(
        QRect(at, target_->size()).adjusted(-ring_margin, -ring_margin, ring_margin, ring_margin));
    ring_->raise();
    ring_->show();
    ring_->update();
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ParentChange:
        QMetaObject::invokeMethod(this, &FocusRing::place, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace effleur::ui
