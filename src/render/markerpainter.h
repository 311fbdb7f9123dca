#pragma once
// Paints the hand marker of one scene marker: the pad and the technique's shape (trail, orbit,
// rings, rake, comb, pinch, wave). Part of the overlay; a pure function of its inputs.
//
// MarkerSprites paints the same marker from small pre-rendered images: each rigid part (a pad,
// a ring, a bar, teeth, a crest) is rendered once per size, colours, device pixel ratio, turn
// (in steps that move its tips a quarter pixel) and quarter-pixel offset, then only blitted; a
// fading ring is the same image blitted with less opacity. The trail is kept as an image until
// the hand has moved a pixel along its line; the rolling wave ripples every frame and is painted
// directly. Antialiased fills cost far more than blits (Qt hands large ones to a thread pool),
// so an animated frame is mostly blits.
//
// Ownership: the cache owns its images and drops the least recently used beyond max_sprites
// and max_trails. Errors: none; under a rotating or shearing painter it paints directly.

#include "render/diagramscene.h"
#include "render/diagramtheme.h"

#include <QImage>
#include <QPoint>
#include <QRectF>
#include <QTransform>

#include <array>
#include <cstdint>
#include <list>
#include <map>

class QPainter;

namespace effleur::ui {

struct MarkerPart; // one rigid part of a marker (markerpainter.cpp)

void paint_marker(QPainter* painter, const DiagramScene& scene, const SceneMarker& marker,
                  const DiagramPalette& palette);

// Everything paint_marker() may touch, in device coordinates.
[[nodiscard]] QRectF marker_bounds(const DiagramScene& scene, const SceneMarker& marker);

class MarkerSprites {
public:
    // Paints what paint_marker() paints, to within the antialiasing of a quarter pixel.
    void paint(QPainter* painter, const DiagramScene& scene, const SceneMarker& marker,
               const DiagramPalette& palette);

    [[nodiscard]] std::size_t size() const { return sprites_.size(); }
    // How many sprites have been rendered, and how many blits found theirs ready.
    [[nodiscard]] std::uint64_t rendered() const { return rendered_; }
    [[nodiscard]] std::uint64_t reused() const { return reused_; }
    void clear();
    static constexpr std::size_t max_sprites = 1024;

    using Key = std::array<std::int64_t, 11>;
    // The trails of the last few hands: a slow hand's trail stays the same for many frames.
    static constexpr std::size_t max_trails = 8;

private:
    struct Sprite {
        Key key;
        QImage image;
        int half = 0; // the anchor's whole pixel inside the image
    };
    using TrailKey = std::array<std::int64_t, 8>;
    struct Trail {
        TrailKey key;
        QImage image;
        QPoint at; // device pixels
    };
    const Trail& trail(const DiagramScene& scene, const SceneMarker& marker,
                       const QTransform& device, const DiagramPalette& palette);
    const Sprite& sprite(const Key& key, const MarkerPart& part, double angle, double scale,
                         QPointF offset, const DiagramPalette& palette);

    std::list<Sprite> lru_; // most recently used first
    std::map<Key, std::list<Sprite>::iterator> sprites_;
    std::list<Trail> trails_; // most recently used first
    std::uint64_t rendered_ = 0;
    std::uint64_t reused_ = 0;
};

} // namespace effleur::ui
