#pragma once
// A test-only hook for the crash campaigns (tests/crash): when the environment variable
// EFFLEUR_TEST_HOOK names a JSON file, the app, once its window is up, answers a resume offer
// or starts a session by itself, and writes what its session does to a trace file, one JSON
// line per event, each written straight to the file so that a kill -9 keeps it. Without the
// variable nothing here runs. It is not a feature: a therapist never sets it.
//
// The file: {"start": "client"|"rehearsal", "protocol": ID, "client": NAME, "trace": FILE,
//            "on_offer": "resume"|"end", "next_after_ms": N (optional: one `next` then)}
// A client session is started as Start session would, after the checklist answered "no" to
// every item (the checklist's own rules clear it); the client is found or added by name.
// Trace lines: {"wall_ms", "event", "kind", "part", "step_id", "progress_ms", "length_ms",
// "state"}, and for an offer what it offers ("offered_part", "offered_progress_ms",
// "offered_offset_ms").

#include "core/loader.h"

namespace effleur::ui {

class MainWindow;

// Installs the hook when EFFLEUR_TEST_HOOK is set; returns whether it did.
bool install_test_hook(MainWindow& window, const Loader& loader);

} // namespace effleur::ui
