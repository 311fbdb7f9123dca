// The session journal at a busy clinic's scale, and what recording costs the UI thread.
//
// 1. A journal of N sessions of S steps (50,000 x 20 by default: a step started and ended for
//    each, about two million event rows, with a note per session and a mark on every fifth) is
//    written once, then opened as the app opens it after its first frame (with the look for an
//    unfinished session), a client's history and a session's record are read, the journal
//    window opens on a client, and searches run. Each figure is printed beside the same on a
//    journal of 100 sessions made the same way in the same run: the baseline.
// 2. A client session of the classic back massage, driven through its steps by a fake clock as
//    the window's timers drive it, recorded into a journal with synchronous=FULL: the time the
//    UI thread spends delivering each step event, beside the same session unrecorded and the
//    same recorded with synchronous=NORMAL.
//
//   effleur_bench_journal [--sessions N] [--steps S] [--dir FOLDER] [--repeat R]
//
// FOLDER (default: effleur-bench-journal in the current folder) keeps the big journal between
// runs; it must be on a real disk for the commit figures to mean anything.

#include "core/clock.h"
#include "core/gate.h"
#include "core/loader.h"
#include "core/stepengine.h"
#include "storage/database.h"
#include "storage/journalrecorder.h"
#include "storage/journalstore.h"
#include "ui/journal/journalwindow.h"
#include "ui/journal/sessionrecording.h"
#include "ui/session/sessioncontroller.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <time.h>

namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;
using namespace effleur;

namespace {

double ms_since(Steady::time_point t0) {
    return std::chrono::duration<double, std::milli>(Steady::now() - t0).count();
}

struct Figures {
    double median = 0;
    double p99 = 0;
    double best = 0;
    double cpu_median = 0; // the thread's own CPU time: what a busy machine does not inflate
};

Figures figures(std::vector<double> v) {
    Figures f;
    if (v.empty())
        return f;
    std::sort(v.begin(), v.end());
    f.best = v.front();
    f.median = v[v.size() / 2];
    f.p99 = v[std::min(v.size() - 1, (v.size() * 99) / 100)];
    return f;
}

double thread_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_nsec) / 1e6;
}

Figures time_it(int repeat, const std::function<void(int)>& work) {
    std::vector<double> t;
    std::vector<double> cpu;
    for (int i = 0; i < repeat; ++i) {
        const double c0 = thread_cpu_ms();
        const auto t0 = Steady::now();
        work(i);
        t.push_back(ms_since(t0));
        cpu.push_back(thread_cpu_ms() - c0);
    }
    Figures f = figures(std::move(t));
    f.cpu_median = figures(std::move(cpu)).median;
    return f;
}

const char* const words[] = {
    "relaxed",   "tired",     "sleepy",  "calm",  "tense", "knot",     "shoulder",
    "trapezius", "scapula",   "lumbar",  "neck",  "jaw",   "cheek",    "forehead",
    "light",     "medium",    "firm",    "deep",  "oil",   "almond",   "lavender",
    "water",     "stretch",   "posture", "walk",  "rest",  "heat",     "cold",
    "headache",  "stiffness", "better",  "same",  "worse", "swelling", "redness",
    "bruise",    "left",      "right",   "upper", "lower", "both",     "again"};

std::string phrase(std::mt19937& rng, int n) {
    std::uniform_int_distribution<std::size_t> pick(0, std::size(words) - 1);
    std::string s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += ' ';
        s += words[pick(rng)];
    }
    return s;
}

// Writes `sessions` sessions of `steps` steps into a new journal at `file`, in one transaction
// (with synchronous off, as a bulk load, not as the app writes).
bool make_journal(const fs::path& file, int sessions, int steps) {
    auto opened = storage::JournalStore::open(file);
    if (!opened) {
        std::fprintf(stderr, "cannot create %s\n", file.string().c_str());
        return false;
    }
    auto& store = *opened.value();
    auto& db = store.database();
    (void)db.exec("PRAGMA synchronous = OFF");
    std::mt19937 rng(14);
    const int clients = std::max(1, sessions / 20);
    const char* protocols[] = {"classic-back", "plastic-facial", "neck-self-massage",
                               "kneading-prp-lymphatic", "back-self-massage-balls"};
    const char* kinds[] = {"tension", "pain", "bruise", "injection"};
    // A gate record as the app keeps it: ten items answered.
    GateRecord gate;
    gate.protocol_id = "classic-back";
    gate.protocol_version = 3;
    gate.verdict = VerdictKind::Clear;
    for (int i = 0; i < 10; ++i) {
        GateAnswer a;
        a.item = "item-" + std::to_string(i);
        a.text = "Has the client had " + phrase(rng, 4) + " lately?";
        a.kind = ContraindicationKind::Relative;
        a.answer = Answer::No;
        gate.answers.push_back(a);
    }
    const QString gate_json = QString::fromStdString(gate_record_to_json(gate).dump());
    constexpr std::int64_t t0 = 1483228800000; // 2017-01-01
    const std::int64_t spacing = (10LL * 365 * 86400000) / std::max(1, sessions);
    const Status filled = db.transaction([&]() -> Status {
        QSqlQuery c(db.connection());
        c.prepare(QStringLiteral("INSERT INTO clients (id, name, contact, preferences, "
                                 "allergies, avoid, created_ms, updated_ms) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 1; i <= clients; ++i) {
            c.addBindValue(i);
            c.addBindValue(QStringLiteral("Client %1 %2")
                               .arg(i, 5, 10, QLatin1Char('0'))
                               .arg(QString::fromStdString(phrase(rng, 1))));
            c.addBindValue(QStringLiteral("+44 20 7946 %1").arg(i % 10000));
            c.addBindValue(QString::fromStdString(phrase(rng, 3)));
            c.addBindValue(QString::fromStdString(phrase(rng, 2)));
            c.addBindValue(QString::fromStdString(phrase(rng, 2)));
            c.addBindValue(static_cast<qint64>(t0));
            c.addBindValue(static_cast<qint64>(t0));
            if (Status done = db.exec(c, "clients"); !done)
                return done;
        }
        QSqlQuery s(db.connection());
        s.prepare(QStringLiteral(
            "INSERT INTO sessions (id, client, protocol, protocol_version, protocol_title, "
            "protocol_hash, started_ms, ended_ms, planned_ms, active_ms, outcome, end_reason, "
            "verdict, gate_json) VALUES (?, ?, ?, 3, ?, 'ab12', ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery e(db.connection());
        e.prepare(QStringLiteral(
            "INSERT INTO session_events (session, seq, kind, cause, stage, step, step_id, "
            "step_title, part, side, at_ms, offset_ms, amount_ms, value_milli) VALUES "
            "(?, ?, ?, ?, 0, ?, ?, ?, 0, '', ?, ?, ?, 0)"));
        QSqlQuery n(db.connection());
        n.prepare(QStringLiteral("INSERT INTO session_notes (session, written_ms, felt, "
                                 "pressure, findings, advice, plan) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery m(db.connection());
        m.prepare(QStringLiteral("INSERT INTO session_marks (session, diagram, x, y, radius, "
                                 "kind, label, written_ms) VALUES (?, 'back', ?, ?, 0, ?, ?, "
                                 "?)"));
        for (int i = 1; i <= sessions; ++i) {
            const std::int64_t started = t0 + i * spacing;
            const bool blocked = i % 50 == 0;
            const bool stopped = i % 17 == 0;
            const std::int64_t step_ms = 90000;
            const std::int64_t planned = blocked ? 0 : steps * step_ms;
            s.addBindValue(i);
            s.addBindValue(1 + (i * 7919) % clients);
            s.addBindValue(QString::fromLatin1(protocols[i % 5]));
            s.addBindValue(QStringLiteral("Protocol %1").arg(i % 5));
            s.addBindValue(static_cast<qint64>(started));
            s.addBindValue(static_cast<qint64>(started + planned));
            s.addBindValue(static_cast<qint64>(planned));
            s.addBindValue(static_cast<qint64>(planned));
            s.addBindValue(blocked   ? QStringLiteral("blocked")
                           : stopped ? QStringLiteral("stopped")
                                     : QStringLiteral("finished"));
            s.addBindValue(stopped ? QStringLiteral("the client felt unwell") : QString(""));
            s.addBindValue(blocked ? QStringLiteral("blocked") : QStringLiteral("clear"));
            s.addBindValue(gate_json);
            if (Status done = db.exec(s, "sessions"); !done)
                return done;
            if (blocked)
                continue;
            int seq = 0;
            for (int k = 0; k < steps; ++k) {
                for (int end = 0; end < 2; ++end) {
                    const std::int64_t offset = k * step_ms + end * step_ms;
                    e.addBindValue(i);
                    e.addBindValue(++seq);
                    e.addBindValue(end ? QStringLiteral("step-ended")
                                       : QStringLiteral("step-started"));
                    e.addBindValue(QStringLiteral("clock"));
                    e.addBindValue(k);
                    e.addBindValue(QStringLiteral("step-%1").arg(k));
                    e.addBindValue(QStringLiteral("Step %1").arg(k));
                    e.addBindValue(static_cast<qint64>(started + offset));
                    e.addBindValue(static_cast<qint64>(offset));
                    e.addBindValue(static_cast<qint64>(end ? 0 : step_ms));
                    if (Status done = db.exec(e, "events"); !done)
                        return done;
                }
            }
            n.addBindValue(i);
            n.addBindValue(static_cast<qint64>(started + planned + 60000));
            n.addBindValue(QString::fromStdString(phrase(rng, 2)));
            n.addBindValue(QString::fromStdString(phrase(rng, 1)));
            // One note in the whole journal holds the rare word.
            n.addBindValue(QString::fromStdString(phrase(rng, 6)) +
                           (i == sessions / 3 ? QStringLiteral(" zygomatic") : QString()));
            n.addBindValue(QString::fromStdString(phrase(rng, 3)));
            n.addBindValue(QString::fromStdString(phrase(rng, 3)));
            if (Status done = db.exec(n, "notes"); !done)
                return done;
            if (i % 5 == 0) {
                m.addBindValue(i);
                m.addBindValue(100.0 + i % 200);
                m.addBindValue(200.0 + i % 300);
                m.addBindValue(QString::fromLatin1(kinds[i % 4]));
                m.addBindValue(QString::fromStdString(phrase(rng, 2)));
                m.addBindValue(static_cast<qint64>(started));
                if (Status done = db.exec(m, "marks"); !done)
                    return done;
            }
        }
        return Done{};
    });
    if (!filled)
        std::fprintf(stderr, "cannot fill %s: %s\n", file.string().c_str(),
                     filled.message().c_str());
    return filled.ok();
}

// What the app does when it opens the journal after its first frame: open (and migrate), then
// look for a session that did not end.
void open_as_app(const fs::path& file) {
    auto store = storage::JournalStore::open(file);
    if (!store)
        std::abort();
    storage::JournalQuery q;
    q.outcome = storage::Outcome::Running;
    (void)store.value()->search(q);
}

struct Row {
    std::string what;
    Figures big;
    Figures small;
};

void print(const std::vector<Row>& rows, int sessions) {
    std::printf("\n| case | %d sessions: median | p99 | CPU (median) | baseline, 100 sessions: "
                "median | CPU |\n",
                sessions);
    std::printf("| --- | --- | --- | --- | --- | --- |\n");
    for (const Row& r : rows)
        std::printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %.2f ms |\n", r.what.c_str(),
                    r.big.median, r.big.p99, r.big.cpu_median, r.small.median, r.small.cpu_median);
}

// --- step events ------------------------------------------------------------------------------

// Runs a client session of `protocol` through its steps with a fake clock, each deadline
// delivered as the controller's timer would; returns the time of each delivery that carried a
// step event. With `store`, the session is recorded into it.
// How the session is recorded: not at all, as the app does (a moment's events and the state in
// one commit), or one commit per event and another for the state (as before the batching).
enum class Recording { None, Batched, PerEvent };

std::vector<double> drive_session(const std::shared_ptr<const Loader>& loader,
                                  std::shared_ptr<const Protocol> protocol,
                                  storage::JournalStore* store, std::int64_t client,
                                  Recording how) {
    Checklist checklist(protocol, loader->catalog(), std::nullopt);
    for (std::size_t i = 0; i < checklist.size(); ++i)
        checklist.set_answer(i, Answer::No);
    auto cleared = checklist.clear(std::chrono::system_clock::now());
    if (!cleared)
        std::abort();
    FakeClock clock;
    ui::SessionController controller(
        std::make_unique<StepEngine>(std::move(*cleared), SessionOptions{}), clock);
    std::unique_ptr<ui::SessionRecording> recording;
    std::unique_ptr<storage::JournalRecorder> recorder;
    ui::RecordingStart start;
    start.client = client;
    start.protocol_hash = "bench";
    start.started = std::chrono::system_clock::now();
    if (store && how == Recording::Batched) {
        auto r = ui::SessionRecording::begin(*store, controller, start);
        if (!r)
            std::abort();
        recording = std::move(r.value());
    } else if (store && how == Recording::PerEvent) {
        const StepEngine& engine = controller.engine();
        auto r = storage::JournalRecorder::begin(*store, ui::session_start(engine, start),
                                                 engine.shared_protocol(), engine.plan(),
                                                 controller.now());
        if (!r)
            std::abort();
        recorder = std::move(r.value());
        QObject::connect(&controller, &ui::SessionController::delivered,
                         [&](const SessionEvent& e) { (void)recorder->record(e); });
        QObject::connect(&controller, &ui::SessionController::changed, [&] {
            storage::SessionState st;
            st.session = recorder->session();
            st.seq = static_cast<std::int64_t>(controller.engine().last_sequence());
            st.written = recorder->wall_at(controller.now());
            st.offset = recorder->offset(controller.now());
            st.snapshot = nlohmann::json{{"engine", controller.engine().snapshot()}}.dump();
            (void)store->save_state(st);
        });
    }
    bool step_event = false;
    QObject::connect(&controller, &ui::SessionController::delivered, [&](const SessionEvent& e) {
        if (e.kind == EventKind::StepStarted || e.kind == EventKind::StepEnded)
            step_event = true;
    });
    std::vector<double> times;
    controller.begin();
    for (int guard = 0; guard < 100000 && !controller.over(); ++guard) {
        const auto due = controller.engine().next_deadline();
        step_event = false;
        const auto t0 = Steady::now();
        if (due) {
            clock.set(*due);
            controller.pump();
        } else {
            controller.next(); // a step that waits for the therapist
        }
        const double t = ms_since(t0);
        if (step_event)
            times.push_back(t);
    }
    return times;
}

} // namespace

int main(int argc, char** argv) {
    int sessions = 50000;
    int steps = 20;
    int repeat = 21;
    fs::path dir = fs::current_path() / "effleur-bench-journal";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--sessions")
            sessions = std::atoi(argv[i + 1]);
        else if (a == "--steps")
            steps = std::atoi(argv[i + 1]);
        else if (a == "--dir")
            dir = argv[i + 1];
        else if (a == "--repeat")
            repeat = std::max(1, std::atoi(argv[i + 1]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    fs::create_directories(dir);

    const fs::path big =
        dir / ("journal-" + std::to_string(sessions) + "x" + std::to_string(steps) + ".sqlite");
    const fs::path small = dir / ("journal-100x" + std::to_string(steps) + ".sqlite");
    for (const auto& [file, n] : {std::pair{big, sessions}, std::pair{small, 100}}) {
        if (fs::exists(file))
            continue;
        const auto t0 = Steady::now();
        if (!make_journal(file, n, steps))
            return 1;
        std::printf("wrote %s (%d sessions) in %.1f s, %.0f MiB\n", file.string().c_str(), n,
                    ms_since(t0) / 1000.0,
                    static_cast<double>(fs::file_size(file)) / (1024.0 * 1024.0));
    }

    // --- reading back ---
    std::vector<Row> rows;
    auto both = [&](const std::string& what, const std::function<void(const fs::path&, int)>& f) {
        Row r;
        r.what = what;
        r.big = time_it(repeat, [&](int i) { f(big, i); });
        r.small = time_it(repeat, [&](int i) { f(small, i); });
        rows.push_back(r);
    };
    both("open the journal (after the first frame)",
         [](const fs::path& file, int) { open_as_app(file); });

    auto big_store = std::move(storage::JournalStore::open(big).value());
    auto small_store = std::move(storage::JournalStore::open(small).value());
    auto store_of = [&](const fs::path& file) -> storage::JournalStore& {
        return file == big ? *big_store : *small_store;
    };
    auto client_of = [&](const fs::path& file, int i) -> std::int64_t {
        const int clients = std::max(1, (file == big ? sessions : 100) / 20);
        return 1 + (i * 37) % clients;
    };
    both("a client's history", [&](const fs::path& file, int i) {
        if (store_of(file).history(client_of(file, i)).empty())
            std::abort();
    });
    both("a session's whole record", [&](const fs::path& file, int i) {
        const auto h = store_of(file).history(client_of(file, i));
        if (!store_of(file).session(h.front().id))
            std::abort();
    });
    both("search: a word in many notes (\"knot\")", [&](const fs::path& file, int) {
        storage::JournalQuery q;
        q.text = "knot";
        (void)store_of(file).search(q);
    });
    both("search: a word in one note (\"zygomatic\")", [&](const fs::path& file, int) {
        storage::JournalQuery q;
        q.text = "zygomatic";
        (void)store_of(file).search(q);
    });
    both("search: a word in no note", [&](const fs::path& file, int) {
        storage::JournalQuery q;
        q.text = "nowhere-at-all";
        (void)store_of(file).search(q);
    });
    both("search: a client's name", [&](const fs::path& file, int i) {
        storage::JournalQuery q;
        q.text = QStringLiteral("Client %1")
                     .arg(client_of(file, i), 5, 10, QLatin1Char('0'))
                     .toStdString();
        if (store_of(file).search(q).empty())
            std::abort();
    });
    both("filter: protocol, a year, stopped", [&](const fs::path& file, int) {
        storage::JournalQuery q;
        q.protocol_id = "classic-back";
        q.outcome = storage::Outcome::Stopped;
        q.from = storage::WallTime(std::chrono::milliseconds(1514764800000)); // 2018
        q.to = storage::WallTime(std::chrono::milliseconds(1546300800000));   // 2019
        (void)store_of(file).search(q);
    });
    both("the journal window opens (Ctrl+J)", [&](const fs::path& file, int) {
        ui::JournalWindow w(store_of(file));
        w.show();
        QApplication::processEvents();
    });
    {
        ui::JournalWindow wb(*big_store);
        ui::JournalWindow ws(*small_store);
        Row r;
        r.what = "the journal window shows a client's history";
        r.big = time_it(repeat, [&](int i) {
            wb.show_client(client_of(big, i));
            QApplication::processEvents();
        });
        r.small = time_it(repeat, [&](int i) {
            ws.show_client(client_of(small, i));
            QApplication::processEvents();
        });
        rows.push_back(r);
    }
    print(rows, sessions);

    // --- step events ---
    const std::string lib_dir = EFFLEUR_PROTOCOLS_DIR;
    auto loader = Loader::create(lib_dir + "/schema", lib_dir + "/catalog");
    if (!loader)
        return 1;
    auto protocol = loader.value()->load_file(lib_dir + "/classic-back.json");
    if (!protocol)
        return 1;
    auto shared = std::make_shared<const Protocol>(std::move(protocol.value()));
    const fs::path live = dir / "live.sqlite";
    fs::remove(live);
    fs::remove(fs::path(live.string() + "-wal"));
    fs::remove(fs::path(live.string() + "-shm"));
    auto live_store = std::move(storage::JournalStore::open(live).value());
    storage::Client bench_client;
    bench_client.name = "Bench";
    const auto client =
        live_store->add_client(bench_client, std::chrono::system_clock::now()).value().id;
    std::vector<double> none, full, per_event, normal;
    const int runs = std::max(1, repeat / 7);
    for (int i = 0; i < runs; ++i) {
        for (double t : drive_session(loader.value(), shared, nullptr, 0, Recording::None))
            none.push_back(t);
        (void)live_store->database().exec("PRAGMA synchronous = FULL");
        for (double t :
             drive_session(loader.value(), shared, live_store.get(), client, Recording::Batched))
            full.push_back(t);
        for (double t :
             drive_session(loader.value(), shared, live_store.get(), client, Recording::PerEvent))
            per_event.push_back(t);
        (void)live_store->database().exec("PRAGMA synchronous = NORMAL");
        for (double t :
             drive_session(loader.value(), shared, live_store.get(), client, Recording::Batched))
            normal.push_back(t);
    }
    std::printf("\nUI thread per step event, a client session of classic-back (%zu deliveries "
                "each), journal in %s:\n\n",
                full.size(), dir.string().c_str());
    std::printf("| | median | p99 | max |\n| --- | --- | --- | --- |\n");
    for (const auto& [what, v] :
         {std::pair{"not recorded (baseline)", none},
          std::pair{"recorded, synchronous=FULL: a moment's events and state, one commit", full},
          std::pair{"recorded, synchronous=FULL: one commit per event, one for the state",
                    per_event},
          std::pair{"recorded, synchronous=NORMAL: one commit", normal}}) {
        const Figures f = figures(v);
        const double max = v.empty() ? 0 : *std::max_element(v.begin(), v.end());
        std::printf("| %s | %.2f ms | %.2f ms | %.2f ms |\n", what, f.median, f.p99, max);
    }
    return 0;
}
