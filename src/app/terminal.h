#pragma once
// The runner's terminal and its precise wait (Linux).
// RawKeys puts a terminal's input in raw mode (no line buffering, no echo) and restores it when
// destroyed; InterruptGuard turns SIGINT/SIGTERM into a wake-up so that the runner can restore
// the terminal and leave cleanly. wait_until() sleeps until an absolute CLOCK_MONOTONIC deadline
// (a timerfd, so waking is never early and never on a coarse tick), a key, or such a signal.
// Nothing here throws; a failing system call makes the wait return at once with Error.

#include "core/clock.h"

#include <optional>

#include <signal.h>
#include <termios.h>

namespace effleur::app {

// Whether `fd` is a terminal that this process may read keys from: the foreground job's.
[[nodiscard]] bool foreground_terminal(int fd);

class RawKeys {
public:
    // Raw mode on `fd` when it is a foreground terminal; does nothing otherwise.
    explicit RawKeys(int fd);
    ~RawKeys();
    RawKeys(const RawKeys&) = delete;
    RawKeys& operator=(const RawKeys&) = delete;
    [[nodiscard]] bool active() const { return active_; }
    void restore();

private:
    int fd_;
    bool active_ = false;
    termios saved_{};
};

class InterruptGuard {
public:
    // Blocks SIGINT and SIGTERM except while waiting in wait_until(); restores on destruction.
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
    [[nodiscard]] static bool interrupted();
    [[nodiscard]] const sigset_t& wait_mask() const { return wait_mask_; }

private:
    sigset_t saved_mask_{};
    sigset_t wait_mask_{};
    struct sigaction saved_int_ {};
    struct sigaction saved_term_ {};
};

enum class WakeReason { Deadline, Key, Interrupted, Error };

struct Wake {
    WakeReason reason = WakeReason::Deadline;
    char key = 0;
};

// A precise absolute sleep: one timerfd per waiter, reused across waits.
class Waiter {
public:
    explicit Waiter(const InterruptGuard& guard);
    ~Waiter();
    Waiter(const Waiter&) = delete;
    Waiter& operator=(const Waiter&) = delete;

    // Until `deadline` (none: only a key or a signal can end it), a byte on `key_fd` (-1: none),
    // or SIGINT/SIGTERM.
    Wake wait_until(std::optional<TimePoint> deadline, int key_fd);

private:
    const InterruptGuard& guard_;
    int timer_fd_ = -1;
};

// Asks the kernel to wake this thread as close to its deadlines as it can: a timer slack of 1 ns
// instead of the default 50 us, and (Linux 6.12 and later) a short scheduler time slice so that
// a waking runner preempts a busy task at once. Unprivileged; failures are harmless and ignored.
void tune_for_latency();

} // namespace effleur::app
