// Quiz generation and scoring. See quiz.h and docs/quizzes.md.

#include "quiz.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <limits>
#include <set>
#include <tuple>
#include <utility>

namespace effleur::quiz {

namespace {

constexpr std::size_t option_count = 4;

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
}

// The first `count` of a seeded shuffle of [0, n). Every generator starts by drawing this, so
// asked_steps() can regenerate which steps a stored attempt asked about from its seed alone.
std::vector<std::size_t> pick(std::size_t n, std::size_t count, Random& rng) {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    rng.shuffle(order);
    order.resize(std::min(count, n));
    return order;
}

std::vector<StepRef> steps_with_lines(const Protocol& p, const Scope& scope) {
    std::vector<StepRef> out;
    for (const StepRef ref : steps_in(p, scope)) {
        if (const Step* s = step_at(p, ref); s != nullptr && !s->lines.empty())
            out.push_back(ref);
    }
    return out;
}

std::vector<std::string_view> titles(const Protocol& p, const std::vector<StepRef>& refs) {
    std::vector<std::string_view> out;
    out.reserve(refs.size());
    for (const StepRef ref : refs)
        out.push_back(shown_title(p, ref));
    return out;
}

std::size_t distance(std::size_t a, std::size_t b) {
    return a > b ? a - b : b - a;
}

// Up to three distractors for "what follows steps[shown]": other steps of the scope, nearest to
// the answer in the order first (ties in a seeded order), with titles unlike the answer's and
// each other's where the scope allows; then repeated titles; the answer's title only as a last
// resort (scoring accepts it as right).
std::vector<StepRef> distractors(const Protocol& p, const std::vector<StepRef>& steps,
                                 std::size_t shown, Random& rng) {
    const std::size_t answer = shown + 1;
    std::vector<std::tuple<std::size_t, std::uint64_t, std::size_t>> ranked; // distance, tie, index
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i != shown && i != answer)
            ranked.emplace_back(distance(i, answer), rng.next(), i);
    }
    std::sort(ranked.begin(), ranked.end());

    const std::string_view answer_title = shown_title(p, steps[answer]);
    std::vector<StepRef> out;
    std::set<std::string_view> used{answer_title};
    std::vector<bool> taken(steps.size(), false);
    const auto fill = [&](auto&& acceptable) {
        for (const auto& [d, tie, i] : ranked) {
            if (out.size() + 1 >= option_count)
                return;
            if (taken[i] || !acceptable(shown_title(p, steps[i])))
                continue;
            taken[i] = true;
            used.insert(shown_title(p, steps[i]));
            out.push_back(steps[i]);
        }
    };
    fill([&](std::string_view t) { return used.count(t) == 0; });
    fill([&](std::string_view t) { return t != answer_title; });
    fill([](std::string_view) { return true; });
    return out;
}

Attempt attempt_of(const Protocol& p, Kind kind, const Scope& scope, std::uint64_t seed,
                   double score, std::size_t questions, const std::vector<StepRef>& mistakes,
                   std::chrono::system_clock::time_point at, std::chrono::milliseconds took) {
    Attempt a;
    a.protocol = p.id;
    a.kind = kind;
    a.stage = scope.stage;
    a.seed = seed;
    a.score = score;
    a.questions = questions;
    for (std::string& id : step_ids(p, mistakes)) {
        if (std::find(a.missed.begin(), a.missed.end(), id) == a.missed.end())
            a.missed.push_back(std::move(id));
    }
    a.at = at;
    a.took = took;
    return a;
}

double ratio(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

} // namespace

std::string_view to_string(Kind k) {
    switch (k) {
    case Kind::Order:
        return "order";
    case Kind::Next:
        return "next";
    case Kind::Line:
        return "line";
    }
    return "order";
}

std::optional<Kind> kind_from_string(std::string_view s) {
    for (const Kind k : {Kind::Order, Kind::Next, Kind::Line}) {
        if (to_string(k) == s)
            return k;
    }
    return std::nullopt;
}

std::vector<StepRef> steps_in(const Protocol& p, const Scope& scope) {
    std::vector<StepRef> out;
    for (std::size_t st = 0; st < p.stages.size(); ++st) {
        if (scope.stage && *scope.stage != st)
            continue;
        for (std::size_t i = 0; i < p.stages[st].steps.size(); ++i)
            out.push_back({st, i});
    }
    return out;
}

const Step* step_at(const Protocol& p, StepRef ref) {
    if (ref.stage >= p.stages.size() || ref.step >= p.stages[ref.stage].steps.size())
        return nullptr;
    return &p.stages[ref.stage].steps[ref.step];
}

std::string_view shown_title(const Protocol& p, StepRef ref) {
    const Step* s = step_at(p, ref);
    return s == nullptr ? std::string_view{} : std::string_view{s->title.en};
}

std::vector<std::string> step_ids(const Protocol& p, const std::vector<StepRef>& refs) {
    std::vector<std::string> out;
    for (const StepRef ref : refs) {
        if (const Step* s = step_at(p, ref))
            out.push_back(s->id);
    }
    return out;
}

// ---- Random

Random::Random(std::uint64_t seed) {
    for (auto& word : s_)
        word = splitmix64(seed);
}

std::uint64_t Random::next() {
    const std::uint64_t result = std::rotl(s_[1] * 5U, 7) * 9U;
    const std::uint64_t t = s_[1] << 17U;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = std::rotl(s_[3], 45);
    return result;
}

std::size_t Random::below(std::size_t n) {
    if (n == 0)
        return 0;
    const auto bound = static_cast<std::uint64_t>(n);
    // 2^64 mod n: values below it would make the low residues more likely.
    const std::uint64_t threshold = (0U - bound) % bound;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return static_cast<std::size_t>(r % bound);
    }
}

// ---- Order

OrderQuiz make_order_quiz(const Protocol& p, const Scope& scope, std::uint64_t seed) {
    OrderQuiz q{scope, seed, steps_in(p, scope), {}};
    q.shuffled = q.correct;
    if (q.shuffled.size() < 2)
        return q;
    Random rng(seed);
    rng.shuffle(q.shuffled);
    // A shuffle that reads the same as the answer would be no question: swap the first two
    // neighbours that differ (or, when every title is the same, the first two steps).
    const auto shown = titles(p, q.shuffled);
    if (shown == titles(p, q.correct)) {
        const auto differ = std::adjacent_find(shown.begin(), shown.end(), std::not_equal_to<>());
        const auto at = differ == shown.end() ? std::size_t{0}
                                              : static_cast<std::size_t>(differ - shown.begin());
        std::swap(q.shuffled[at], q.shuffled[at + 1]);
    }
    return q;
}

OrderResult score_order(const Protocol& p, const OrderQuiz& quiz,
                        const std::vector<StepRef>& answer) {
    OrderResult r;
    r.total = quiz.correct.size();
    const std::size_t n = answer.size();
    const std::size_t m = quiz.correct.size();

    // What each answer position can match: its title, if it is a step of the quiz and not a
    // repeat of an earlier position; otherwise nothing.
    std::vector<std::optional<std::string_view>> given(n);
    std::set<StepRef> seen;
    for (std::size_t i = 0; i < n; ++i) {
        const bool in_quiz =
            std::find(quiz.correct.begin(), quiz.correct.end(), answer[i]) != quiz.correct.end();
        if (in_quiz && seen.insert(answer[i]).second)
            given[i] = shown_title(p, answer[i]);
    }
    const auto expected = titles(p, quiz.correct);

    // Longest common subsequence of the answer's titles and the correct order's titles: equal
    // titles are interchangeable. n and m are a protocol's step count, so O(n*m) is nothing.
    std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] = (given[i] && *given[i] == expected[j])
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    r.in_order = lcs[0][0];
    r.kept.assign(n, false);
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (given[i] && *given[i] == expected[j] && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
            r.kept[i] = true;
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!r.kept[i])
            r.mistakes.push_back(answer[i]);
    }
    r.score = ratio(r.in_order, r.total);
    return r;
}

// ---- Next

NextQuiz make_next_quiz(const Protocol& p, const Scope& scope, std::uint64_t seed,
                        std::size_t count) {
    NextQuiz q{scope, seed, {}};
    const auto steps = steps_in(p, scope);
    if (steps.size() < 2)
        return q;
    Random rng(seed);
    for (const std::size_t shown : pick(steps.size() - 1, count, rng)) {
        NextQuestion question;
        question.shown = steps[shown];
        question.options = distractors(p, steps, shown, rng);
        question.options.push_back(steps[shown + 1]);
        rng.shuffle(question.options);
        question.answer = static_cast<std::size_t>(
            std::find(question.options.begin(), question.options.end(), steps[shown + 1]) -
            question.options.begin());
        q.questions.push_back(std::move(question));
    }
    return q;
}

NextResult score_next(const Protocol& p, const NextQuiz& quiz,
                      const std::vector<std::size_t>& chosen) {
    NextResult r;
    r.total = quiz.questions.size();
    for (std::size_t i = 0; i < r.total; ++i) {
        const NextQuestion& q = quiz.questions[i];
        const StepRef right = q.options.at(q.answer);
        bool ok = false;
        if (i < chosen.size() && chosen[i] < q.options.size()) {
            ok = chosen[i] == q.answer ||
                 shown_title(p, q.options[chosen[i]]) == shown_title(p, right);
        }
        r.correct.push_back(ok);
        if (ok)
            ++r.right;
        else
            r.mistakes.push_back(right);
    }
    r.score = ratio(r.right, r.total);
    return r;
}

// ---- Line

LineQuiz make_line_quiz(const Protocol& p, const Catalog& catalog, const Scope& scope,
                        std::uint64_t seed, std::size_t count) {
    LineQuiz q{scope, seed, {}};
    const auto steps = steps_with_lines(p, scope);
    Random rng(seed);
    for (const std::size_t index : pick(steps.size(), count, rng)) {
        const Step& step = *step_at(p, steps[index]);
        const LineRef& first = step.lines.front();
        const Diagram* diagram = nullptr;
        if (catalog.line(first.line, &diagram) == nullptr || diagram == nullptr)
            continue; // the loader resolves every line, so only a hand-built protocol gets here
        LineQuestion question;
        question.step = steps[index];
        question.diagram = diagram->id;
        for (const MassageLine& line : diagram->lines)
            question.candidates.push_back(line.id);
        rng.shuffle(question.candidates);
        question.line = first.line;
        question.direction = first.direction;
        question.line_count = step.lines.size();
        q.questions.push_back(std::move(question));
    }
    return q;
}

LineResult score_line(const LineQuiz& quiz, const std::vector<LineAnswer>& answers) {
    LineResult r;
    r.total = quiz.questions.size();
    double sum = 0;
    for (std::size_t i = 0; i < r.total; ++i) {
        const LineQuestion& q = quiz.questions[i];
        double points = 0;
        if (i < answers.size() && answers[i].line == q.line) {
            points = 0.5;
            if (answers[i].direction == q.direction)
                points = 1.0;
        }
        r.points.push_back(points);
        sum += points;
        if (points < 1.0)
            r.mistakes.push_back(q.step);
    }
    r.score = r.total == 0 ? 0.0 : sum / static_cast<double>(r.total);
    return r;
}

// ---- Attempts

std::vector<StepRef> asked_steps(const Protocol& p, Kind kind, const Scope& scope,
                                 std::uint64_t seed, std::size_t questions) {
    std::vector<StepRef> out;
    Random rng(seed);
    switch (kind) {
    case Kind::Order:
        return steps_in(p, scope);
    case Kind::Next: {
        const auto steps = steps_in(p, scope);
        if (steps.size() < 2)
            return out;
        for (const std::size_t shown : pick(steps.size() - 1, questions, rng))
            out.push_back(steps[shown + 1]);
        return out;
    }
    case Kind::Line: {
        const auto steps = steps_with_lines(p, scope);
        for (const std::size_t index : pick(steps.size(), questions, rng))
            out.push_back(steps[index]);
        return out;
    }
    }
    return out;
}

Attempt make_attempt(const Protocol& p, const OrderQuiz& quiz, const OrderResult& result,
                     std::chrono::system_clock::time_point at, std::chrono::milliseconds took) {
    return attempt_of(p, Kind::Order, quiz.scope, quiz.seed, result.score, result.total,
                      result.mistakes, at, took);
}

Attempt make_attempt(const Protocol& p, const NextQuiz& quiz, const NextResult& result,
                     std::chrono::system_clock::time_point at, std::chrono::milliseconds took) {
    return attempt_of(p, Kind::Next, quiz.scope, quiz.seed, result.score, result.total,
                      result.mistakes, at, took);
}

Attempt make_attempt(const Protocol& p, const LineQuiz& quiz, const LineResult& result,
                     std::chrono::system_clock::time_point at, std::chrono::milliseconds took) {
    return attempt_of(p, Kind::Line, quiz.scope, quiz.seed, result.score, result.total,
                      result.mistakes, at, took);
}

} // namespace effleur::quiz
