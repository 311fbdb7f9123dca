#pragma once
// The app's own look for the light and dark themes: Qt's Fusion style with two things it lacks
// on a dark palette. Check boxes and radio buttons get an outline that stands out from the
// window, and the widget that has the keyboard focus gets a ring around it (a QFocusFrame that
// follows the focus), so that every Tab stop shows where it is. The session view, which keeps
// the focus for its keys all session long, gets no ring.
//
// The ring is a widget of the focused widget's window, drawn over the widget's edge and
// transparent to the mouse; it moves and resizes with the widget and hides with it.
//
// The theme the user chooses in View: the platform's own (System), or the app's Light or Dark
// palette on AppStyle; apply_theme() sets it for the whole application.
//
// Ownership: make_app_style() and make_platform_style() return a style for
// QApplication::setStyle, which takes it.
// FocusRing is a QObject owned by its parent (the main window); the ring widget belongs to the
// window it is drawn in. Nothing here throws.

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QProxyStyle>
#include <QWidget>

#include <vector>

namespace effleur::ui {

enum class ThemeChoice { System, Light, Dark };

// The dark palette used for ThemeChoice::Dark.
[[nodiscard]] QPalette dark_palette();
// The palette the platform gave before any theme was applied: the System choice. The first call
// takes it from the application, so make it before any theme is applied.
[[nodiscard]] const QPalette& system_palette();

// A style over `base` (the platform's own when none is given) that asks `base` for the toolbar
// and menu bar extension icons (the ">>" of a bar too narrow for its items) only when one is first
// painted. Every menu bar asks for its icon when it is made; loading it reads a PNG, for which Qt
// loads every image-format plugin to ask whether it can read it, before the first frame.
class DeferredIconStyle : public QProxyStyle {
    Q_OBJECT

public:
    explicit DeferredIconStyle(QStyle* base = nullptr);

    [[nodiscard]] QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                                     const QWidget* widget = nullptr) const override;
};

class AppStyle : public DeferredIconStyle {
    Q_OBJECT

public:
    AppStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
};

// A new AppStyle (Fusion underneath).
[[nodiscard]] QStyle* make_app_style();
// The style the application has now (the platform's own, or the one -style or QT_STYLE_OVERRIDE
// names), under a DeferredIconStyle: for the System theme. Needs a QApplication.
[[nodiscard]] QStyle* make_platform_style();

// The colour of the focus ring for this palette: the highlight, lightened on a dark window.
[[nodiscard]] QColor focus_ring_colour(const QPalette& palette);

// Keeps a ring around the application's focus widget while enabled.
class FocusRing : public QObject {
    Q_OBJECT

public:
    explicit FocusRing(QObject* parent);
    void set_enabled(bool on);
    [[nodiscard]] bool enabled() const { return enabled_; }
    // The widget the ring is around; null when none is shown.
    [[nodiscard]] QWidget* target() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow(QWidget* now);
    void place();
    void unwatch();

    bool enabled_ = false;
    QPointer<QWidget> target_;
    QPointer<QWidget> ring_;
    std::vector<QPointer<QWidget>> watched_; // the target and its parents, for moves
};

// Sets the application's style and palette for `theme`; the ring shows the focus in the
// app's own themes.
void apply_theme(ThemeChoice theme, FocusRing& ring);

} // namespace effleur::ui
