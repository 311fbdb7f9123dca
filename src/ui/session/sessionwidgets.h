#pragma once
// Small pieces of the session view: the segmented progress bar and the words the view shows.
// Pure painting and formatting; nothing here throws.

#include "core/clock.h"
#include "core/protocol.h"
#include "core/sessionplan.h"

#include <QFont>
#include <QLabel>
#include <QString>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

#include <utility>
#include <vector>

namespace effleur::ui {

// One segment per step, its width by the step's planned time (untimed steps get a small fixed
// share); a taller tick marks where a stage begins. Done steps are filled, the current one is
// filled up to its fraction.
class SegmentBar : public QWidget {
    Q_OBJECT

public:
    explicit SegmentBar(QWidget* parent = nullptr);

    // Borrows nothing: the plan's lengths are copied.
    void set_plan(const SessionPlan& plan);
    void set_position(std::size_t part, double fraction);
    [[nodiscard]] std::size_t segment_count() const { return segments_.size(); }
    [[nodiscard]] std::size_t current_segment() const { return current_; }
    // 0..1 over the whole session, by the segments' widths.
    [[nodiscard]] double overall() const;

    [[nodiscard]] QSize sizeHint() const override { return {600, 28}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, 18}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Segment {
        double weight = 1;
        bool stage_start = false;
        std::size_t first_part = 0;
        std::size_t last_part = 0;
    };
    std::vector<Segment> segments_;
    std::size_t current_ = 0;
    double fraction_ = 0;
};

// Items on a line with a separator between them ("Speed 1.5×  ·  [ slower  ·  ] faster"). When
// they do not fit its width, the line breaks between two items, and the separator goes with the
// break: no line ends or starts with one. An item wider than the label alone wraps inside.
class ItemLineLabel : public QLabel {
    Q_OBJECT

public:
    explicit ItemLineLabel(QWidget* parent = nullptr);

    void set_items(QStringList items);
    [[nodiscard]] const QStringList& items() const { return items_; }
    // The items laid out for `width` pixels of text: lines joined by '\n'.
    [[nodiscard]] QString laid_out(int width) const;
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    [[nodiscard]] int text_width(int width) const;

    QStringList items_;
};

// The height a word-wrapped rich-text label would ask for at a width (its heightForWidth()),
// for texts it does not show: measured on a document of its own, laid out as QLabel lays out
// rich text (the label's font and alignment, word wrap, no document margin). Setting the label's
// own text to try one parses the HTML and lays it out several times over.
class RichTextMeasure {
public:
    // Copies what it needs of `label` now: its font, alignment and margins.
    RichTextMeasure(const QLabel& label, int width);
    [[nodiscard]] int height(const QString& html);

private:
    QTextDocument doc_;
    int extra_ = 0; // the label's margins, above and below
    int minimum_ = 0;
};

// A label that keeps its heights for the widths it was asked about until its text or its font
// changes. A layout asks a word-wrapped label for them (for its own width and for the window's
// hints) whenever any label beside it changes, such as a countdown every second, and the session
// view's fitting asks again for the same width; QLabel answers each time by laying the text out
// (and shaping it) afresh, and for rich text repaints it too. Its alignment, indent and margins
// are set before it is first measured.
class MeasuredLabel : public QLabel {
    Q_OBJECT

public:
    using QLabel::QLabel;
    [[nodiscard]] int heightForWidth(int width) const override;

private:
    mutable std::vector<std::pair<int, int>> heights_; // width, height; a few at most
    mutable QString text_;
    mutable QFont font_;
};

// "2:05", "12:00", "1:02:03"; seconds rounded up, so "0:01" shows until the very end.
[[nodiscard]] QString countdown_text(Duration left);
// "Kneading · deep · left side", the facts of a step at a glance.
[[nodiscard]] QString step_facts(const Step& step, const std::optional<BodySide>& side);
// The same facts one by one, each kept whole (no-break spaces), for an ItemLineLabel.
[[nodiscard]] QStringList step_fact_items(const Step& step, const std::optional<BodySide>& side);
// "Breathe in — belly", for the pacer.
[[nodiscard]] QString phase_words(BreathPhaseKind phase);
[[nodiscard]] QString technique_name(Technique technique);

} // namespace effleur::ui
