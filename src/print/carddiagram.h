#pragma once
// The card's diagrams: which panels it shows (each diagram worked, per day for a multi-day
// complex), the number of every line in the order the steps first work it, and the text object
// that paints a panel inside the card's QTextDocument, as vectors, where the layout puts it.
//
// Ownership: a CardPlan points into the protocol and catalogue it was made from; both must
// outlive it. CardDiagrams borrows the plan and owns its renderer. Errors: a panel whose diagram
// has no art is painted as a framed message; nothing throws.

#include "core/catalog.h"
#include "core/protocol.h"
#include "render/diagramrenderer.h"

#include <QObject>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTextObjectInterface>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QPainter;

namespace effleur::print {

// A line as a step works it: the same line worked the other way is another line on the card.
using LineKey = std::pair<std::string, Direction>;

// "L" and "R" in the bottom corners of `corner`, as the figure's own sides: in a front view the
// figure's right is on the viewer's left. In black, with the painter's font.
void paint_side_letters(QPainter& p, const QRectF& corner, bool posterior);

struct Panel {
    const Diagram* diagram = nullptr;
    std::optional<int> day;
    QString caption;
    Step overview;            // every line the panel shows, once per direction, as one step
    std::vector<int> numbers; // the card's number of each of overview.lines
};

struct CardPlan {
    std::vector<Panel> panels;
    std::map<LineKey, int> numbers; // from 1, in the order the steps first work each line
};

[[nodiscard]] CardPlan plan_card(const Protocol& protocol, const Catalog& catalog,
                                 const std::string& language);

// The document's handler for images named "diagram:N": panel N of the plan, `sizes[N]` in the
// layout's device units. Registered for QTextFormat::ImageObject (the card has no other images).
class CardDiagrams : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    CardDiagrams(const CardPlan& plan, std::vector<QSizeF> sizes, double type_scale);

    QSizeF intrinsicSize(QTextDocument* doc, int pos, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int pos,
                    const QTextFormat& format) override;

    // Paints panel `index` into `rect` (device units of `painter`).
    void paint_panel(QPainter* painter, const QRectF& rect, std::size_t index);

private:
    [[nodiscard]] std::optional<std::size_t> panel_of(const QTextFormat& format) const;

    const CardPlan& plan_;
    std::vector<QSizeF> sizes_;
    double type_scale_;
    ui::DiagramRenderer renderer_;
};

} // namespace effleur::print
