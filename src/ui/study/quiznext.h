#pragma once
// The "what comes next" quiz: one step at a time (its title, technique, lines and a small
// diagram) and up to four options for the step that follows it. Keys: 1-4 pick an option;
// Up / Down highlight one and Enter picks it. After each answer the picked option turns red or
// green, the right one is shown green, and Enter (or Right) goes on to the next question.
//
// Ownership: the widget shares the protocol, borrows the catalogue (which must outlive it) and
// copies the quiz. Scoring is quiz::score_next (docs/quizzes.md). Nothing here throws.

#include "core/quiz.h"
#include "ui/study/quizcommon.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;

namespace effleur::ui {

class NextQuizWidget : public QuizWidget {
    Q_OBJECT

public:
    NextQuizWidget(std::shared_ptr<const Protocol> protocol, const Catalog& catalog,
                   quiz::NextQuiz quiz, QWidget* parent = nullptr);

    [[nodiscard]] std::optional<quiz::Attempt>
    attempt(std::chrono::system_clock::time_point at,
            std::chrono::milliseconds took) const override;
    [[nodiscard]] const quiz::NextQuiz& quiz() const { return quiz_; }
    [[nodiscard]] std::size_t question() const { return current_; }
    [[nodiscard]] std::optional<std::size_t> highlighted() const { return highlight_; }
    // Whether the current question has been answered (its feedback is showing).
    [[nodiscard]] bool answered() const { return chosen_.size() > current_; }
    [[nodiscard]] const std::vector<std::size_t>& chosen() const { return chosen_; }
    [[nodiscard]] const std::optional<quiz::NextResult>& result() const { return result_; }
    [[nodiscard]] QString feedback_text() const;
    [[nodiscard]] QPushButton* option_button(std::size_t i) const;

    // The actions behind the keys and buttons.
    void highlight(int by);
    void pick(std::size_t option);
    void go_on();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void show_question();
    void paint_options();
    // "2   Kneading": an option's key and its step's title.
    [[nodiscard]] QString option_text(std::size_t i) const;

    std::shared_ptr<const Protocol> protocol_;
    const Catalog& catalog_;
    quiz::NextQuiz quiz_;
    std::size_t current_ = 0;
    std::optional<std::size_t> highlight_;
    std::vector<std::size_t> chosen_;
    std::optional<quiz::NextResult> result_;
    QLabel* counter_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* facts_ = nullptr;
    QLabel* lines_ = nullptr;
    StepPicture* picture_ = nullptr;
    std::vector<QPushButton*> options_;
    QLabel* feedback_ = nullptr;
    QPushButton* next_ = nullptr;
};

} // namespace effleur::ui
