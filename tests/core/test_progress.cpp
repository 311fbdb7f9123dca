// The progress view's data: best and latest scores, the series over time, and the steps most
// often got wrong, from attempts as the store returns them.

#include "quiz_test_support.h"

#include "core/progress.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace {

using namespace effleur;
using namespace effleur::quiz;
using effleur::test::quizzes::bundled;
using std::chrono::hours;

const auto day0 = std::chrono::system_clock::time_point(hours(24 * 20000));

Attempt attempt(const Protocol& p, Kind kind, int day, double score,
                std::vector<std::string> missed = {}) {
    Attempt a;
    a.protocol = p.id;
    a.kind = kind;
    a.seed = static_cast<std::uint64_t>(day);
    a.score = score;
    a.questions = kind == Kind::Order ? p.step_count() : 10;
    a.missed = std::move(missed);
    a.at = day0 + hours(24 * day);
    return a;
}

const std::string& id_of(const Protocol& p, std::size_t step) {
    return p.stages[0].steps[step].id;
}

} // namespace

TEST_CASE("progress with no attempts has no scores", "[progress]") {
    const Protocol& p = bundled("classic-back");
    const Progress pr = summarize(p, {});
    CHECK_FALSE(pr.best);
    CHECK_FALSE(pr.latest);
    CHECK(pr.series.empty());
    CHECK(pr.weakest.empty());
    CHECK(weakest_steps(p, {}, 3).empty());
}

TEST_CASE("progress: best, latest and the series follow time, not storage order", "[progress]") {
    const Protocol& p = bundled("classic-back");
    const Protocol& other = bundled("neck-self-massage");
    const std::vector<Attempt> attempts{
        attempt(p, Kind::Order, 3, 0.9),     attempt(p, Kind::Order, 1, 0.5),
        attempt(p, Kind::Next, 2, 0.7),      attempt(p, Kind::Order, 5, 0.6),
        attempt(other, Kind::Order, 6, 1.0), // another protocol: ignored
    };
    const Progress all = summarize(p, attempts);
    CHECK(all.best == Approx(0.9));
    CHECK(all.latest == Approx(0.6));
    REQUIRE(all.series.size() == 4);
    CHECK(all.series[0].score == Approx(0.5));
    CHECK(all.series[1].kind == Kind::Next);
    CHECK(all.series[3].at == day0 + hours(24 * 5));

    const Progress next = summarize(p, attempts, Kind::Next);
    CHECK(next.best == Approx(0.7));
    CHECK(next.latest == Approx(0.7));
    CHECK(next.series.size() == 1);
    CHECK_FALSE(summarize(p, attempts, Kind::Line).best);
}

TEST_CASE("progress: the weakest steps are the most missed, ties in protocol order", "[progress]") {
    const Protocol& p = bundled("classic-back");
    const std::vector<Attempt> attempts{
        attempt(p, Kind::Order, 1, 0.8, {id_of(p, 9), id_of(p, 4)}),
        attempt(p, Kind::Order, 2, 0.8, {id_of(p, 9), id_of(p, 2)}),
        attempt(p, Kind::Order, 3, 0.9, {id_of(p, 9), "a-step-since-removed"}),
    };
    const Progress pr = summarize(p, attempts);
    REQUIRE(pr.weakest.size() == 3);
    CHECK(pr.weakest[0].step == id_of(p, 9));
    CHECK(pr.weakest[0].missed == 3);
    CHECK(pr.weakest[0].asked == 3); // an order quiz asks about every step
    CHECK(pr.weakest[1].step == id_of(p, 2));
    CHECK(pr.weakest[2].step == id_of(p, 4));
    CHECK(pr.weakest[1].missed == 1);
    CHECK(pr.weakest[1].asked == 3);

    CHECK(weakest_steps(p, attempts, 2) == std::vector<StepRef>{{0, 9}, {0, 2}});
    CHECK(weakest_steps(p, attempts, 10).size() == 3);
}

TEST_CASE("progress: a quiz of some steps counts only those as asked", "[progress]") {
    const Protocol& p = bundled("classic-back");
    // Take a real what-comes-next quiz and get every question wrong.
    const NextQuiz quiz = make_next_quiz(p, Scope{}, 77, 5);
    std::vector<std::size_t> wrong;
    for (const auto& q : quiz.questions)
        wrong.push_back((q.answer + 1) % q.options.size());
    const NextResult result = score_next(p, quiz, wrong);
    REQUIRE(result.score == 0.0);
    const Attempt a = make_attempt(p, quiz, result, day0, std::chrono::seconds(30));
    CHECK(a.questions == 5);

    const Progress pr = summarize(p, {a});
    REQUIRE(pr.weakest.size() == 5);
    for (const StepMisses& m : pr.weakest) {
        CHECK(m.missed == 1);
        CHECK(m.asked == 1);
    }
    // Practice suggests exactly the steps not recalled.
    auto suggested = weakest_steps(p, {a}, 5);
    auto expected = result.mistakes;
    std::sort(suggested.begin(), suggested.end());
    std::sort(expected.begin(), expected.end());
    CHECK(suggested == expected);
}
