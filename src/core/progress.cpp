// Progress figures from stored attempts. See progress.h.

#include "progress.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace effleur::quiz {

namespace {

std::vector<const Attempt*> relevant(const Protocol& p, const std::vector<Attempt>& attempts,
                                     std::optional<Kind> kind) {
    std::vector<const Attempt*> out;
    for (const Attempt& a : attempts) {
        if (a.protocol == p.id && (!kind || a.kind == *kind))
            out.push_back(&a);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Attempt* l, const Attempt* r) { return l->at < r->at; });
    return out;
}

} // namespace

Progress summarize(const Protocol& p, const std::vector<Attempt>& attempts,
                   std::optional<Kind> kind) {
    Progress out;
    const auto chosen = relevant(p, attempts, kind);
    std::map<std::string, StepMisses, std::less<>> by_step;
    for (const Attempt* a : chosen) {
        out.series.push_back({a->at, a->score, a->kind});
        out.best = std::max(out.best.value_or(a->score), a->score);
        out.latest = a->score;

        const std::set<std::string, std::less<>> missed(a->missed.begin(), a->missed.end());
        std::set<std::string, std::less<>> asked(missed);
        for (std::string& id :
             step_ids(p, asked_steps(p, a->kind, Scope{a->stage}, a->seed, a->questions)))
            asked.insert(std::move(id));
        for (const std::string& id : asked) {
            StepMisses& m = by_step[id];
            ++m.asked;
            if (missed.count(id) != 0)
                ++m.missed;
        }
    }
    // In protocol order, so a stable sort by misses leaves ties in that order.
    for (const StepRef ref : steps_in(p, Scope{})) {
        const Step* step = step_at(p, ref);
        const auto found = by_step.find(step->id);
        if (found != by_step.end() && found->second.missed > 0) {
            StepMisses m = found->second;
            m.step = step->id;
            out.weakest.push_back(std::move(m));
        }
    }
    std::stable_sort(out.weakest.begin(), out.weakest.end(),
                     [](const StepMisses& l, const StepMisses& r) { return l.missed > r.missed; });
    return out;
}

std::vector<StepRef> weakest_steps(const Protocol& p, const std::vector<Attempt>& attempts,
                                   std::size_t n) {
    std::map<std::string_view, StepRef, std::less<>> where;
    for (const StepRef ref : steps_in(p, Scope{}))
        where.emplace(step_at(p, ref)->id, ref);
    std::vector<StepRef> out;
    for (const StepMisses& m : summarize(p, attempts).weakest) {
        if (out.size() >= n)
            break;
        out.push_back(where.at(m.step));
    }
    return out;
}

} // namespace effleur::quiz
