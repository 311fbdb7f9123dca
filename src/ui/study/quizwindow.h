#pragma once
// The student's "Test yourself" window for one protocol: a chooser (which quiz, the whole
// protocol or one stage, how many questions, and the seed, shown and editable so that a quiz
// can be repeated exactly), then the quiz, then its result (score, time taken, every mistake
// against the right answer). Each finished quiz is recorded in the progress store.
//
// Keys: Enter starts the quiz in the chooser and goes on from the result; Escape leaves a quiz
// (nothing is recorded) or closes the window; the quizzes' own keys are in their headers.
//
// Ownership: the window shares the protocol and borrows the catalogue and the clock, which must
// outlive it. The store is reached through `services.store` each time an attempt is recorded,
// so it can be opened lazily; when it gives none, the result says the attempt was not saved.
// Nothing here throws: a scope that cannot make a quiz is explained in the chooser.

#include "core/clock.h"
#include "core/diagnostic.h"
#include "core/quiz.h"
#include "ui/study/quizcommon.h"

#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace effleur::storage {
class ProgressStore;
}

namespace effleur::ui {

class OrderQuizWidget;
class NextQuizWidget;
class LineQuizWidget;

struct QuizServices {
    const Catalog* catalog = nullptr; // required
    const Clock* clock = nullptr;     // required: times each quiz
    // Stamps attempts; the system clock when empty.
    std::function<std::chrono::system_clock::time_point()> wall_clock;
    // The store to record attempts in, opened on first use; empty: not recorded. The error says
    // why the store cannot be had.
    std::function<Result<storage::ProgressStore*>()> store;
};

class QuizWindow : public QWidget {
    Q_OBJECT

public:
    enum class Page { Chooser, Quiz, Result };

    QuizWindow(std::shared_ptr<const Protocol> protocol, QuizServices services,
               QWidget* parent = nullptr);

    [[nodiscard]] const Protocol& protocol() const { return *protocol_; }
    [[nodiscard]] Page page() const;

    // The chooser's fields.
    void set_choice(quiz::Kind kind, quiz::Scope scope, std::uint64_t seed,
                    std::size_t questions = 10);
    [[nodiscard]] quiz::Kind chosen_kind() const;
    [[nodiscard]] quiz::Scope chosen_scope() const;
    [[nodiscard]] std::optional<std::uint64_t> chosen_seed() const;
    // Why the chooser cannot start (shown under it); empty when it can.
    [[nodiscard]] QString chooser_message() const;

    // Starts the quiz the chooser describes; false (with the reason in the chooser) if the scope
    // cannot make one.
    bool start();
    // The same quiz again, same seed.
    void repeat();
    // Back to the chooser with a new seed.
    void new_quiz();
    // Leaves a quiz unfinished; nothing is recorded.
    void leave_quiz();

    // The quiz on show, if any (one of the three is non-null on the quiz page).
    [[nodiscard]] OrderQuizWidget* order_quiz() const;
    [[nodiscard]] NextQuizWidget* next_quiz() const;
    [[nodiscard]] LineQuizWidget* line_quiz() const;
    // The last scored attempt and whether it was saved.
    [[nodiscard]] const std::optional<quiz::Attempt>& last_attempt() const { return attempt_; }
    [[nodiscard]] bool last_saved() const { return saved_; }
    [[nodiscard]] QString result_headline() const;
    [[nodiscard]] QStringList result_mistakes() const;

    [[nodiscard]] QSize sizeHint() const override { return {1100, 720}; }

Q_SIGNALS:
    // After an attempt was saved in the store.
    void attemptRecorded(const effleur::quiz::Attempt& attempt);
    void progressRequested(std::shared_ptr<const effleur::Protocol> protocol);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* build_chooser();
    QWidget* build_result();
    void kind_changed();
    void record(const QuizOutcome& outcome);
    void show_result();
    void clear_quiz();
    [[nodiscard]] std::uint64_t fresh_seed() const;

    std::shared_ptr<const Protocol> protocol_;
    QuizServices services_;
    QStackedWidget* pages_ = nullptr;
    // chooser
    QButtonGroup* kinds_ = nullptr;
    QComboBox* scope_ = nullptr;
    QSpinBox* count_ = nullptr;
    QLineEdit* seed_ = nullptr;
    QLabel* chooser_message_ = nullptr;
    // quiz
    QWidget* quiz_page_ = nullptr;
    QLabel* quiz_header_ = nullptr;
    QuizWidget* quiz_ = nullptr;
    quiz::Kind running_kind_ = quiz::Kind::Order;
    quiz::Scope running_scope_;
    std::uint64_t running_seed_ = 0;
    std::size_t running_count_ = 10;
    TimePoint started_{};
    // result
    QLabel* headline_ = nullptr;
    QLabel* detail_ = nullptr;
    QListWidget* mistakes_ = nullptr;
    QuizOutcome outcome_;
    std::optional<quiz::Attempt> attempt_;
    bool saved_ = false;
};

// "1:05", "12:40": minutes and seconds taken.
[[nodiscard]] QString took_text(std::chrono::milliseconds took);

} // namespace effleur::ui
