#include "ui/study/quizcommon.h"

#include "render/diagramframe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace effleur::ui {

QString step_title(const Protocol& protocol, const quiz::StepRef& ref) {
    // In the user's language; scoring compares the English titles (quiz::shown_title).
    const Step* step = quiz::step_at(protocol, ref);
    return step == nullptr ? QString() : QString::fromStdString(step->title.get());
}

QString line_name(const Catalog& catalog, const std::string& line) {
    const MassageLine* found = catalog.line(line);
    if (found == nullptr || found->name.empty())
        return QString::fromStdString(line);
    return QString::fromStdString(found->name.get());
}

QString quiz_kind_title(quiz::Kind kind) {
    switch (kind) {
    case quiz::Kind::Order:
        return QCoreApplication::translate("effleur::ui::Study", "Order");
    case quiz::Kind::Next:
        return QCoreApplication::translate("effleur::ui::Study", "What comes next");
    case quiz::Kind::Line:
        return QCoreApplication::translate("effleur::ui::Study", "Which line, which way");
    }
    return {};
}

QString percent_text(double fraction) {
    return QStringLiteral("%1%").arg(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0));
}

QString right_of_total_text(std::size_t right, std::size_t total, double score) {
    return QCoreApplication::translate("effleur::ui::Study", "%1 of %2 right (%3)")
        .arg(right)
        .arg(total)
        .arg(percent_text(score));
}

QString number_column(std::size_t n, std::size_t largest) {
    const auto width = QString::number(std::max(n, largest)).size();
    return QString::number(n).rightJustified(width, QChar(0x2007)) + QLatin1Char('.');
}

QString ordinal(std::size_t n) {
    // English picks the suffix by the number's last digits. Each suffix is a message of its own,
    // so that another language writes all four its own way ("4-й" in Russian, "4." in Polish).
    const std::size_t tens = n % 100;
    const std::size_t units = n % 10;
    if ((tens < 11 || tens > 13) && units == 1)
        //: An ordinal number, a step's place in the order: 1st, 21st.
        return QCoreApplication::translate("effleur::ui::Study", "%1st").arg(n);
    if ((tens < 11 || tens > 13) && units == 2)
        //: An ordinal number, a step's place in the order: 2nd, 22nd.
        return QCoreApplication::translate("effleur::ui::Study", "%1nd").arg(n);
    if ((tens < 11 || tens > 13) && units == 3)
        //: An ordinal number, a step's place in the order: 3rd, 23rd.
        return QCoreApplication::translate("effleur::ui::Study", "%1rd").arg(n);
    //: An ordinal number, a step's place in the order: 4th, 11th, 12th, 20th.
    return QCoreApplication::translate("effleur::ui::Study", "%1th").arg(n);
}

QColor right_text_colour() {
    return theme_for_palette() == DiagramTheme::Dark ? QColor(129, 199, 132) : QColor(46, 125, 50);
}

QColor wrong_text_colour() {
    return theme_for_palette() == DiagramTheme::Dark ? QColor(239, 154, 154) : QColor(198, 40, 40);
}

DiagramTheme theme_for_palette() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128 ? DiagramTheme::Dark
                                                                             : DiagramTheme::Light;
}

StepPicture::StepPicture(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), catalog_(catalog), renderer_(theme_for_palette()) {
    setObjectName(QStringLiteral("step-picture"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StepPicture::set_step(const Step* step) {
    step_ = step;
    update();
}

void StepPicture::set_theme(DiagramTheme theme) {
    renderer_.set_theme(theme);
    update();
}

void StepPicture::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const DiagramPalette& pal = renderer_.palette();
    p.fillRect(rect(), pal.background);
    if (step_ == nullptr)
        return;
    const Diagram* diagram = catalog_.diagram(step_->diagram);
    if (diagram == nullptr || step_->breathing || step_->lines.empty()) {
        // Breathing and procedures have no line to show: their facts say it all.
        p.setPen(pal.text);
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   step_->breathing   ? tr("A breathing exercise")
                   : step_->procedure ? tr("A procedure, no massage lines")
                                      : tr("No massage lines"));
        return;
    }
    DiagramFrame frame;
    frame.diagram = diagram;
    frame.step = step_;
    frame.fraction = 1.0 / (3.0 * std::max(1, step_->passes));
    if (step_->side == Side::Left || step_->side == Side::Right)
        frame.side = step_->side == Side::Left ? BodySide::Left : BodySide::Right;
    else if (step_->side == Side::Alternating)
        frame.side = step_->first_side;
    frame.state = EngineState::Paused; // a still
    renderer_.paint(&p, rect(), frame);
}

} // namespace effleur::ui
