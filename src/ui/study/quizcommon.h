#pragma once
// What the three quiz widgets share: the outcome a finished quiz hands to its window, the words
// for a step, and a small still picture of a step's diagram.
//
// Ownership: StepPicture borrows the catalogue and the step it shows; both must outlive it (or
// be replaced with set_step). Nothing here throws.

#include "core/catalog.h"
#include "core/quiz.h"
#include "render/diagramrenderer.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstddef>
#include <vector>

namespace effleur::ui {

// A scored quiz, as its widget reports it.
struct QuizOutcome {
    double score = 0;          // [0, 1]
    std::size_t questions = 0; // steps placed (order) or questions asked
    std::size_t right = 0;
    std::vector<quiz::StepRef> missed; // the steps got wrong, for the record
    QString headline;                  // "8 of 10 in order (80%)"
    QStringList mistakes;              // one sentence per mistake, plain text
};

// A step's title as the quizzes show it, "" when the reference is out of range.
[[nodiscard]] QString step_title(const Protocol& protocol, const quiz::StepRef& ref);
// A line's name from the catalogue ("corner of the mouth to the tragus"); its id if unknown.
[[nodiscard]] QString line_name(const Catalog& catalog, const std::string& line);
// "Order", "What comes next", "Which line, which way".
[[nodiscard]] QString quiz_kind_title(quiz::Kind kind);
// "80%"
[[nodiscard]] QString percent_text(double fraction);
// A question-by-question quiz's headline: "4 of 5 right (80%)".
[[nodiscard]] QString right_of_total_text(std::size_t right, std::size_t total, double score);
// "1st", "2nd", "3rd", "11th"
[[nodiscard]] QString ordinal(std::size_t n);

// The step's diagram as a still: its lines, with the hand a third of the way along the first.
class StepPicture : public QWidget {
    Q_OBJECT

public:
    explicit StepPicture(const Catalog& catalog, QWidget* parent = nullptr);

    // Shows `step` (borrowed); null shows nothing.
    void set_step(const Step* step);
    void set_theme(DiagramTheme theme);

    [[nodiscard]] QSize sizeHint() const override { return {360, 300}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {160, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const Catalog& catalog_;
    const Step* step_ = nullptr;
    DiagramRenderer renderer_;
};

// The diagram theme that suits the application's palette now.
[[nodiscard]] DiagramTheme theme_for_palette();

} // namespace effleur::ui
