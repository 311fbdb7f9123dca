#pragma once
// The editor's live diagram: the selected step as the session will show it, animating, with
// every line of the diagram drawn faintly so that it can be picked. A click on a line, or on a
// landmark that one line starts or ends at, asks for that line (lineClicked); a landmark shared
// by several lines offers them in a menu. Hit-testing follows the renderer's own line geometry.
//
// The step shown is the session's own: the protocol as the loader maps it, with the protocol's
// and the stage's defaults applied (set_step). While the protocol does not load, the preview
// still sketches the step from its own fields (sketch_step) and says so under the diagram.
// Time: a QElapsedTimer while shown, or a fixed moment (set_time) for tests and screenshots.
//
// Ownership: the preview borrows the catalogue, which must outlive it. Nothing here throws.

#include "core/catalog.h"
#include "core/protocol.h"
#include "render/diagramframe.h"
#include "render/diagramrenderer.h"
#include "ui/editor/editordocument.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

namespace effleur::ui {

class EditorPreview : public QWidget {
    Q_OBJECT

public:
    explicit EditorPreview(const Catalog& catalog, QWidget* parent = nullptr);

    // Shows a step as the session shows it (copied).
    void set_step(const Step& step);
    // Sketches a step from its own JSON (and the diagram to use when it has no lines) while the
    // protocol does not load; null shows nothing.
    void sketch_step(const OrderedJson* step, const std::string& fallback_diagram);
    // Whether the step on show is only a sketch (the protocol has errors).
    [[nodiscard]] bool sketch() const { return sketch_; }
    void set_theme(DiagramTheme theme);
    // Freezes the animation at `seconds` into the step (nullopt: run live).
    void set_time(std::optional<double> seconds);

    [[nodiscard]] bool animating() const { return timer_.isActive(); }
    [[nodiscard]] const Step* step() const { return shown_ ? &step_ : nullptr; }
    [[nodiscard]] std::string diagram_id() const { return diagram_ ? diagram_->id : std::string(); }

    // What is drawn now: the scene of the step at the preview's moment (nullopt: no diagram).
    [[nodiscard]] std::optional<DiagramScene> scene() const;
    // The line under a point of the widget, or "" (within a few pixels of its curve).
    [[nodiscard]] std::string line_at(const QPointF& at) const;
    // The landmark under a point, or "".
    [[nodiscard]] std::string landmark_at(const QPointF& at) const;
    // Where a line's middle is drawn, for tests; nullopt if not shown.
    [[nodiscard]] std::optional<QPointF> line_point(const std::string& line,
                                                    double fraction = 0.5) const;

    [[nodiscard]] QSize sizeHint() const override { return {480, 420}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {220, 200}; }

Q_SIGNALS:
    void lineClicked(const std::string& line);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Pickable {
        std::string line;
        LinePath path; // device coordinates
    };
    [[nodiscard]] std::optional<DiagramFrame> frame() const;
    [[nodiscard]] std::vector<Pickable> pickables() const;
    void update_timer();

    const Catalog& catalog_;
    mutable DiagramRenderer renderer_;
    Step step_;
    bool shown_ = false;
    bool sketch_ = false;
    const Diagram* diagram_ = nullptr;
    QTimer timer_;
    QElapsedTimer clock_;
    std::optional<double> fixed_time_;
    std::string hover_;
};

// A Step made from a step's JSON as far as it goes (no defaults, no checks): enough to sketch it
// while the protocol does not load.
[[nodiscard]] Step preview_step(const OrderedJson& json, const Catalog& catalog,
                                const std::string& fallback_diagram);

} // namespace effleur::ui
