#!/usr/bin/env python3
"""Start-up to first frame and peak memory of Effleur, against a bare Qt window of the same size
that quits after its first frame, in the same run; then the CPU share of a running session.

The first frame is timed from the spawn to the moment the program says its first frame is up
(each prints it on the monotonic clock); the time to the process's exit, which adds the
teardown, is shown beside it. A second baseline shows one line of text: a window without text
never loads the fonts before its first frame, which any window with words must.

With --against OTHER_BUILD_DIR, the app of another build (an earlier commit's, say) runs in the
same round as well, so that a change is measured side by side under the same load: on a busy or
uneven machine the ratios to the bare window move more from one run to the next than a change of
a few milliseconds does.

Usage: scripts/bench-startup.py BUILD_DIR [--runs N] [--animate SECONDS] [--against OTHER_BUILD_DIR]
Needs a display (run it under Xvfb: DISPLAY=:99).
"""

import os
import random
import statistics
import subprocess
import sys
import time


def measure(cmd):
    """One run of `cmd`: seconds to its first frame, seconds to its exit, peak resident MiB."""
    start = time.monotonic()  # CLOCK_MONOTONIC, the clock the programs print
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    ended = time.monotonic()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed with {os.waitstatus_to_exitcode(status)}")
    said = [line for line in out.splitlines() if line.startswith("first frame at ")]
    if not said:
        sys.exit(f"{' '.join(cmd)} did not say when its first frame was up")
    frame = float(said[0].split()[3]) / 1e3
    return frame - start, ended - start, usage.ru_maxrss / 1024.0  # KiB -> MiB


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

    cases = [("bare Qt window", [bare]),
             ("bare Qt window, one line of text", [bare, "--text"]),
             ("effleur (library)", [app, "--exit-after-first-frame"]),
             ("effleur rehearse classic-back", [app, "rehearse", "classic-back",
                                                "--exit-after-first-frame"])]
    if "--against" in sys.argv:
        other = sys.argv[sys.argv.index("--against") + 1]
        other_app = os.path.join(other, "src/app/effleur")
        if not os.access(other_app, os.X_OK):
            sys.exit(f"no app in {other}")
        cases += [("  the other build's library", [other_app, "--exit-after-first-frame"]),
                  ("  the other build's rehearsal", [other_app, "rehearse", "classic-back",
                                                     "--exit-after-first-frame"])]
    # Rounds of one run of each, so that all see the same machine load, each round in another
    # order: a program started right after another can start faster or slower for it.
    results = [([], [], []) for _ in cases]
    order = list(range(len(cases)))
    shuffle = random.Random(1)
    for _ in range(runs):
        shuffle.shuffle(order)
        for i in order:
            frames, exits, peaks = results[i]
            frame, ended, peak = measure(cases[i][1])
            frames.append(frame)
            exits.append(ended)
            peaks.append(peak)
    rows = [(name, statistics.median(frames) * 1e3, statistics.median(exits) * 1e3, max(peaks))
            for (name, _), (frames, exits, peaks) in zip(cases, results)]
    base_f, base_e, base_m = rows[0][1:]
    text_f = rows[1][1]
    print(f"Start-up, median of {runs} runs: to the first frame, and to the process's exit\n")
    print(f"{'':34} {'first frame ms':>14} {'ratio':>6} {'vs text':>7} "
          f"{'exit ms':>8} {'ratio':>6} {'peak MiB':>9} {'ratio':>6}")
    for name, f, e, m in rows:
        print(f"{name:34} {f:14.1f} {f / base_f:5.2f}x {f / text_f:6.2f}x "
              f"{e:8.1f} {e / base_e:5.2f}x {m:9.1f} {m / base_m:5.2f}x")
    share = cpu_share([app, "rehearse", "classic-back"], animate)
    print(f"\nCPU while a session runs (rehearse classic-back, {animate:.0f} s): "
          f"{share * 100:.1f}% of one core")


if __name__ == "__main__":
    main()
