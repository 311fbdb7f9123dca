// The session view's type sizes: large enough for the room, small enough that nothing is cut
// off. Part of SessionView (sessionview.h); kept apart because it is about layout only.

#include "ui/session/sessionview.h"

#include <QFontMetrics>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace effleur::ui {

void SessionView::apply_fonts() {
    // Sizes follow the view's height so the countdown stays readable from across the room;
    // glance mode makes the reading text larger still. The reading text then shrinks (never
    // the countdown) until the side panel fits, so nothing is cut off.
    const double h = std::max(height(), 400);
    const double scale = glance_ ? 1.35 : 1.0;
    auto set = [](QLabel* l, double pixels, bool bold) {
        QFont f = l->font();
        f.setPixelSize(std::max(static_cast<int>(std::lround(pixels)), 11));
        f.setBold(bold);
        l->setFont(f);
    };
    set(countdown_, h * 0.17 * scale, true);
    set(status_, h * 0.02, false);
    // Glance mode is for reading from across the room: the long instruction and the preview
    // give their room to larger type.
    next_->setVisible(!glance_);
    instruction_->setVisible(!glance_);
    for (double fit = 1.0;; fit -= 0.08) {
        const double k = h * scale * fit;
        set(position_, k * 0.035, true);
        set(title_, k * 0.045, true);
        set(facts_, k * 0.03, false);
        set(state_, k * 0.035, true);
        set(speed_, k * 0.026, false);
        set(pacer_, k * 0.042, true);
        set(instruction_, k * 0.03, false);
        set(cautions_, k * 0.022, false);
        set(next_, k * 0.026, false);
        set(left_, k * 0.026, false);
        if (fit < 0.5 || needed_height() <= side_->height())
            break;
    }
    fit_cautions();
}

void SessionView::fit_cautions() {
    // Whole cautions only, as many as the panel has room for: a caution cut mid-line would
    // read as a different instruction. The step's own come first, so they are kept longest.
    const int room =
        side_->height() - needed_height() + 2 * QFontMetrics(cautions_->font()).lineSpacing();
    const int w = side_->width() - 16;
    QStringList shown;
    for (const QString& c : cautions_html_) {
        shown << c;
        cautions_->setText(shown.join(QStringLiteral("<br>")));
        if (shown.size() > 1 && cautions_->heightForWidth(w) > room) {
            shown.removeLast();
            break;
        }
    }
    cautions_->setText(shown.join(QStringLiteral("<br>")));
}

int SessionView::needed_height() const {
    // What the panel needs without the cautions, which give way (QSizePolicy::Ignored) but
    // should keep at least two lines.
    const int w = side_->width() - 16;
    int total = 0;
    const auto height = [](const QLabel* l, int width) {
        if (l->isHidden())
            return 0;
        return (l->wordWrap() ? l->heightForWidth(width) : l->sizeHint().height()) + 6;
    };
    for (QLabel* l :
         {rehearsal_, title_, facts_, countdown_, state_, pacer_, instruction_, next_, left_})
        total += height(l, w);
    // The position and the speed share a line; the speed wraps in what the position leaves.
    total += std::max(height(position_, w), height(speed_, w - position_->sizeHint().width()));
    return total + 2 * QFontMetrics(cautions_->font()).lineSpacing();
}

} // namespace effleur::ui
