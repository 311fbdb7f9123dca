// Quiz generation and scoring over the bundled protocols: the same seed gives the same quiz, the
// right answer is always offered, distractors are distinct and near in the order, and the scores
// follow docs/quizzes.md (partial credit on order, interchangeable titles).

#include "quiz_test_support.h"

#include "core/quiz.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace effleur;
using namespace effleur::quiz;
using effleur::test::quizzes::bundled;
using effleur::test::quizzes::bundled_ids;
using effleur::test::quizzes::scopes_of;

std::vector<std::string_view> titles_of(const Protocol& p, const std::vector<StepRef>& refs) {
    std::vector<std::string_view> out;
    for (const StepRef r : refs)
        out.push_back(shown_title(p, r));
    return out;
}

std::size_t position(const std::vector<StepRef>& steps, StepRef ref) {
    return static_cast<std::size_t>(std::find(steps.begin(), steps.end(), ref) - steps.begin());
}

bool same(const NextQuiz& a, const NextQuiz& b) {
    if (a.questions.size() != b.questions.size())
        return false;
    for (std::size_t i = 0; i < a.questions.size(); ++i) {
        const auto& x = a.questions[i];
        const auto& y = b.questions[i];
        if (x.shown != y.shown || x.options != y.options || x.answer != y.answer)
            return false;
    }
    return true;
}

bool same(const LineQuiz& a, const LineQuiz& b) {
    if (a.questions.size() != b.questions.size())
        return false;
    for (std::size_t i = 0; i < a.questions.size(); ++i) {
        const auto& x = a.questions[i];
        const auto& y = b.questions[i];
        if (x.step != y.step || x.candidates != y.candidates || x.line != y.line ||
            x.direction != y.direction || x.diagram != y.diagram)
            return false;
    }
    return true;
}

// The first ten steps of the classic back massage as an order quiz (all titles distinct).
OrderQuiz ten_steps() {
    OrderQuiz q = make_order_quiz(bundled("classic-back"), Scope{}, 1);
    q.correct.resize(10);
    q.shuffled = q.correct;
    return q;
}

} // namespace

TEST_CASE("quiz kinds have stable names", "[quiz]") {
    for (const Kind k : {Kind::Order, Kind::Next, Kind::Line})
        CHECK(kind_from_string(to_string(k)) == k);
    CHECK(to_string(Kind::Next) == "next");
    CHECK_FALSE(kind_from_string("Order"));
}

TEST_CASE("the quiz generator is a fixed sequence for a seed", "[quiz]") {
    // Stored attempts are regenerated from their seed, so this sequence must never change.
    Random a(42);
    Random b(42);
    Random c(43);
    std::vector<std::uint64_t> xs;
    std::vector<std::uint64_t> zs;
    for (int i = 0; i < 8; ++i) {
        xs.push_back(a.next());
        CHECK(b.next() == xs.back());
        zs.push_back(c.next());
    }
    CHECK(xs != zs);
    Random golden(0);
    CHECK(golden.next() == 0x99ec5f36cb75f2b4ULL);
    CHECK(golden.next() == 0xbf6e1f784956452aULL);

    Random r(7);
    std::vector<int> seen(6, 0);
    for (int i = 0; i < 600; ++i) {
        const std::size_t v = r.below(6);
        REQUIRE(v < 6);
        ++seen[v];
    }
    CHECK(std::count(seen.begin(), seen.end(), 0) == 0);
    CHECK(r.below(0) == 0);
    CHECK(r.below(1) == 0);
}

TEST_CASE("steps_in follows protocol order and the scope", "[quiz]") {
    const Protocol& p = bundled("plastic-facial");
    const auto all = steps_in(p, Scope{});
    CHECK(all.size() == p.step_count());
    CHECK(std::is_sorted(all.begin(), all.end()));
    const auto stage1 = steps_in(p, Scope{1});
    REQUIRE(stage1.size() == p.stages[1].steps.size());
    CHECK(stage1.front() == StepRef{1, 0});
    CHECK(steps_in(p, Scope{99}).empty());
    CHECK(step_at(p, StepRef{99, 0}) == nullptr);
    CHECK(shown_title(p, StepRef{1, 0}) == p.stages[1].steps[0].title.en);
}

TEST_CASE("the same seed gives the same quiz and another seed a different one", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const Catalog& catalog = effleur::test::quizzes::bundled_loader().catalog();
    for (const std::uint64_t seed : {1ULL, 2ULL, 0xdeadbeefULL}) {
        CHECK(make_order_quiz(p, Scope{}, seed).shuffled ==
              make_order_quiz(p, Scope{}, seed).shuffled);
        CHECK(same(make_next_quiz(p, Scope{}, seed), make_next_quiz(p, Scope{}, seed)));
        CHECK(same(make_line_quiz(p, catalog, Scope{}, seed),
                   make_line_quiz(p, catalog, Scope{}, seed)));
    }
    CHECK(make_order_quiz(p, Scope{}, 1).shuffled != make_order_quiz(p, Scope{}, 2).shuffled);
    CHECK_FALSE(same(make_next_quiz(p, Scope{}, 1), make_next_quiz(p, Scope{}, 2)));
    CHECK_FALSE(
        same(make_line_quiz(p, catalog, Scope{}, 1), make_line_quiz(p, catalog, Scope{}, 2)));

    // Even four steps give several different shuffles over a handful of seeds.
    const Protocol& small = bundled("back-self-massage-balls");
    std::set<std::vector<StepRef>> shuffles;
    for (std::uint64_t seed = 0; seed < 20; ++seed)
        shuffles.insert(make_order_quiz(small, Scope{}, seed).shuffled);
    CHECK(shuffles.size() > 5);
}

TEST_CASE("an order quiz shuffles every step of its scope and never shows the answer", "[quiz]") {
    for (const auto& id : bundled_ids) {
        const Protocol& p = bundled(id);
        for (const Scope& scope : scopes_of(p)) {
            for (std::uint64_t seed = 0; seed < 10; ++seed) {
                INFO(id << " stage " << scope.stage.value_or(999) << " seed " << seed);
                const OrderQuiz q = make_order_quiz(p, scope, seed);
                CHECK(q.correct == steps_in(p, scope));
                auto sorted = q.shuffled;
                std::sort(sorted.begin(), sorted.end());
                CHECK(sorted == q.correct);
                if (q.correct.size() > 1)
                    CHECK(titles_of(p, q.shuffled) != titles_of(p, q.correct));
            }
        }
    }
}

TEST_CASE("an order shuffle differs in titles even when two steps share a title", "[quiz]") {
    Protocol p = bundled("back-self-massage-balls");
    p.stages[0].steps[1].title.en = p.stages[0].steps[0].title.en;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        const OrderQuiz q = make_order_quiz(p, Scope{}, seed);
        CHECK(titles_of(p, q.shuffled) != titles_of(p, q.correct));
    }
}

TEST_CASE("order scoring: a perfect answer scores 1", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const OrderQuiz q = ten_steps();
    const OrderResult r = score_order(p, q, q.correct);
    CHECK(r.total == 10);
    CHECK(r.in_order == 10);
    CHECK(r.score == 1.0);
    CHECK(r.mistakes.empty());
    CHECK(std::count(r.kept.begin(), r.kept.end(), true) == 10);
}

TEST_CASE("order scoring: one step misplaced in ten scores 9 of 10 and names that step", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const OrderQuiz q = ten_steps();
    auto answer = q.correct;
    // The third step moved to the end.
    const StepRef moved = answer[2];
    answer.erase(answer.begin() + 2);
    answer.push_back(moved);
    const OrderResult r = score_order(p, q, answer);
    CHECK(r.in_order == 9);
    CHECK(r.score == Approx(0.9));
    REQUIRE(r.mistakes.size() == 1);
    CHECK(r.mistakes.front() == moved);
    CHECK_FALSE(r.kept.back());
    CHECK(r.kept.front());
}

TEST_CASE("order scoring: partial credit by the longest correct subsequence", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const OrderQuiz q = ten_steps();
    auto reversed = q.correct;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(score_order(p, q, reversed).in_order == 1);
    CHECK(score_order(p, q, reversed).score == Approx(0.1));

    // Two halves swapped: the longer half stays in order.
    std::vector<StepRef> halves(q.correct.begin() + 4, q.correct.end());
    halves.insert(halves.end(), q.correct.begin(), q.correct.begin() + 4);
    const OrderResult r = score_order(p, q, halves);
    CHECK(r.in_order == 6);
    CHECK(r.mistakes == std::vector<StepRef>(q.correct.begin(), q.correct.begin() + 4));
}

TEST_CASE("order scoring: a missing, repeated or foreign step is a mistake", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const OrderQuiz q = ten_steps();
    auto answer = q.correct;
    answer[5] = answer[4]; // step 5 given twice, step 6 missing
    const OrderResult r = score_order(p, q, answer);
    CHECK(r.in_order == 9);
    CHECK(r.mistakes == std::vector<StepRef>{q.correct[4]});

    auto foreign = q.correct;
    foreign[0] = StepRef{0, 20}; // a step outside the quiz
    CHECK(score_order(p, q, foreign).in_order == 9);
    CHECK(score_order(p, q, {}).score == 0.0);
}

TEST_CASE("order scoring: steps with identical titles are interchangeable", "[quiz]") {
    Protocol p = bundled("classic-back");
    OrderQuiz q = ten_steps();
    // Steps 1 and 7 both read "Stroking": a student cannot tell which is which.
    p.stages[0].steps[1].title.en = "Stroking";
    p.stages[0].steps[7].title.en = "Stroking";
    auto answer = q.correct;
    std::swap(answer[1], answer[7]);
    const OrderResult r = score_order(p, q, answer);
    CHECK(r.score == 1.0);
    CHECK(r.mistakes.empty());

    // With different titles the same swap costs two places.
    const Protocol& distinct = bundled("classic-back");
    CHECK(score_order(distinct, q, answer).in_order == 8);
}

TEST_CASE("what-comes-next: the answer is offered and follows the shown step", "[quiz]") {
    for (const auto& id : bundled_ids) {
        const Protocol& p = bundled(id);
        for (const Scope& scope : scopes_of(p)) {
            const auto steps = steps_in(p, scope);
            for (std::uint64_t seed = 0; seed < 10; ++seed) {
                INFO(id << " stage " << scope.stage.value_or(999) << " seed " << seed);
                const NextQuiz q = make_next_quiz(p, scope, seed, 10);
                const std::size_t n = steps.size();
                CHECK(q.questions.size() == (n < 2 ? 0 : std::min<std::size_t>(10, n - 1)));
                std::set<StepRef> shown;
                for (const NextQuestion& question : q.questions) {
                    CHECK(shown.insert(question.shown).second);
                    REQUIRE(question.answer < question.options.size());
                    const std::size_t at = position(steps, question.shown);
                    REQUIRE(at + 1 < n);
                    CHECK(question.options[question.answer] == steps[at + 1]);
                    // Four options unless the scope has too few steps.
                    CHECK(question.options.size() == std::min<std::size_t>(4, n - 1));
                    const std::set<StepRef> ids(question.options.begin(), question.options.end());
                    CHECK(ids.size() == question.options.size());
                    CHECK(ids.count(question.shown) == 0);
                    const auto t = titles_of(p, question.options);
                    CHECK(std::set<std::string_view>(t.begin(), t.end()).size() == t.size());
                    for (const StepRef o : question.options)
                        CHECK(position(steps, o) < n); // from the scope only
                }
            }
        }
    }
}

TEST_CASE("what-comes-next: distractors are near the answer in the order", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const auto steps = steps_in(p, Scope{});
    for (std::uint64_t seed = 0; seed < 10; ++seed) {
        for (const NextQuestion& q : make_next_quiz(p, Scope{}, seed, 30).questions) {
            const std::size_t answer = position(steps, q.options[q.answer]);
            for (const StepRef o : q.options) {
                const std::size_t at = position(steps, o);
                CHECK((at > answer ? at - answer : answer - at) <= 4);
            }
        }
    }
}

TEST_CASE("what-comes-next: options keep distinct titles when steps share one", "[quiz]") {
    Protocol p = bundled("classic-back");
    for (std::size_t i = 0; i < p.stages[0].steps.size(); i += 3)
        p.stages[0].steps[i].title.en = "Stroking";
    for (std::uint64_t seed = 0; seed < 10; ++seed) {
        for (const NextQuestion& q : make_next_quiz(p, Scope{}, seed, 30).questions) {
            const auto t = titles_of(p, q.options);
            CHECK(q.options.size() == 4);
            CHECK(std::set<std::string_view>(t.begin(), t.end()).size() == 4);
        }
    }
}

TEST_CASE("what-comes-next scoring counts right answers", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const NextQuiz q = make_next_quiz(p, Scope{}, 5, 10);
    REQUIRE(q.questions.size() == 10);
    std::vector<std::size_t> chosen;
    for (const auto& question : q.questions)
        chosen.push_back(question.answer);
    CHECK(score_next(p, q, chosen).score == 1.0);

    chosen[3] = (chosen[3] + 1) % 4;
    chosen[8] = 99; // out of range: wrong, not a crash
    const NextResult r = score_next(p, q, chosen);
    CHECK(r.right == 8);
    CHECK(r.score == Approx(0.8));
    CHECK(r.mistakes == std::vector<StepRef>{q.questions[3].options[q.questions[3].answer],
                                             q.questions[8].options[q.questions[8].answer]});
    CHECK(score_next(p, q, {}).score == 0.0); // nothing answered
}

TEST_CASE("which-line: only steps with lines, and the answer is on the diagram", "[quiz]") {
    const Catalog& catalog = effleur::test::quizzes::bundled_loader().catalog();
    for (const auto& id : bundled_ids) {
        const Protocol& p = bundled(id);
        for (const Scope& scope : scopes_of(p)) {
            std::size_t with_lines = 0;
            for (const StepRef r : steps_in(p, scope))
                with_lines += step_at(p, r)->lines.empty() ? 0U : 1U;
            const LineQuiz q = make_line_quiz(p, catalog, scope, 3, 10);
            INFO(id << " stage " << scope.stage.value_or(999));
            CHECK(q.questions.size() == std::min<std::size_t>(10, with_lines));
            std::set<StepRef> asked;
            for (const LineQuestion& question : q.questions) {
                CHECK(asked.insert(question.step).second);
                const Step& step = *step_at(p, question.step);
                REQUIRE_FALSE(step.lines.empty());
                CHECK(question.line == step.lines.front().line);
                CHECK(question.direction == step.lines.front().direction);
                CHECK(question.line_count == step.lines.size());
                CHECK(std::count(question.candidates.begin(), question.candidates.end(),
                                 question.line) == 1);
                const Diagram* d = catalog.diagram(question.diagram);
                REQUIRE(d != nullptr);
                CHECK(d->line(question.line) != nullptr);
                std::set<std::string> all;
                for (const auto& l : d->lines)
                    all.insert(l.id);
                CHECK(std::set<std::string>(question.candidates.begin(),
                                            question.candidates.end()) == all);
            }
        }
    }
}

TEST_CASE("which-line scoring: half for the line, half for its direction", "[quiz]") {
    const Protocol& p = bundled("plastic-facial");
    const LineQuiz q =
        make_line_quiz(p, effleur::test::quizzes::bundled_loader().catalog(), Scope{}, 9, 4);
    REQUIRE(q.questions.size() == 4);
    const auto flip = [](Direction d) {
        return d == Direction::AsDrawn ? Direction::Reversed : Direction::AsDrawn;
    };
    std::vector<LineAnswer> answers;
    answers.push_back({q.questions[0].line, q.questions[0].direction});       // 1
    answers.push_back({q.questions[1].line, flip(q.questions[1].direction)}); // 0.5
    const auto wrong =
        std::find_if(q.questions[2].candidates.begin(), q.questions[2].candidates.end(),
                     [&](const auto& c) { return c != q.questions[2].line; });
    REQUIRE(wrong != q.questions[2].candidates.end());
    answers.push_back({*wrong, q.questions[2].direction}); // 0: direction only counts on the line
    const LineResult r = score_line(q, answers);           // the fourth unanswered: 0
    CHECK(r.points == std::vector<double>{1.0, 0.5, 0.0, 0.0});
    CHECK(r.score == Approx(1.5 / 4));
    CHECK(r.mistakes ==
          std::vector<StepRef>{q.questions[1].step, q.questions[2].step, q.questions[3].step});
}

TEST_CASE("asked_steps regenerates what a quiz asked from its seed", "[quiz]") {
    const Protocol& p = bundled("kneading-prp-lymphatic");
    const Catalog& catalog = effleur::test::quizzes::bundled_loader().catalog();
    for (const Scope& scope : scopes_of(p)) {
        const NextQuiz next = make_next_quiz(p, scope, 11, 6);
        std::vector<StepRef> answers;
        for (const auto& q : next.questions)
            answers.push_back(q.options[q.answer]);
        CHECK(asked_steps(p, Kind::Next, scope, 11, next.questions.size()) == answers);

        const LineQuiz line = make_line_quiz(p, catalog, scope, 12, 6);
        std::vector<StepRef> steps;
        for (const auto& q : line.questions)
            steps.push_back(q.step);
        CHECK(asked_steps(p, Kind::Line, scope, 12, line.questions.size()) == steps);
        CHECK(asked_steps(p, Kind::Order, scope, 13, 0) == steps_in(p, scope));
    }
}

TEST_CASE("an attempt names its mistakes by step id", "[quiz]") {
    const Protocol& p = bundled("classic-back");
    const OrderQuiz q = ten_steps();
    auto answer = q.correct;
    std::rotate(answer.begin(), answer.begin() + 1, answer.end());
    const OrderResult r = score_order(p, q, answer);
    const auto at = std::chrono::system_clock::time_point(std::chrono::hours(24 * 20000));
    const Attempt a = make_attempt(p, q, r, at, std::chrono::seconds(42));
    CHECK(a.protocol == "classic-back");
    CHECK(a.kind == Kind::Order);
    CHECK_FALSE(a.stage);
    CHECK(a.seed == q.seed);
    CHECK(a.score == Approx(0.9));
    CHECK(a.questions == 10);
    CHECK(a.missed == std::vector<std::string>{p.stages[0].steps[0].id});
    CHECK(a.at == at);
    CHECK(a.took == std::chrono::seconds(42));
}
