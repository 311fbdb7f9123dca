#pragma once
// Paints a diagram for a frame: the base (background, focus zone, art) from a cached pixmap, then
// the overlay (lines, arrowheads, hand markers, breathing figure) fresh each time. What it paints
// depends only on the frame, the target size and the theme, so tests and the command line paint
// into a QImage exactly what the widget shows.
//
// Ownership: the renderer owns the loaded art and the cached bases; frames are borrowed for the
// call, except by prefetch_base(), whose thread reads its frame until settle() or the renderer's
// end. Threads: a renderer is used from one thread; prefetch_base() gives the painting of a base
// to another, and waits for it before it paints with the same art itself. Errors: a diagram without
// art (or whose art lacks a landmark) is painted as a message, and art() says why; nothing throws.
// Needs a QGuiApplication (pixmaps, fonts).

#include "core/diagnostic.h"
#include "render/breathingfigure.h"
#include "render/diagramart.h"
#include "render/diagramframe.h"
#include "render/diagramscene.h"
#include "render/diagramtheme.h"
#include "render/markerpainter.h"

#include <QImage>
#include <QPixmap>
#include <QRect>
#include <QRegion>
#include <QString>

#include <atomic>
#include <future>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QPainter;

namespace effleur::ui {

class DiagramRenderer {
public:
    explicit DiagramRenderer(DiagramTheme theme = DiagramTheme::Light);
    ~DiagramRenderer(); // waits for the bases under way (prefetch_base())
    DiagramRenderer(const DiagramRenderer&) = delete;
    DiagramRenderer& operator=(const DiagramRenderer&) = delete;

    void set_theme(DiagramTheme theme) { theme_ = theme; }
    [[nodiscard]] DiagramTheme theme() const { return theme_; }
    [[nodiscard]] const DiagramPalette& palette() const { return palette_for(theme_); }

    // The art of a diagram, loaded once and kept (never null), or why there is none.
    Result<std::shared_ptr<const DiagramArt>> art(const Diagram& diagram);

    // The layout of a frame in `target`; nullopt when the frame has no diagram or no art.
    // `cache`, when given, keeps the step's geometry for the next frames (see SceneCache).
    [[nodiscard]] std::optional<DiagramScene> scene(const DiagramFrame& frame, const QRectF& target,
                                                    SceneCache* cache = nullptr);

    // A whole frame: the base with the lines on it, cached until a line changes role, then the
    // hands. The same pixels as paint_base() followed by paint_overlay().
    // `given`, when not null, must be scene(frame, target): the widget lays out once per frame.
    // `exposed`, when not null, is the part of `target` to paint (a widget's update region): only
    // that part of the cached picture is copied and only the hands over it are painted, with the
    // same pixels there as a whole frame; the rest of the device is left as it was.
    void paint(QPainter* painter, const QRect& target, const DiagramFrame& frame,
               const DiagramScene* given = nullptr, const QRegion* exposed = nullptr);
    // The cached base alone (rendered on first use for this size, theme and view).
    void paint_base(QPainter* painter, const QRect& target, const DiagramFrame& frame);
    // Starts rendering the cached base that paint() and paint_base() will need for this target,
    // device pixel ratio, theme and frame, on a thread of the global pool, so that the main
    // thread goes on meanwhile (a widget's resize, before the rest of the window is laid out
    // and painted). The paint that needs it waits for it; the pixels are the same as a base
    // rendered on the paint. The thread paints the loaded art, which this renderer then leaves
    // to it (it renders a base itself only once none is under way: settle()); it reads the
    // frame's diagram and step, which must outlive this renderer or the next settle(). Nothing
    // is started for a base cached or under way, on a breathing step, or without art. A newer
    // request makes an older one that has not begun skip its work.
    void prefetch_base(const QRect& target, qreal dpr, const DiagramFrame& frame);
    // Waits for every base under way; afterwards the frames they were given may go.
    void settle();
    [[nodiscard]] std::size_t bases_under_way() const { return prefetches_.size(); }

    // The overlay alone (lines and hands, nothing cached), over whatever is there.
    void paint_overlay(QPainter* painter, const QRect& target, const DiagramFrame& frame);
    void paint_overlay(QPainter* painter, const DiagramScene& scene, const DiagramFrame& frame);

    // What changes from one moment of a step to the next (markers, their trails, the breathing
    // figure), in device coordinates; the lines change only when `line_state` does.
    [[nodiscard]] QRegion moving_region(const DiagramScene& scene, const DiagramFrame& frame) const;
    // A key that changes whenever a hand would look different (to a tenth of a pixel's worth of
    // its motion); a frame with the same key as the last need not be painted.
    [[nodiscard]] static std::string hand_state(const DiagramScene& scene);
    // A key that changes whenever any line's role or side changes.
    [[nodiscard]] static std::string line_state(const DiagramScene& scene);
    // On a breathing step, what moves on the figure (see BreathingMotion); nullopt on any other
    // step, or when the figure's art cannot be loaded.
    [[nodiscard]] std::optional<BreathingMotion> breathing_motion(const DiagramFrame& frame,
                                                                  const QRectF& target, qreal dpr);

    // The breathing figure's art, loaded once; null if it cannot be.
    std::shared_ptr<const DiagramArt> breathing_art();

    // Whether hands are blitted from pre-rendered sprites (the default) or painted afresh each
    // frame; the two look the same to within a quarter pixel's antialiasing.
    void set_cached_markers(bool on) { cached_markers_ = on; }
    [[nodiscard]] bool cached_markers() const { return cached_markers_; }
    [[nodiscard]] const MarkerSprites& sprites() const { return sprites_; }

    [[nodiscard]] std::size_t cached_bases() const { return bases_.size(); }
    static constexpr std::size_t max_cached_bases = 6;

private:
    // Copies `pixmap` (of `target`'s size, at its device pixel ratio) onto `target`, only where
    // `area` is, pixel for pixel.
    static void blit(QPainter* painter, const QRect& target, const QPixmap& pixmap,
                     const QRegion& area);
    const QPixmap& base(const QRect& target, qreal dpr, const DiagramFrame& frame);
    // The cache key of a base: its art, theme, size, ratio, view, focus and side.
    [[nodiscard]] QString base_key_for(const QRect& target, qreal dpr, const DiagramFrame& frame);
    const QPixmap& keep_base(QString key, QPixmap pixmap);
    void drop_finished(); // the bases rendered ahead that are done and not taken
    void render_base(QPainter* painter, const QRectF& target, const DiagramFrame& frame);
    // The base of a frame with art, over its background: what render_base() paints then. Reads
    // only its arguments, so a pool thread may paint it while no other thread renders `art`.
    static void paint_art_base(QPainter* painter, const QRectF& target, const DiagramFrame& frame,
                               const DiagramArt& art, DiagramTheme theme);
    void paint_markers(QPainter* painter, const DiagramScene& scene);
    void paint_marker_at(QPainter* painter, const DiagramScene& scene, const SceneMarker& marker);

    DiagramTheme theme_;
    std::map<std::string, std::shared_ptr<const DiagramArt>, std::less<>> arts_;
    std::map<std::string, Diagnostic, std::less<>> art_errors_;
    std::shared_ptr<const DiagramArt> breathing_art_;
    bool breathing_tried_ = false;
    struct Base {
        QString key;
        QPixmap pixmap;
    };
    std::list<Base> bases_; // most recently used first
    struct Prefetch {
        QString key;
        std::shared_future<QImage> image;
        std::shared_ptr<std::atomic<bool>> wanted; // false: skip the work if not yet begun
    };
    std::vector<Prefetch> prefetches_; // oldest first
    QString lines_key_;                // the base with the lines: one, for the step on screen
    QPixmap lines_;
    MarkerSprites sprites_;
    bool cached_markers_ = true;
};

} // namespace effleur::ui
