#pragma once
// The order quiz: the techniques of a protocol (or one stage), shuffled, in a list the student
// puts in order by drag and drop or by keys (Up / Down select; Alt+Up / Alt+Down or Ctrl+Up /
// Ctrl+Down move the selected step; Ctrl+Enter checks). "Check" marks each step kept (green, in
// the longest correct run) or misplaced (red, with the position it belongs at), shows the correct
// order beside it, and scores it as "8 of 10 in order (80%)"; Enter then goes on to the result.
//
// Ownership: the widget shares the protocol and copies the quiz. Scoring is
// quiz::score_order (docs/quizzes.md). Nothing here throws.

#include "core/quiz.h"
#include "ui/study/quizcommon.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace effleur::ui {

class OrderQuizWidget : public QuizWidget {
    Q_OBJECT

public:
    OrderQuizWidget(std::shared_ptr<const Protocol> protocol, quiz::OrderQuiz quiz,
                    QWidget* parent = nullptr);

    // The list as the student has ordered it.
    [[nodiscard]] std::vector<quiz::StepRef> answer() const;
    [[nodiscard]] std::optional<quiz::Attempt>
    attempt(std::chrono::system_clock::time_point at,
            std::chrono::milliseconds took) const override;
    [[nodiscard]] const quiz::OrderQuiz& quiz() const { return quiz_; }
    [[nodiscard]] const std::optional<quiz::OrderResult>& result() const { return result_; }
    [[nodiscard]] QListWidget* list() const { return list_; }
    [[nodiscard]] QListWidget* correct_list() const { return correct_; }
    [[nodiscard]] QString score_text() const;

    // The actions behind the keys and buttons. Moving works only before checking.
    bool move_selected(int by);
    void check();
    void go_on();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void renumber();
    // "1." for the first row, padded to align with the last row's number.
    [[nodiscard]] QString number(int row) const;
    void mark();

    std::shared_ptr<const Protocol> protocol_;
    quiz::OrderQuiz quiz_;
    std::optional<quiz::OrderResult> result_;
    QLabel* prompt_ = nullptr;
    QListWidget* list_ = nullptr;
    QWidget* correct_box_ = nullptr;
    QListWidget* correct_ = nullptr;
    QLabel* score_ = nullptr;
    QPushButton* up_ = nullptr;
    QPushButton* down_ = nullptr;
    QPushButton* check_ = nullptr;
};

} // namespace effleur::ui
