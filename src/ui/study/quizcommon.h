#pragma once
// What the three quiz widgets share: their type (QuizWidget), the outcome a finished quiz hands
// to its window, the words for a step, and a small still picture of a step's diagram.
//
// Ownership: StepPicture borrows the catalogue and the step it shows; both must outlive it (or
// be replaced with set_step). Nothing here throws.

#include "core/catalog.h"
#include "core/quiz.h"
#include "render/diagramrenderer.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <chrono>
#include <cstddef>
#include <optional>
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

// One quiz on show: the order, "what comes next" and "which line" widgets are each one. It
// announces its score once (scored, when the last answer is given) and then, when the student
// has seen the feedback, that it is done (finished); its window records the attempt.
class QuizWidget : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The attempt to record, at `at` after `took`, once the quiz is scored; nullopt before.
    [[nodiscard]] virtual std::optional<quiz::Attempt>
    attempt(std::chrono::system_clock::time_point at, std::chrono::milliseconds took) const = 0;

Q_SIGNALS:
    // Once, when the quiz is scored.
    void scored(const effleur::ui::QuizOutcome& outcome);
    // The student is done looking at the feedback.
    void finished();
};

// A step's title as the quizzes show it, in the user's language; "" when the reference is out
// of range.
[[nodiscard]] QString step_title(const Protocol& protocol, const quiz::StepRef& ref);
// A line's name from the catalogue ("corner of the mouth to the tragus"); its id if unknown.
[[nodiscard]] QString line_name(const Catalog& catalog, const std::string& line);
// "Order", "What comes next", "Which line, which way".
[[nodiscard]] QString quiz_kind_title(quiz::Kind kind);
// "80%"
[[nodiscard]] QString percent_text(double fraction);
// A question-by-question quiz's headline: "4 of 5 right (80%)".
[[nodiscard]] QString right_of_total_text(std::size_t right, std::size_t total, double score);
// A list number padded on the left with figure spaces (as wide as a digit) to the width of
// `largest`, so that "9." and "10." end in the same place: number_column(9, 12) is " 9.".
[[nodiscard]] QString number_column(std::size_t n, std::size_t largest);
// "1st", "2nd", "3rd", "11th": a step's place in the order, in the user's language.
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

// The colours of right and wrong for text on the window's background, readable in the light
// and the dark theme (never the only sign: a mark goes with them).
[[nodiscard]] QColor right_text_colour();
[[nodiscard]] QColor wrong_text_colour();

// The diagram theme that suits the application's palette now.
[[nodiscard]] DiagramTheme theme_for_palette();

} // namespace effleur::ui
