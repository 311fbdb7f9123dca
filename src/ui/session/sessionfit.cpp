// The session view's type sizes: large enough for the room, small enough that nothing is cut
// off. Part of SessionView (sessionview.h); kept apart because it is about layout only.

#include "ui/session/sessionview.h"
#include "ui/session/sessionwidgets.h"

#include <QFontMetrics>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace effleur::ui {

void SessionView::apply_fonts() {
    // Sizes follow the view's height so the countdown stays readable from across the room;
    // glance mode makes the reading text larger still. The reading text then shrinks (never
    // the countdown) until the side panel fits, so nothing is cut off.
    if (!isVisible())
        return; // no size of its own yet: fitted when shown
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
    instruction_->setVisible(!glance_);
    for (double fit = 1.0;; fit -= 0.08) {
        const double k = h * scale * fit;
        set(position_, k * 0.035, true);
        set(title_, k * 0.045, true);
        set(facts_, k * 0.03, false);
        // "PAUSED" is read from across the room, as large as the title and more.
        set(state_, k * (controller_.engine().state() == EngineState::Paused ? 0.07 : 0.035), true);
        set(speed_, k * 0.026, false);
        set(pacer_, k * 0.042, true);
        set(instruction_, k * 0.03, false);
        set(cautions_, k * 0.022, false);
        set(next_, k * 0.026, false);
        set(left_, k * 0.026, false);
        if (fit < 0.5)
            break;
        if (needed_height() <= side_->height()) {
            // The two lines kept for the cautions may be too few: the first caution is always
            // shown, with the "+N more" line after it. When they need more, the type shrinks
            // again rather than the layout taking the room from the instruction above them.
            fit_cautions();
            const int cautions_extra = cautions_->isHidden()
                                           ? 0
                                           : cautions_->heightForWidth(side_->width() - 16) -
                                                 2 * QFontMetrics(cautions_->font()).lineSpacing();
            if (needed_height() + std::max(cautions_extra, 0) <= side_->height())
                break;
        }
    }
    fit_cautions();
}

void SessionView::fit_cautions() {
    // Whole cautions only, as many as the panel has room for: a caution cut mid-line would
    // read as a different instruction. The step's own come first, so they are kept longest.
    if (!isVisible())
        return; // fitted when shown
    const int room =
        side_->height() - needed_height() + 2 * QFontMetrics(cautions_->font()).lineSpacing();
    const int w = side_->width() - 16;
    const int font = cautions_->font().pixelSize();
    if (cautions_html_ == fitted_html_ && room == fitted_room_ && w == fitted_width_ &&
        font == fitted_font_)
        return; // what is shown was fitted to this already; trying again would repaint it
    fitted_html_ = cautions_html_;
    fitted_room_ = room;
    fitted_width_ = w;
    fitted_font_ = font;
    // A caution that does not fit is never dropped silently: the last line says how many more
    // there are.
    const auto more = [](qsizetype n) {
        return QStringLiteral("<i>") + SessionView::tr("+%1 more (see the protocol)").arg(n) +
               QStringLiteral("</i>");
    };
    // Each trial is measured apart from the label, which then gets its text once.
    RichTextMeasure measure(*cautions_, w);
    QStringList shown;
    for (qsizetype i = 0; i < cautions_html_.size(); ++i) {
        shown << cautions_html_[i];
        const qsizetype left = cautions_html_.size() - i - 1;
        if (shown.size() == 1)
            continue; // the first is always shown
        QStringList trial = shown;
        if (left > 0)
            trial << more(left);
        if (measure.height(trial.join(QStringLiteral("<br>"))) > room) {
            shown.removeLast();
            shown << more(cautions_html_.size() - i);
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
    for (QLabel* l : {rehearsal_, title_, static_cast<QLabel*>(facts_), countdown_, state_, pacer_,
                      instruction_, next_, left_})
        total += height(l, w);
    // The position and the speed share a line; the speed wraps in what the position leaves.
    total += std::max(height(position_, w), height(speed_, w - position_->sizeHint().width()));
    return total + 2 * QFontMetrics(cautions_->font()).lineSpacing();
}

} // namespace effleur::ui
