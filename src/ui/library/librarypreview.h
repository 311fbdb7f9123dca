#pragma once
// The library's diagram preview: for the selected protocol, each diagram it works on (its
// default diagram first) with every line the protocol works drawn in the line colour, arrows
// showing the direction of travel and a dot where each line starts. Static: no hands, no
// animation. It follows the theme (from the widget's palette) and the screen's pixel ratio.
//
// Lazy: nothing is rendered until the widget is shown, and then only for the protocol selected
// last, a moment after the selection settles (so typing in the search never waits for it). The
// pictures are kept per protocol, size, pixel ratio and theme, so going back to a protocol is
// instant. Tests call flush() instead of waiting.
//
// Ownership: the preview borrows the catalogue, which must outlive it, and shares the
// protocols it shows. Errors: a diagram without art is drawn as the renderer's message; a
// protocol without diagrams shows an empty card; nothing throws.

#include "core/catalog.h"
#include "core/protocol.h"
#include "render/diagramrenderer.h"
#include "render/diagramscene.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace effleur::ui {

class LibraryPreview : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPreview(const Catalog& catalog, QWidget* parent = nullptr);

    // Shows this protocol (null: nothing). Only schedules the rendering.
    void set_protocol(std::shared_ptr<const Protocol> protocol);
    [[nodiscard]] const std::shared_ptr<const Protocol>& protocol() const { return protocol_; }

    // Renders now what is waiting, if the preview is shown; for tests.
    void flush();
    // A picture is waiting to be rendered.
    [[nodiscard]] bool pending() const { return timer_.isActive(); }
    // How many pictures have been rendered since construction.
    [[nodiscard]] int renders() const { return renders_; }
    // The picture on show for the current protocol, size and theme; null if none yet.
    [[nodiscard]] QPixmap picture() const;
    [[nodiscard]] DiagramTheme theme() const;
    // The ids of the diagrams on show, in order; empty before rendering.
    [[nodiscard]] std::vector<std::string> diagrams() const;
    // Where a line of the protocol is drawn (at `fraction` of its travel), in widget
    // coordinates, from the scene of the picture on show; nullopt if it is not drawn.
    [[nodiscard]] std::optional<QPointF> line_point(const std::string& line,
                                                    double fraction = 0.5) const;

    // Tall enough for a standing figure: the details below scroll, the figure does not shrink.
    [[nodiscard]] QSize sizeHint() const override { return {480, 460}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Panel {
        std::string diagram;
        DiagramScene scene; // device coordinates of the picture
    };
    struct Picture {
        std::shared_ptr<const Protocol> protocol;
        QSize size;
        qreal dpr = 1;
        DiagramTheme theme = DiagramTheme::Light;
        QPixmap pixmap;
        std::vector<Panel> panels;
    };
    [[nodiscard]] const Picture* find(const QSize& size, qreal dpr, DiagramTheme theme) const;
    [[nodiscard]] const Picture* shown() const;
    void schedule();
    void render();

    const Catalog& catalog_;
    std::shared_ptr<const Protocol> protocol_;
    DiagramRenderer renderer_;
    std::list<Picture> pictures_; // most recently used first
    QPixmap stale_;               // the last picture, drawn scaled until the new one is ready
    QTimer timer_;
    int renders_ = 0;
    static constexpr std::size_t max_pictures = 8;
};

} // namespace effleur::ui
