#pragma once
// Quizzes for students: put the steps in order, pick what comes next, find the line and its
// direction on the diagram. Generation and scoring only; the widgets live in the UI. Plain C++,
// no Qt. Nothing here throws on valid input; a StepRef outside the protocol is treated as a wrong
// answer, never dereferenced.
//
// Every quiz is a pure function of the protocol, the scope and a 64-bit seed, drawn through
// `Random` (a fixed generator, not the standard distributions, whose output differs between
// standard libraries), so the same seed gives the same quiz on every machine. docs/quizzes.md
// states the scoring rules.

#include "catalog.h"
#include "protocol.h"

#include <array>
#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace effleur::quiz {

enum class Kind { Order, Next, Line };
std::string_view to_string(Kind); // "order", "next", "line"
std::optional<Kind> kind_from_string(std::string_view);

// A step by position: stage index, step index within the stage.
struct StepRef {
    std::size_t stage = 0;
    std::size_t step = 0;
    friend auto operator<=>(const StepRef&, const StepRef&) = default;
    friend bool operator==(const StepRef&, const StepRef&) = default;
};

// What a quiz covers.
struct Scope {
    std::optional<std::size_t> stage; // nullopt: the whole protocol
    friend bool operator==(const Scope&, const Scope&) = default;
};

// The steps in scope, in protocol order. Empty when the stage does not exist.
std::vector<StepRef> steps_in(const Protocol&, const Scope&);
// The step a reference names, or nullptr when it is outside the protocol.
const Step* step_at(const Protocol&, StepRef);
// The title a student sees for a step (English); steps with equal titles are interchangeable
// when scoring. Empty for a reference outside the protocol.
std::string_view shown_title(const Protocol&, StepRef);
// The steps' ids, in the same order (references outside the protocol are skipped).
std::vector<std::string> step_ids(const Protocol&, const std::vector<StepRef>&);

// xoshiro256** (Blackman and Vigna), seeded by expanding the 64-bit seed with SplitMix64.
// `below(n)` is unbiased (rejection sampling); `shuffle` is Fisher-Yates from the back.
class Random {
public:
    explicit Random(std::uint64_t seed);
    std::uint64_t next();
    // A uniform integer in [0, n); 0 when n is 0.
    std::size_t below(std::size_t n);
    template <typename T> void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = below(i);
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::array<std::uint64_t, 4> s_{};
};

// ---- Order: put the techniques of the scope in order.

struct OrderQuiz {
    Scope scope;
    std::uint64_t seed = 0;
    std::vector<StepRef> correct;  // the steps in scope, in protocol order
    std::vector<StepRef> shuffled; // as first shown; its titles differ from the correct order's
                                   // whenever the scope has two different titles
};
OrderQuiz make_order_quiz(const Protocol&, const Scope&, std::uint64_t seed);

struct OrderResult {
    std::size_t total = 0;         // steps in the quiz
    std::size_t in_order = 0;      // length of the longest correct subsequence
    double score = 0;              // in_order / total; 0 for an empty quiz
    std::vector<bool> kept;        // per answer position: part of the longest correct subsequence
    std::vector<StepRef> mistakes; // the answer's steps not in that subsequence, in answer order
};
// Steps with identical titles are interchangeable: the subsequence is taken over titles, so
// swapping two "Stroking" steps costs nothing. A missing, repeated or foreign step is a mistake.
OrderResult score_order(const Protocol&, const OrderQuiz&, const std::vector<StepRef>& answer);

// ---- Next: a step is shown; pick the one that follows it from (up to) four options.

struct NextQuestion {
    StepRef shown;
    std::vector<StepRef> options; // the answer and up to three distractors, shuffled
    std::size_t answer = 0;       // options[answer] follows `shown`
};
struct NextQuiz {
    Scope scope;
    std::uint64_t seed = 0;
    std::vector<NextQuestion> questions; // min(count, steps in scope - 1), no step shown twice
};
NextQuiz make_next_quiz(const Protocol&, const Scope&, std::uint64_t seed, std::size_t count = 10);

struct NextResult {
    std::size_t total = 0, right = 0;
    double score = 0;              // right / total; 0 for an empty quiz
    std::vector<bool> correct;     // per question
    std::vector<StepRef> mistakes; // the right answers (the steps not recalled) of wrong questions
};
// `chosen[i]` is the option picked for question i; missing or out of range is wrong. An option
// whose title equals the answer's counts as right (the student cannot tell them apart).
NextResult score_next(const Protocol&, const NextQuiz&, const std::vector<std::size_t>& chosen);

// ---- Line: the diagram shows its landmarks; click the line the step works, then its direction.
// For a step with several lines, the question is about its first line (the one it starts on).

struct LineQuestion {
    StepRef step;
    std::string diagram;                 // the diagram holding the step's first line
    std::vector<std::string> candidates; // every line id on that diagram, shuffled
    std::string line;                    // the right answer: the step's first line
    Direction direction = Direction::AsDrawn;
    std::size_t line_count = 1; // how many lines the step works (the question is about the first)
};
struct LineQuiz {
    Scope scope;
    std::uint64_t seed = 0;
    std::vector<LineQuestion> questions; // min(count, steps in scope with lines), no repeats
};
LineQuiz make_line_quiz(const Protocol&, const Catalog&, const Scope&, std::uint64_t seed,
                        std::size_t count = 10);

struct LineAnswer {
    std::string line;                   // empty: not answered
    std::optional<Direction> direction; // nullopt: not answered
};
struct LineResult {
    std::size_t total = 0;
    double score = 0;              // mean of `points`; 0 for an empty quiz
    std::vector<double> points;    // per question: 0.5 for the line, +0.5 for the direction on it
    std::vector<StepRef> mistakes; // steps of questions with fewer than full points
};
LineResult score_line(const LineQuiz&, const std::vector<LineAnswer>& answers);

// The steps an attempt asked about, regenerated from its seed (quizzes are deterministic):
// every step in scope for Order, the right answers for Next, the questioned steps for Line.
// `questions` is Attempt::questions. Approximate only if the protocol changed since.
std::vector<StepRef> asked_steps(const Protocol&, Kind, const Scope&, std::uint64_t seed,
                                 std::size_t questions);

// One scored attempt, as stored. Steps are named by their ids (stable across file edits).
struct Attempt {
    std::int64_t id = 0; // set by the store
    std::string protocol;
    Kind kind{};
    std::optional<std::size_t> stage;
    std::uint64_t seed = 0;
    double score = 0; // [0,1]
    std::size_t questions = 0;
    std::vector<std::string> missed; // step ids got wrong
    std::chrono::system_clock::time_point at;
    std::chrono::milliseconds took{0};
};

// An Attempt from a scored quiz (id 0, not yet stored).
Attempt make_attempt(const Protocol&, const OrderQuiz&, const OrderResult&,
                     std::chrono::system_clock::time_point at, std::chrono::milliseconds took);
Attempt make_attempt(const Protocol&, const NextQuiz&, const NextResult&,
                     std::chrono::system_clock::time_point at, std::chrono::milliseconds took);
Attempt make_attempt(const Protocol&, const LineQuiz&, const LineResult&,
                     std::chrono::system_clock::time_point at, std::chrono::milliseconds took);

} // namespace effleur::quiz
