#!/usr/bin/env python3
"""Lateness of the events in `effleur run --trace` files.

For each trace: how late each event was delivered (actual_ms - scheduled_ms), as the median,
99th percentile and maximum, over the events the clock made due ("clock") and over all events;
whether any event came early; and the lateness of the first clock-driven event and of the final
event.

Usage: scripts/trace-stats.py TRACE.jsonl...   (exit 1 if a trace is malformed or has an early
event, or does not end with session-finished)
"""

import json
import math
import sys


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def clock_first(events):
    """Lateness of the first event the clock made due (the start itself is always on time)."""
    for e in events:
        if e.get("cause") == "clock":
            return e["actual_ms"] - e["scheduled_ms"]
    return float("nan")


def read(path):
    events = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                e = json.loads(line)
                float(e["scheduled_ms"]), float(e["actual_ms"]), str(e["event"])
            except (ValueError, KeyError, TypeError) as error:
                raise SystemExit(f"{path}:{number}: not a trace line ({error})")
            events.append(e)
    if not events:
        raise SystemExit(f"{path}: no events")
    return events


def stats(path, events):
    late = [e["actual_ms"] - e["scheduled_ms"] for e in events]
    clock = sorted(e["actual_ms"] - e["scheduled_ms"] for e in events if e.get("cause") == "clock")
    everything = sorted(late)
    return {
        "file": path,
        "events": len(events),
        "clock_events": len(clock),
        "median": percentile(clock, 0.5),
        "p99": percentile(clock, 0.99),
        "max": clock[-1] if clock else float("nan"),
        "all_median": percentile(everything, 0.5),
        "all_p99": percentile(everything, 0.99),
        "all_max": everything[-1],
        "early": sum(1 for x in late if x < 0),
        "first": clock_first(events),
        "final": late[-1],
        "final_event": events[-1]["event"],
        "span_s": events[-1]["actual_ms"] / 1000.0,
    }


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    ok = True
    header = ("trace", "events", "clock", "median", "p99", "max", "all p99", "all max", "early",
              "first", "final", "span s")
    print("{:<34} {:>6} {:>6} {:>8} {:>8} {:>8} {:>8} {:>8} {:>5} {:>8} {:>8} {:>7}".format(*header))
    pooled = []
    rows = []
    for path in paths:
        events = read(path)
        pooled.extend(events)
        rows.append(stats(path, events))
    if len(paths) > 1:
        rows.append(stats("all traces", pooled))
        rows[-1]["final_event"] = "session-finished"
        rows[-1]["first"] = max(r["first"] for r in rows[:-1])
        rows[-1]["final"] = max(r["final"] for r in rows[:-1])
        rows[-1]["span_s"] = sum(r["span_s"] for r in rows[:-1])
    for s in rows:
        path = s["file"]
        print("{:<34} {:>6} {:>6} {:>8.3f} {:>8.3f} {:>8.3f} {:>8.3f} {:>8.3f} {:>5} {:>8.3f} {:>8.3f} {:>7.2f}"
              .format(s["file"][-34:], s["events"], s["clock_events"], s["median"], s["p99"],
                      s["max"], s["all_p99"], s["all_max"], s["early"], s["first"], s["final"],
                      s["span_s"]))
        if s["early"] or s["final_event"] != "session-finished":
            print(f"  {path}: {s['early']} early events; last event {s['final_event']}",
                  file=sys.stderr)
            ok = False
    print("lateness in ms (actual_ms - scheduled_ms); median/p99/max and first over clock-driven "
          "events; all p99/max over every event; final: the last event")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
