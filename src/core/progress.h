#pragma once
// A student's progress on one protocol, worked out from stored quiz attempts: best and latest
// scores, the scores over time, and the steps most often got wrong. Pure functions over plain
// data; no Qt, nothing thrown. Attempts of other protocols are ignored.

#include "quiz.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace effleur::quiz {

struct ProgressPoint {
    std::chrono::system_clock::time_point at;
    double score = 0;
    Kind kind{};
};

struct StepMisses {
    std::string step; // step id
    int missed = 0;   // attempts that got it wrong
    int asked = 0;    // attempts that asked about it (see asked_steps); never below `missed`
};

struct Progress {
    std::optional<double> best, latest; // over the given attempts; nullopt when there are none
    std::vector<ProgressPoint> series;  // by time (ties: in the order given)
    std::vector<StepMisses> weakest;    // steps missed at least once: most missed first, ties by
                                        // protocol order; steps no longer in the protocol left out
};

// `kind`: only attempts of that kind; nullopt: all of them.
Progress summarize(const Protocol&, const std::vector<Attempt>&, std::optional<Kind> kind = {});

// The `n` weakest steps (as in Progress::weakest, over every kind), for practice.
std::vector<StepRef> weakest_steps(const Protocol&, const std::vector<Attempt>&, std::size_t n);

} // namespace effleur::quiz
