#pragma once
// The "which line, which way" quiz. The diagram shows its landmarks and every line on it, drawn
// alike; the student picks the line the step works and the way it goes. Mouse: click a line to
// pick it (arrowheads show the way), click near one of its ends to make the stroke finish there.
// Keys: Tab / arrows cycle the lines (top to bottom), D turns the picked line round, Enter
// answers. The answer is then shown on the diagram: the right line and way in green, a wrong
// pick in red; Enter goes on.
//
// Ownership: the widgets share the protocol, borrow the catalogue (which must outlive them) and
// copy the quiz. Hit-testing uses the scene's own line geometry (diagramscene.h), so what is
// clicked is what is drawn. Scoring is quiz::score_line (docs/quizzes.md). Nothing here throws.

#include "core/quiz.h"
#include "render/diagramrenderer.h"
#include "ui/study/quizcommon.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;

namespace effleur::ui {

// The diagram of one question, with its lines to pick from.
class LineCanvas : public QWidget {
    Q_OBJECT

public:
    explicit LineCanvas(const Catalog& catalog, QWidget* parent = nullptr);

    // Shows a question (copied); clears the pick.
    void set_question(const quiz::LineQuestion& question);
    // Shows the right answer over the pick.
    void reveal();

    // Lines in cycling order (top to bottom, then left to right).
    [[nodiscard]] const std::vector<std::string>& lines() const { return order_; }
    [[nodiscard]] std::optional<std::string> picked() const;
    [[nodiscard]] Direction direction() const { return direction_; }
    // The line drawn under a point (widget coordinates), if any.
    [[nodiscard]] std::optional<std::string> line_at(QPointF point);
    // A point on a line (either side), a fraction of the way along as drawn; for tests.
    [[nodiscard]] std::optional<QPointF> point_on(const std::string& line, double fraction);

    void cycle(int by);
    void pick(const std::string& line);
    void set_direction(Direction direction);
    void toggle_direction();
    void set_theme(DiagramTheme theme);

    [[nodiscard]] QSize sizeHint() const override { return {760, 560}; }

Q_SIGNALS:
    void pickChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Drawn {
        std::string id;
        std::vector<LinePath> paths; // one per side shown, in the drawn direction
    };
    void layout();
    [[nodiscard]] const Drawn* drawn(const std::string& id) const;
    // The nearest line to `point` within reach, and how far along it (as drawn).
    [[nodiscard]] std::optional<std::pair<std::size_t, double>> nearest(QPointF point) const;

    const Catalog& catalog_;
    DiagramRenderer renderer_;
    std::optional<quiz::LineQuestion> question_;
    const Diagram* diagram_ = nullptr;
    Step step_; // the lines to draw, as a step the scene can lay out
    QRect laid_out_;
    double stroke_ = 4;
    std::vector<Drawn> drawn_;
    std::vector<QPointF> landmarks_;
    std::vector<std::string> order_;
    std::optional<std::size_t> picked_; // into drawn_
    std::optional<std::size_t> hover_;
    Direction direction_ = Direction::AsDrawn;
    bool revealed_ = false;
};

// A step's title as the "which line" quiz shows it: without the words that name the line it
// works (the line's name and its landmarks'), which would give the answer away.
// "Superficial kneading: corner of the mouth to the tragus" -> "Superficial kneading: \u2026".
[[nodiscard]] QString title_without_line(const QString& title, const Catalog& catalog,
                                         const std::string& line);

// The lines the quiz offers for a question: those of the diagram that the protocol itself works
// (the answer always among them). A protocol that works fewer than three lines there is asked
// about all the diagram's lines, so that the answer is never the only choice.
[[nodiscard]] quiz::LineQuestion own_lines_only(const quiz::LineQuestion& question,
                                                const Protocol& protocol);

class LineQuizWidget : public QuizWidget {
    Q_OBJECT

public:
    LineQuizWidget(std::shared_ptr<const Protocol> protocol, const Catalog& catalog,
                   quiz::LineQuiz quiz, QWidget* parent = nullptr);

    [[nodiscard]] std::optional<quiz::Attempt>
    attempt(std::chrono::system_clock::time_point at,
            std::chrono::milliseconds took) const override;
    [[nodiscard]] const quiz::LineQuiz& quiz() const { return quiz_; }
    [[nodiscard]] std::size_t question() const { return current_; }
    [[nodiscard]] bool answered() const { return answers_.size() > current_; }
    [[nodiscard]] const std::vector<quiz::LineAnswer>& answers() const { return answers_; }
    [[nodiscard]] const std::optional<quiz::LineResult>& result() const { return result_; }
    [[nodiscard]] LineCanvas* canvas() const { return canvas_; }
    [[nodiscard]] QString feedback_text() const;

    // The actions behind the keys and buttons.
    void answer();
    void go_on();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void show_question();
    [[nodiscard]] QString way_words(const std::string& line, Direction direction) const;

    std::shared_ptr<const Protocol> protocol_;
    const Catalog& catalog_;
    quiz::LineQuiz quiz_;
    std::size_t current_ = 0;
    std::vector<quiz::LineAnswer> answers_;
    std::optional<quiz::LineResult> result_;
    QLabel* counter_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* facts_ = nullptr;
    LineCanvas* canvas_ = nullptr;
    QLabel* feedback_ = nullptr;
    QPushButton* turn_ = nullptr;
    QPushButton* answer_ = nullptr;
};

} // namespace effleur::ui
