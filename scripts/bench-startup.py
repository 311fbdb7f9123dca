#!/usr/bin/env python3
"""Start-up to first frame and peak memory of Effleur, against a bare Qt window of the same size
that quits after its first frame, in the same run; then the CPU share of a running session.

Usage: scripts/bench-startup.py BUILD_DIR [--runs N] [--animate SECONDS]
Needs a display (run it under Xvfb: DISPLAY=:99).
"""

import os
import statistics
import subprocess
import sys
import time


def measure(cmd, runs):
    """Wall time and peak resident memory of each of `runs` runs of `cmd`."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"{' '.join(cmd)} failed with {os.waitstatus_to_exitcode(status)}")
        peaks.append(usage.ru_maxrss / 1024.0)  # KiB -> MiB
    return times, peaks


def cpu_share(cmd, seconds):
    """CPU time used by `cmd` over `seconds` of wall time, as a share of one core."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)  # let it start and settle before measuring
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu():
        with open(f"/proc/{proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    c0, t0 = cpu(), time.perf_counter()
    time.sleep(seconds)
    c1, t1 = cpu(), time.perf_counter()
    proc.terminate()
    proc.wait()
    return (c1 - c0) / (t1 - t0)


def main():
    if len(sys.argv) < 2 or "DISPLAY" not in os.environ:
        sys.exit(__doc__)
    build = sys.argv[1]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 15
    animate = float(sys.argv[sys.argv.index("--animate") + 1]) if "--animate" in sys.argv else 20
    app = os.path.join(build, "src/app/effleur")
    bare = os.path.join(build, "bench/effleur_bare_window")

    cases = (("bare Qt window", [bare]),
             ("effleur (library)", [app, "--exit-after-first-frame"]),
             ("effleur rehearse classic-back", [app, "rehearse", "classic-back",
                                                "--exit-after-first-frame"]))
    # Round-robin, one run of each in turn, so that all see the same machine load.
    results = [([], []) for _ in cases]
    for _ in range(runs):
        for (_, cmd), (times, peaks) in zip(cases, results):
            t, p = measure(cmd, 1)
            times += t
            peaks += p
    rows = [(name, statistics.median(times) * 1e3, max(peaks))
            for (name, _), (times, peaks) in zip(cases, results)]
    base_t, base_m = rows[0][1], rows[0][2]
    print(f"Start-up to first frame and peak memory, median of {runs} runs\n")
    print(f"{'':32} {'first frame ms':>15} {'ratio':>7} {'peak MiB':>9} {'ratio':>7}")
    for name, t, m in rows:
        print(f"{name:32} {t:15.1f} {t / base_t:6.2f}x {m:9.1f} {m / base_m:6.2f}x")
    share = cpu_share([app, "rehearse", "classic-back"], animate)
    print(f"\nCPU while a session runs (rehearse classic-back, {animate:.0f} s): "
          f"{share * 100:.1f}% of one core")


if __name__ == "__main__":
    main()
