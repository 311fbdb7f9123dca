#include "app/terminal.h"

#include <cerrno>
#include <cstdint>

#include <poll.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <unistd.h>

namespace effleur::app {

namespace {

volatile sig_atomic_t interrupt_flag = 0;

extern "C" void on_interrupt(int) {
    interrupt_flag = 1;
}

} // namespace

bool foreground_terminal(int fd) {
    // A background job that touched the terminal would be stopped by SIGTTOU or SIGTTIN.
    return isatty(fd) != 0 && tcgetpgrp(fd) == getpgrp();
}

RawKeys::RawKeys(int fd) : fd_(fd) {
    if (!foreground_terminal(fd_) || tcgetattr(fd_, &saved_) != 0)
        return;
    termios raw = saved_;
    // Keys arrive one at a time and are not echoed; Ctrl-C still raises SIGINT.
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    active_ = tcsetattr(fd_, TCSANOW, &raw) == 0;
}

RawKeys::~RawKeys() {
    restore();
}

void RawKeys::restore() {
    if (active_)
        tcsetattr(fd_, TCSANOW, &saved_);
    active_ = false;
}

InterruptGuard::InterruptGuard() {
    interrupt_flag = 0;
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &saved_int_);
    sigaction(SIGTERM, &action, &saved_term_);
    // Blocked outside the wait, delivered only inside ppoll: no signal can slip in between
    // checking the flag and going to sleep.
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigprocmask(SIG_BLOCK, &block, &saved_mask_);
    wait_mask_ = saved_mask_;
    sigdelset(&wait_mask_, SIGINT);
    sigdelset(&wait_mask_, SIGTERM);
}

InterruptGuard::~InterruptGuard() {
    sigprocmask(SIG_SETMASK, &saved_mask_, nullptr);
    sigaction(SIGINT, &saved_int_, nullptr);
    sigaction(SIGTERM, &saved_term_, nullptr);
}

bool InterruptGuard::interrupted() {
    return interrupt_flag != 0;
}

Waiter::Waiter(const InterruptGuard& guard)
    : guard_(guard), timer_fd_(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK)) {}

Waiter::~Waiter() {
    if (timer_fd_ >= 0)
        close(timer_fd_);
}

Wake Waiter::wait_until(std::optional<TimePoint> deadline, int key_fd) {
    if (InterruptGuard::interrupted())
        return {WakeReason::Interrupted};
    if (timer_fd_ < 0)
        return {WakeReason::Error};
    // steady_clock is CLOCK_MONOTONIC, so its count is the timerfd's absolute time.
    itimerspec spec{};
    if (deadline) {
        const std::int64_t ns = deadline->time_since_epoch().count();
        if (ns <= 0 || *deadline <= std::chrono::steady_clock::now())
            return {WakeReason::Deadline};
        spec.it_value.tv_sec = static_cast<time_t>(ns / 1'000'000'000);
        spec.it_value.tv_nsec = static_cast<long>(ns % 1'000'000'000);
    }
    if (timerfd_settime(timer_fd_, TFD_TIMER_ABSTIME, &spec, nullptr) != 0)
        return {WakeReason::Error};

    pollfd fds[2] = {{timer_fd_, POLLIN, 0}, {key_fd, POLLIN, 0}};
    const nfds_t count = key_fd >= 0 ? 2 : 1;
    for (;;) {
        const int ready = ppoll(fds, count, nullptr, &guard_.wait_mask());
        if (ready < 0) {
            if (errno == EINTR && InterruptGuard::interrupted())
                return {WakeReason::Interrupted};
            if (errno == EINTR)
                continue;
            return {WakeReason::Error};
        }
        if (count == 2 && (fds[1].revents & (POLLIN | POLLHUP)) != 0) {
            char key = 0;
            if (read(key_fd, &key, 1) == 1)
                return {WakeReason::Key, key};
            return {WakeReason::Error}; // end of input
        }
        if ((fds[0].revents & POLLIN) != 0) {
            std::uint64_t expirations = 0;
            [[maybe_unused]] const auto n = read(timer_fd_, &expirations, sizeof expirations);
            return {WakeReason::Deadline};
        }
    }
}

namespace {

// The kernel's struct sched_attr (include/uapi/linux/sched/types.h); glibc 2.36 has no wrapper.
struct SchedAttr {
    std::uint32_t size = sizeof(SchedAttr);
    std::uint32_t sched_policy = 0;
    std::uint64_t sched_flags = 0;
    std::int32_t sched_nice = 0;
    std::uint32_t sched_priority = 0;
    std::uint64_t sched_runtime = 0;
    std::uint64_t sched_deadline = 0;
    std::uint64_t sched_period = 0;
    std::uint32_t sched_util_min = 0;
    std::uint32_t sched_util_max = 0;
};

} // namespace

void tune_for_latency() {
    prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
#ifdef SYS_sched_setattr
    // Since Linux 6.12 a normal (SCHED_OTHER) task may ask for a shorter time slice; the
    // scheduler then lets it preempt a busy task as soon as it wakes instead of after that
    // task's slice. No privilege is needed, the policy stays the same, and older kernels ignore
    // the request. The nice value is kept.
    SchedAttr attr;
    attr.sched_policy = SCHED_OTHER;
    attr.sched_nice = getpriority(PRIO_PROCESS, 0);
    attr.sched_runtime = 100'000; // 0.1 ms, the shortest slice the kernel accepts
    syscall(SYS_sched_setattr, 0, &attr, 0U);
#endif
}

} // namespace effleur::app
