#pragma once
// The editor's JSON tab: plain text in a fixed-width font with a gutter of line numbers on the
// left, so that a problem reported as line:column is found by eye. The current line's number is
// drawn strong, the others faint; the gutter grows with the number of lines.
//
// Ownership: a QPlainTextEdit that owns its gutter. Nothing here throws.

#include <QPlainTextEdit>

namespace effleur::ui {

class JsonTextEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit JsonTextEdit(QWidget* parent = nullptr);

    // The gutter's width for the current number of lines, in pixels.
    [[nodiscard]] int gutter_width() const;
    // The gutter, for tests that look at what it shows.
    [[nodiscard]] QWidget* gutter() const { return gutter_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class LineNumberGutter;
    void paint_gutter(QPaintEvent* event);
    void update_gutter(const QRect& rect, int dy);

    QWidget* gutter_ = nullptr;
};

} // namespace effleur::ui
