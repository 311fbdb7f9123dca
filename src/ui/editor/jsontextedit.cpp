#include "ui/editor/jsontextedit.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

#include <algorithm>

namespace effleur::ui {

// The strip beside the text that shows its line numbers; the editor paints it.
class LineNumberGutter : public QWidget {
public:
    explicit LineNumberGutter(JsonTextEdit* edit) : QWidget(edit), edit_(edit) {
        setObjectName(QStringLiteral("json-line-numbers"));
    }
    [[nodiscard]] QSize sizeHint() const override { return {edit_->gutter_width(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { edit_->paint_gutter(event); }

private:
    JsonTextEdit* edit_;
};

JsonTextEdit::JsonTextEdit(QWidget* parent) : QPlainTextEdit(parent) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    gutter_ = new LineNumberGutter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutter_width(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonTextEdit::update_gutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, gutter_, qOverload<>(&QWidget::update));
    setViewportMargins(gutter_width(), 0, 0, 0);
}

int JsonTextEdit::gutter_width() const {
    const auto digits = QString::number(std::max(1, blockCount())).size();
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    return 10 + digit * static_cast<int>(std::max<qsizetype>(digits, 3));
}

void JsonTextEdit::update_gutter(const QRect& rect, int dy) {
    if (dy != 0)
        gutter_->scroll(0, dy);
    else
        gutter_->update(0, rect.y(), gutter_->width(), rect.height());
}

void JsonTextEdit::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    gutter_->setGeometry(QRect(r.left(), r.top(), gutter_width(), r.height()));
}

void JsonTextEdit::paint_gutter(QPaintEvent* event) {
    QPainter p(gutter_);
    const QPalette& pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    p.setFont(font());
    const int current = textCursor().blockNumber();
    const QColor faint = pal.color(QPalette::PlaceholderText);
    const QColor strong = pal.color(QPalette::Text);
    QTextBlock block = firstVisibleBlock();
    auto top = static_cast<int>(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int line_height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const auto height = static_cast<int>(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            p.setPen(block.blockNumber() == current ? strong : faint);
            p.drawText(0, top, gutter_->width() - 6, line_height, Qt::AlignRight,
                       QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

} // namespace effleur::ui
