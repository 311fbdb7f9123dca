// Kill campaigns: a process is killed with SIGKILL at random moments, again and again, and after
// each kill what it left on disk is checked against what it had said was done.
//
//   effleur_kill_campaign app       --app EFFLEUR [--kind client|rehearsal]
//   effleur_kill_campaign journal   --writer W --protocols DIR
//   effleur_kill_campaign state     --writer W          (a session's running state)
//   effleur_kill_campaign rehearsal-state --writer W    (a rehearsal's state file)
//   effleur_kill_campaign save      --writer W          (the editor's atomic save)
//   effleur_kill_campaign format    --app EFFLEUR --protocols DIR
// Common: [--trials N] [--seed S] (or EFFLEUR_CRASH_SEED); the seed is printed, so a failure
// is repeated by running again with it. Exit 0 when every trial holds, 1 otherwise.
//
// The app campaign runs the real app offscreen, with a temporary HOME, driven by its test-only
// hook (EFFLEUR_TEST_HOOK, src/ui/shell/resumetesthook.h): a client session (or a rehearsal)
// is started, killed, and at the next start the offer is answered with Resume, so one session
// goes on through every kill. Where the session was at each kill comes from the trace the app
// wrote before it (each event with its wall-clock time, step and time into the step) and the
// moment of the kill; the offer at the next start must be within a second of it. The journal
// must hold one record whose steps each started once, in order, with no gap.

#include "storage/database.h"
#include "storage/journalstore.h"
#include "ui/shell/resumeflow.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <poll.h>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace effleur;
using Steady = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

struct Args {
    std::string mode;
    int trials = 0;
    std::uint64_t seed = 20261206;
    std::string app, writer, protocols, kind = "client";
};

int failures = 0;

void fail(int trial, const std::string& what) {
    ++failures;
    std::cerr << "FAIL (trial " << trial << "): " << what << '\n';
}

std::int64_t wall_ms() {
    return std::chrono::duration_cast<milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

struct Child {
    pid_t pid = -1;
    int out = -1; // its stdout, when piped
};

Child spawn(const std::vector<std::string>& argv,
            const std::vector<std::pair<std::string, std::string>>& env, bool pipe_out) {
    int fds[2] = {-1, -1};
    if (pipe_out && ::pipe2(fds, O_CLOEXEC) != 0) {
        std::perror("pipe");
        std::exit(2);
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        for (const auto& [k, v] : env)
            ::setenv(k.c_str(), v.c_str(), 1);
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(pipe_out ? fds[1] : null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
        std::vector<char*> a;
        for (const std::string& s : argv)
            a.push_back(const_cast<char*>(s.c_str()));
        a.push_back(nullptr);
        ::execv(a[0], a.data());
        std::_Exit(127);
    }
    Child c;
    c.pid = pid;
    if (pipe_out) {
        ::close(fds[1]);
        c.out = fds[0];
    }
    return c;
}

int kill_and_reap(Child& c) {
    ::kill(c.pid, SIGKILL);
    int status = 0;
    ::waitpid(c.pid, &status, 0);
    return status;
}

// Reads the child's stdout: until a first whole line has come (or `timeout`), or to its end.
std::string read_output(Child& c, bool until_first_line, milliseconds timeout) {
    std::string text;
    const auto deadline = Steady::now() + timeout;
    char buf[4096];
    for (;;) {
        if (until_first_line && text.find('\n') != std::string::npos)
            return text;
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Steady::now());
        if (left.count() <= 0)
            return text;
        pollfd p{c.out, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            continue;
        const ssize_t n = ::read(c.out, buf, sizeof buf);
        if (n <= 0)
            return text;
        text.append(buf, static_cast<std::size_t>(n));
    }
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        out.push_back(l);
    if (!text.empty() && text.back() != '\n' && !out.empty())
        out.pop_back(); // a line cut by the kill was not said
    return out;
}

// One writer campaign: start the writer, wait for its first word, kill it after a random delay,
// then let `check` look at what it said and what it left.
template <class Check>
void writer_campaign(const Args& a, std::mt19937_64& rng, const std::vector<std::string>& argv,
                     milliseconds max_delay, Check&& check) {
    std::uniform_int_distribution<long long> delay(0, max_delay.count() * 1000);
    for (int trial = 1; trial <= a.trials; ++trial) {
        Child c = spawn(argv, {}, true);
        std::string said = read_output(c, true, milliseconds(20'000));
        const auto us = delay(rng);
        std::this_thread::sleep_for(std::chrono::microseconds(us));
        kill_and_reap(c);
        said += read_output(c, false, milliseconds(5'000));
        ::close(c.out);
        check(trial, lines_of(said));
    }
}

bool integrity_ok(storage::JournalStore& store) {
    QSqlQuery q(store.database().connection());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
           q.value(0).toString() == QStringLiteral("ok");
}

std::unique_ptr<storage::JournalStore> open_store(const fs::path& db, int trial) {
    auto s = storage::JournalStore::open(db);
    if (!s) {
        fail(trial, "the journal cannot be opened after the kill: " +
                        (s.errors().empty() ? std::string() : s.errors().front().message));
        return nullptr;
    }
    return std::move(s.value());
}

// --- the journal's writer -------------------------------------------------------------------

void journal_campaign(const Args& a, std::mt19937_64& rng, const fs::path& work) {
    const fs::path db = work / "journal.sqlite";
    std::set<std::int64_t> clients, sessions, finished;
    std::set<std::pair<std::int64_t, std::int64_t>> events;
    writer_campaign(
        a, rng, {a.writer, "journal", db.string(), a.protocols}, milliseconds(300),
        [&](int trial, const std::vector<std::string>& said) {
            for (const std::string& l : said) {
                std::istringstream in(l);
                std::string word;
                std::int64_t id = 0, seq = 0;
                in >> word >> id;
                if (word == "client")
                    clients.insert(id);
                else if (word == "session")
                    sessions.insert(id);
                else if (word == "finished")
                    finished.insert(id);
                else if (word == "event" && (in >> seq))
                    events.insert({id, seq});
            }
            auto store = open_store(db, trial);
            if (!store)
                return;
            if (!integrity_ok(*store))
                fail(trial, "PRAGMA integrity_check is not ok");
            for (const std::int64_t id : clients)
                if (!store->client(id))
                    fail(trial, "client " + std::to_string(id) + " was committed and is gone");
            std::map<std::int64_t, std::set<std::int64_t>> seqs;
            for (const std::int64_t id : sessions) {
                const auto r = store->session(id);
                if (!r) {
                    fail(trial, "session " + std::to_string(id) + " was committed and is gone");
                    continue;
                }
                // The engine numbers every event; the journal keeps some, in order.
                for (std::size_t i = 0; i < r->events.size(); ++i) {
                    seqs[id].insert(r->events[i].seq);
                    if (i > 0 && r->events[i].seq <= r->events[i - 1].seq)
                        fail(trial, "session " + std::to_string(id) + " repeats an event");
                }
                if (finished.count(id) && r->summary.outcome != storage::Outcome::Finished)
                    fail(trial, "session " + std::to_string(id) + " was finished and is not");
            }
            for (const auto& [id, seq] : events)
                if (!seqs[id].count(seq))
                    fail(trial, "event " + std::to_string(seq) + " of session " +
                                    std::to_string(id) + " was committed and is gone");
        });
    std::cout << "journal writer: " << a.trials << " kills; " << clients.size() << " clients, "
              << sessions.size() << " sessions (" << finished.size() << " finished) and "
              << events.size() << " events reported committed, every one found\n";
}

// --- a session's running state (the snapshot) -------------------------------------------------

bool whole_snapshot(const std::string& text, std::int64_t& k) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object() || !j.contains("k") || !j.contains("fill"))
        return false;
    k = j["k"].get<std::int64_t>();
    const std::string& fill = j["fill"].get_ref<const std::string&>();
    return fill.size() == 256 * 1024 && std::all_of(fill.begin(), fill.end(), [&](char ch) {
               return ch == static_cast<char>('a' + k % 26);
           });
}

void state_campaign(const Args& a, std::mt19937_64& rng, const fs::path& work) {
    const fs::path db = work / "journal.sqlite";
    long long saves = 0;
    writer_campaign(a, rng, {a.writer, "state", db.string()}, milliseconds(250),
                    [&](int trial, const std::vector<std::string>& said) {
                        std::int64_t session = 0, last = 0;
                        for (const std::string& l : said) {
                            std::istringstream in(l);
                            std::string word;
                            std::int64_t n = 0;
                            in >> word >> n;
                            if (word == "session")
                                session = n;
                            else if (word == "state")
                                last = n, ++saves;
                        }
                        auto store = open_store(db, trial);
                        if (!store)
                            return;
                        if (!integrity_ok(*store))
                            fail(trial, "PRAGMA integrity_check is not ok");
                        const auto st = store->state(session);
                        if (!st) {
                            if (last > 0)
                                fail(trial,
                                     "the state saved as " + std::to_string(last) + " is gone");
                            return;
                        }
                        std::int64_t k = 0;
                        if (!whole_snapshot(st->snapshot, k))
                            fail(trial, "the saved snapshot is not whole");
                        else if (k != st->seq || st->offset != milliseconds(k))
                            fail(trial, "the saved state mixes two saves");
                        else if (k != last && k != last + 1)
                            fail(trial, "the saved state is " + std::to_string(k) + ", not " +
                                            std::to_string(last) + " or the one after");
                    });
    std::cout << "session state writer: " << a.trials << " kills, " << saves
              << " saves of 256 KiB reported; each time the state was the last one whole\n";
}

void rehearsal_state_campaign(const Args& a, std::mt19937_64& rng, const fs::path& work) {
    const fs::path file = work / "rehearsal-state.json";
    std::int64_t last = 0;
    long long saves = 0;
    writer_campaign(a, rng, {a.writer, "rehearsal-state", file.string()}, milliseconds(100),
                    [&](int trial, const std::vector<std::string>& said) {
                        for (const std::string& l : said)
                            if (l.rfind("state ", 0) == 0)
                                last = std::stoll(l.substr(6)), ++saves;
                        // Each run starts from 1 again: only what this run said counts.
                        const auto st = ui::read_rehearsal_state(file);
                        if (!st) {
                            fail(trial, "the rehearsal's state file is not whole");
                            return;
                        }
                        const auto place = ui::saved_place(st->engine);
                        const auto k = static_cast<std::int64_t>(place ? place->part : 0);
                        const bool mine =
                            std::any_of(said.begin(), said.end(), [](const std::string& l) {
                                return l.rfind("state ", 0) == 0;
                            });
                        if (st->file_hash != std::string(64 * 1024, 'h') ||
                            (mine && k != last && k != last + 1))
                            fail(trial, "the rehearsal's state is " + std::to_string(k) + ", not " +
                                            std::to_string(last) + " or the one after");
                    });
    std::cout << "rehearsal state writer: " << a.trials << " kills, " << saves
              << " saves reported; each time the file was the last one whole\n";
}

// --- the editor's atomic save ---------------------------------------------------------------

bool whole_save(const std::string& bytes, std::int64_t& k) {
    const auto nl = bytes.find('\n');
    if (nl == std::string::npos)
        return false;
    k = std::stoll(bytes.substr(0, nl));
    const char fill = static_cast<char>('a' + k % 26);
    return bytes.size() == nl + 1 + 2 * 1024 * 1024 &&
           std::all_of(bytes.begin() + static_cast<long>(nl) + 1, bytes.end(),
                       [&](char ch) { return ch == fill; });
}

void save_campaign(const Args& a, std::mt19937_64& rng, const fs::path& work) {
    const fs::path dir = work / "saves";
    fs::create_directories(dir);
    const fs::path file = dir / "protocol.json";
    write_file(file, "0\n" + std::string(2 * 1024 * 1024, 'a'));
    std::int64_t before = 0; // the file's number before each run
    long long saves = 0;
    int leftovers = 0;
    writer_campaign(a, rng, {a.writer, "save", file.string()}, milliseconds(250),
                    [&](int trial, const std::vector<std::string>& said) {
                        std::int64_t last = -1;
                        for (const std::string& l : said)
                            if (l.rfind("saved ", 0) == 0)
                                last = std::stoll(l.substr(6)), ++saves;
                        std::int64_t k = 0;
                        if (!whole_save(read_file(file), k)) {
                            fail(trial, "the saved file is neither the old bytes nor the new");
                            return;
                        }
                        const bool fits =
                            last < 0 ? (k == before || k == 1) : (k == last || k == last + 1);
                        if (!fits)
                            fail(trial, "the file is save " + std::to_string(k) + " after save " +
                                            std::to_string(last));
                        before = k;
                        for (const auto& e : fs::directory_iterator(dir))
                            if (e.path() != file) {
                                ++leftovers;
                                if (e.path().extension() == ".json")
                                    fail(trial, "a temporary file that looks like a protocol");
                                fs::remove(e.path());
                            }
                    });
    std::cout << "atomic save: " << a.trials << " kills, " << saves
              << " saves of 2 MiB reported; the file was always one whole save (" << leftovers
              << " temporary files left by a kill, none named *.json)\n";
}

// --- effleur format -------------------------------------------------------------------------

void format_campaign(const Args& a, std::mt19937_64& rng, const fs::path& work) {
    // Forty files in a formatting that `format` rewrites: the bundled protocols, indented by one.
    std::map<std::string, std::string> old_bytes, new_bytes;
    const fs::path ref = work / "reference";
    fs::create_directories(ref);
    int n = 0;
    for (const auto& e : fs::directory_iterator(a.protocols)) {
        if (e.path().extension() != ".json")
            continue;
        const auto j = nlohmann::json::parse(read_file(e.path()));
        for (int copy = 0; copy < 8; ++copy, ++n) {
            const std::string name = "p" + std::to_string(n) + ".json";
            old_bytes[name] = j.dump(1 + copy % 3) + "\n";
            write_file(ref / name, old_bytes[name]);
        }
    }
    const std::vector<std::pair<std::string, std::string>> env{{"HOME", (work / "home").string()},
                                                               {"QT_QPA_PLATFORM", "offscreen"}};
    const auto t0 = Steady::now();
    Child whole = spawn({a.app, "format", ref.string()}, env, false);
    int status = 0;
    ::waitpid(whole.pid, &status, 0);
    const auto full = std::chrono::duration_cast<std::chrono::microseconds>(Steady::now() - t0);
    for (const auto& [name, bytes] : old_bytes) {
        new_bytes[name] = read_file(ref / name);
        if (new_bytes[name] == bytes) {
            fail(0, "format left " + name + " as it was: the campaign would prove nothing");
            return;
        }
    }
    const fs::path dir = work / "formatting";
    std::uniform_int_distribution<long long> delay(0, full.count());
    int mixed = 0, leftovers = 0;
    for (int trial = 1; trial <= a.trials; ++trial) {
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const auto& [name, bytes] : old_bytes)
            write_file(dir / name, bytes);
        Child c = spawn({a.app, "format", dir.string()}, env, false);
        std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
        kill_and_reap(c);
        int now_new = 0;
        for (const auto& [name, bytes] : old_bytes) {
            const std::string got = read_file(dir / name);
            if (got == new_bytes[name])
                ++now_new;
            else if (got != bytes)
                fail(trial, name + " is neither its old bytes nor its new bytes");
        }
        if (now_new > 0 && now_new < static_cast<int>(old_bytes.size()))
            ++mixed;
        for (const auto& e : fs::directory_iterator(dir))
            if (!old_bytes.count(e.path().filename().string())) {
                ++leftovers;
                if (e.path().extension() == ".json")
                    fail(trial, "a temporary file that looks like a protocol: " +
                                    e.path().filename().string());
            }
    }
    std::cout << "effleur format: " << a.trials << " kills over " << old_bytes.size()
              << " files (a whole run takes " << full.count() / 1000 << " ms); " << mixed
              << " kills landed mid-way; every file was its old or its new bytes (" << leftovers
              << " temporary files left, none named *.json)\n";
}

// --- the app in a session -------------------------------------------------------------------

struct TraceLine {
    std::string event;
    std::int64_t wall = 0;
    std::size_t part = 0;
    std::string step_id;
    std::int64_t progress = 0;
    std::string state;
    nlohmann::json raw;
};

std::vector<TraceLine> read_trace(const fs::path& file) {
    std::vector<TraceLine> out;
    for (const std::string& l : lines_of(read_file(file))) {
        const auto j = nlohmann::json::parse(l, nullptr, false);
        if (!j.is_object())
            continue;
        TraceLine t;
        t.event = j.value("event", "");
        t.wall = j.value("wall_ms", std::int64_t{0});
        t.part = j.value("part", std::size_t{0});
        t.step_id = j.value("step_id", "");
        t.progress = j.value("progress_ms", std::int64_t{0});
        t.state = j.value("state", "");
        t.raw = j;
        out.push_back(std::move(t));
    }
    return out;
}

void app_campaign(const Args& a, std::mt19937_64& rng, const fs::path& work) {
    const bool client = a.kind == "client";
    const fs::path home = work / "home";
    fs::create_directories(home);
    const fs::path trace = work / "trace.jsonl";
    const fs::path hook = work / "hook.json";
    const fs::path journal = home / ".local/share/effleur/effleur.sqlite";
    const std::vector<std::pair<std::string, std::string>> env{
        {"HOME", home.string()},
        {"XDG_DATA_HOME", (home / ".local/share").string()},
        {"XDG_CONFIG_HOME", (home / ".config").string()},
        {"XDG_STATE_HOME", (home / ".local/state").string()},
        {"XDG_RUNTIME_DIR", (home / "run").string()},
        {"QT_QPA_PLATFORM", "offscreen"},
        {"EFFLEUR_TEST_HOOK", hook.string()}};
    fs::create_directories(home / "run");
    fs::permissions(home / "run", fs::perms::owner_all, fs::perm_options::replace);
    std::uniform_int_distribution<int> run_ms(50, 1500);
    std::bernoulli_distribution skip(0.4);
    std::int64_t killed_at = 0; // wall time of the last kill
    std::size_t trace_before = 0;
    std::int64_t max_offset = 0;
    int offers = 0;
    std::map<std::size_t, std::string> step_of_part;

    const auto start_run = [&](int trial, const std::string& on_offer,
                               std::optional<int> next_after) -> std::optional<Child> {
        nlohmann::json h{{"start", a.kind},
                         {"protocol", "classic-back"},
                         {"client", "Crash Test"},
                         {"trace", trace.string()},
                         {"on_offer", on_offer}};
        if (next_after)
            h["next_after_ms"] = *next_after;
        write_file(hook, h.dump());
        trace_before = read_trace(trace).size();
        Child c = spawn({a.app}, env, false);
        // Up when the trace says the session runs (or was ended).
        const auto deadline = Steady::now() + std::chrono::seconds(30);
        while (Steady::now() < deadline) {
            const auto lines = read_trace(trace);
            for (std::size_t i = trace_before; i < lines.size(); ++i)
                if (lines[i].event == "running" || lines[i].event == "started" ||
                    lines[i].event == "ended" || lines[i].event == "not-resumed" ||
                    lines[i].event == "not-cleared" || lines[i].event == "no-protocol")
                    return c;
            std::this_thread::sleep_for(milliseconds(5));
        }
        kill_and_reap(c);
        fail(trial, "the app did not start its session within 30 s");
        return std::nullopt;
    };

    // Where the session was at `when` by the trace (lines before `end`): the last line of a
    // running session before it, moved on by the time since.
    const auto check_offer = [&](int trial, const std::vector<TraceLine>& lines, std::size_t run) {
        // The offer this run saw, and the lines of the runs before it.
        const TraceLine* offer = nullptr;
        for (std::size_t i = run; i < lines.size() && !offer; ++i)
            if (lines[i].event == "offered")
                offer = &lines[i];
        if (!offer) {
            fail(trial, "no session was offered after the kill");
            return;
        }
        ++offers;
        if (!offer->raw.contains("offered_part")) {
            fail(trial, "the offer does not say where the session was");
            return;
        }
        const auto part = offer->raw["offered_part"].get<std::size_t>();
        const auto progress = offer->raw["offered_progress_ms"].get<std::int64_t>();
        // The moment the session stood there: the last running line of that step at or before
        // that time into it, moved on by the difference.
        std::optional<std::int64_t> at;
        for (std::size_t i = 0; i < run; ++i) {
            const TraceLine& l = lines[i];
            if (l.part == part && l.state == "running" && l.progress <= progress + 5)
                at = l.wall + (progress - l.progress);
        }
        if (!at) {
            fail(trial, "the offered step " + std::to_string(part) +
                            " was never under way before the kill");
            return;
        }
        const std::int64_t behind = killed_at - *at; // how much of the session the offer lost
        max_offset = std::max(max_offset, std::abs(behind));
        if (behind > 1000 || behind < -50)
            fail(trial, "offered " + std::to_string(part) + " at " + std::to_string(progress) +
                            " ms, " + std::to_string(behind) + " ms from where the kill left it");
        if (step_of_part.count(part) && offer->raw.contains("offered_part")) {
            // The step the app resumes is the one it offered.
            for (std::size_t i = run; i < lines.size(); ++i)
                if (lines[i].event == "resumed") {
                    if (lines[i].part != part || std::abs(lines[i].progress - progress) > 1000)
                        fail(trial, "resumed elsewhere than offered");
                    break;
                }
        }
    };

    const auto check_journal = [&](int trial, bool expect_running, std::size_t from) {
        if (!client) {
            std::error_code ec;
            if (fs::exists(journal, ec)) {
                auto store = open_store(journal, trial);
                if (store && store->session_count() != 0)
                    fail(trial, "a rehearsal left a record in the journal");
            }
            return;
        }
        auto store = open_store(journal, trial);
        if (!store)
            return;
        if (!integrity_ok(*store))
            fail(trial, "PRAGMA integrity_check is not ok");
        storage::JournalQuery q;
        const auto all = store->search(q);
        if (all.size() != 1) {
            fail(trial, std::to_string(all.size()) + " session records, not one");
            return;
        }
        const auto r = store->session(all.front().id);
        if (expect_running && r->summary.outcome != storage::Outcome::Running)
            fail(trial, "the session's record is no longer running");
        std::vector<std::pair<std::string, std::int64_t>> started;
        for (std::size_t i = 0; i < r->events.size(); ++i) {
            if (i > 0 && r->events[i].seq <= r->events[i - 1].seq)
                fail(trial, "the record repeats an event at " + std::to_string(i));
            if (r->events[i].kind == "step-started")
                started.emplace_back(r->events[i].step_id, r->events[i].part);
        }
        // Every start this run traced was committed before it was traced: none is lost.
        const auto lines = read_trace(trace);
        for (std::size_t i = from; i < lines.size(); ++i)
            if (lines[i].event == "step-started" && lines[i].part >= started.size())
                fail(trial, "the traced start of part " + std::to_string(lines[i].part) +
                                " is not in the journal");
        // Each part of the plan started once, in order: the n-th start is the n-th part.
        for (std::size_t i = 0; i < started.size(); ++i) {
            if (step_of_part.count(i) && step_of_part[i] != started[i].first)
                fail(trial, "the record's start " + std::to_string(i) + " is " + started[i].first +
                                ", not " + step_of_part[i]);
            for (std::size_t k = 0; k < i; ++k)
                if (started[k] == started[i])
                    fail(trial, "the record starts " + started[i].first + " twice");
        }
    };

    const auto t0 = Steady::now();
    for (int trial = 0; trial <= a.trials; ++trial) {
        const int run = run_ms(rng);
        std::optional<int> next_after;
        if (skip(rng))
            next_after = std::uniform_int_distribution<int>(0, run)(rng);
        auto c = start_run(trial, "resume", next_after);
        if (!c)
            return;
        const auto lines = read_trace(trace);
        for (const TraceLine& l : lines)
            if (!l.step_id.empty())
                step_of_part[l.part] = l.step_id;
        if (trial > 0)
            check_offer(trial, lines, trace_before);
        if (trial == a.trials) { // the last start only checks the offer
            killed_at = wall_ms();
            kill_and_reap(*c);
            break;
        }
        std::this_thread::sleep_for(milliseconds(run));
        killed_at = wall_ms();
        kill_and_reap(*c);
        check_journal(trial, true, trace_before);
    }
    // At last, End it here: the record is kept as ended early, interrupted by a crash.
    if (auto c = start_run(a.trials + 1, "end", std::nullopt)) {
        std::this_thread::sleep_for(milliseconds(300));
        kill_and_reap(*c);
    }
    if (client) {
        if (auto store = open_store(journal, a.trials + 1)) {
            const auto all = store->search(storage::JournalQuery{});
            if (all.size() != 1 || all.front().outcome != storage::Outcome::Stopped ||
                all.front().end_reason != "interrupted-by-crash" || store->state(all.front().id))
                fail(a.trials + 1, "End it here did not keep the session as ended early by a "
                                   "crash");
        }
    } else if (ui::read_rehearsal_state(home / ".local/share/effleur/rehearsal-state.json")) {
        fail(a.trials + 1, "End it here left the rehearsal's state behind");
    }
    const auto secs = std::chrono::duration<double>(Steady::now() - t0).count();
    std::cout << "app, " << a.kind << " session: " << a.trials << " kills, " << offers
              << " offers checked, parts reached " << step_of_part.size()
              << ", largest gap between the kill and the offered place " << max_offset
              << " ms (limit 1000), " << secs << " s\n";
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication qapp(argc, argv);
    Args a;
    if (argc > 1)
        a.mode = argv[1];
    if (const char* s = std::getenv("EFFLEUR_CRASH_SEED"); s && *s)
        a.seed = std::strtoull(s, nullptr, 10);
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--trials")
            a.trials = std::stoi(v);
        else if (k == "--seed")
            a.seed = std::strtoull(v.c_str(), nullptr, 10);
        else if (k == "--app")
            a.app = v;
        else if (k == "--writer")
            a.writer = v;
        else if (k == "--protocols")
            a.protocols = v;
        else if (k == "--kind")
            a.kind = v;
        else {
            std::cerr << "unknown option " << k << '\n';
            return 2;
        }
    }
    if (a.trials <= 0)
        a.trials = a.mode == "app" ? 50 : 100;
    char pattern[] = "/tmp/effleur-kill-XXXXXX";
    const char* made = ::mkdtemp(pattern);
    if (!made)
        return 2;
    const fs::path work = made;
    std::cout << a.mode << ": seed " << a.seed << " (EFFLEUR_CRASH_SEED=" << a.seed
              << " repeats it), " << a.trials << " trials\n";
    std::mt19937_64 rng(a.seed);
    const auto t0 = Steady::now();
    if (a.mode == "app")
        app_campaign(a, rng, work);
    else if (a.mode == "journal")
        journal_campaign(a, rng, work);
    else if (a.mode == "state")
        state_campaign(a, rng, work);
    else if (a.mode == "rehearsal-state")
        rehearsal_state_campaign(a, rng, work);
    else if (a.mode == "save")
        save_campaign(a, rng, work);
    else if (a.mode == "format")
        format_campaign(a, rng, work);
    else {
        std::cerr << "usage: effleur_kill_campaign app|journal|state|rehearsal-state|save|format "
                     "[--trials N] [--seed S] ...\n";
        return 2;
    }
    std::cout << "took " << std::chrono::duration_cast<milliseconds>(Steady::now() - t0).count()
              << " ms\n";
    if (failures == 0)
        fs::remove_all(work);
    else
        std::cerr << failures << " failure(s); the files are kept in " << work.string() << '\n';
    return failures == 0 ? 0 : 1;
}
