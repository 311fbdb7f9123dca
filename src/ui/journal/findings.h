#pragma once
// Findings on the diagram: a point or an area (tension, pain, a bruise, an injection site) with a
// word or two, marked on the face or body diagram after a session and drawn again on the next
// session's diagram. Marks are kept in the art's own coordinates (the SVG's view box), so they
// lie where they were put at any size and zoom.
//
// paint_marks() draws marks over a diagram that the render library has painted, through the
// scene's SVG-to-device transform. FindingsBoard shows one diagram's art (the same art as a
// session, painted by DiagramRenderer) with its marks; a click marks a point, a drag an area,
// and by keys the arrows move a cursor, Enter marks there and + or - makes it an area.
// FindingsPanel adds the diagram, the kind and the words; FindingsDialog is the panel in a
// dialog, for a session's record in the journal.
//
// Ownership: the widgets borrow the catalogue, which must outlive them. They only edit values:
// the owner writes the marks to the journal. Labels are drawn and shown as plain text. Nothing
// here throws or logs.

#include "core/catalog.h"
#include "render/diagramrenderer.h"
#include "storage/journal.h"

#include <QDialog>
#include <QWidget>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace effleur::ui {

// The kinds a mark can have, in the order they are offered: "tension", "pain", "bruise",
// "injection", "other".
[[nodiscard]] const std::vector<std::string>& mark_kinds();
// Each kind's colour; "other" for a kind this build does not know.
[[nodiscard]] QColor mark_colour(std::string_view kind);
// The kind in the reader's words ("injection site").
[[nodiscard]] QString mark_kind_name(std::string_view kind);

// A point mark is a dot of this radius on screen, whatever the zoom.
inline constexpr double point_mark_radius_px = 7.0;

// Draws the marks that lie on `diagram` (the others are skipped) through `to_device` (SVG to
// device coordinates): a point as a dot, an area as a tinted disc with a ring, each with its
// words beside it.
void paint_marks(QPainter* painter, const QTransform& to_device, std::string_view diagram,
                 const std::vector<storage::Mark>& marks, const DiagramPalette& palette);

class FindingsBoard : public QWidget {
    Q_OBJECT

public:
    explicit FindingsBoard(const Catalog& catalog, QWidget* parent = nullptr);

    // The diagram shown, by catalogue id; one without art is shown as a message.
    void set_diagram(const std::string& id);
    [[nodiscard]] const std::string& diagram() const { return diagram_; }
    // Marks already kept (on any diagram; those on this one are drawn), and the ones added here.
    void set_kept(std::vector<storage::Mark> marks);
    [[nodiscard]] const std::vector<storage::Mark>& added() const { return added_; }
    void remove_last();
    // What the next mark will be.
    void set_kind(std::string kind) { kind_ = std::move(kind); }
    void set_label(std::string label) { label_ = std::move(label); }

    // The diagram's SVG-to-widget transform at the widget's size; nullopt without art.
    [[nodiscard]] std::optional<QTransform> to_device();
    // Adds a mark at `svg` (art coordinates) of `radius` (art units; 0: a point) with the kind
    // and words set; false without art.
    bool place(QPointF svg, double radius);
    // The keyboard cursor, in art coordinates, and the area it would mark (0: a point).
    [[nodiscard]] QPointF cursor() const { return cursor_; }
    [[nodiscard]] double cursor_radius() const { return cursor_radius_; }

    [[nodiscard]] QSize sizeHint() const override { return {420, 420}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {240, 240}; }

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    [[nodiscard]] std::optional<DiagramFrame> frame() const;
    [[nodiscard]] std::optional<QRectF> view();

    const Catalog& catalog_;
    DiagramRenderer renderer_;
    std::string diagram_;
    std::vector<storage::Mark> kept_;
    std::vector<storage::Mark> added_;
    std::string kind_ = "tension";
    std::string label_;
    QPointF cursor_;
    double cursor_radius_ = 0;
    std::optional<QPointF> pressed_; // where a drag began, in art coordinates
    QPointF dragged_;
};

class FindingsPanel : public QWidget {
    Q_OBJECT

public:
    // `diagrams`: the catalogue ids offered, the first shown first (unknown ones are left out).
    FindingsPanel(const Catalog& catalog, const std::vector<std::string>& diagrams,
                  QWidget* parent = nullptr);

    void set_kept(std::vector<storage::Mark> marks);
    // The marks added here (their id and time are left for the owner to set).
    [[nodiscard]] const std::vector<storage::Mark>& added() const { return board_->added(); }
    [[nodiscard]] FindingsBoard* board() const { return board_; }
    [[nodiscard]] bool has_diagram() const { return !board_->diagram().empty(); }

private:
    void update_list();

    FindingsBoard* board_ = nullptr;
    QComboBox* diagram_ = nullptr;
    QComboBox* kind_ = nullptr;
    QLineEdit* label_ = nullptr;
    QLabel* list_ = nullptr;
    QPushButton* remove_ = nullptr;
};

class FindingsDialog : public QDialog {
    Q_OBJECT

public:
    FindingsDialog(const Catalog& catalog, const std::vector<std::string>& diagrams,
                   std::vector<storage::Mark> kept, QWidget* parent = nullptr);
    [[nodiscard]] FindingsPanel* panel() const { return panel_; }

private:
    FindingsPanel* panel_ = nullptr;
};

// The diagrams to offer for marks: `first` (e.g. a protocol's diagrams, or those of marks
// already made), then every other diagram of the catalogue, each once.
[[nodiscard]] std::vector<std::string> diagrams_for_marks(const Catalog& catalog,
                                                          const std::vector<std::string>& first);

} // namespace effleur::ui
