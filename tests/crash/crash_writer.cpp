// The writer that the kill campaigns kill (tests/crash/kill_campaign.cpp). It writes in a loop
// until it is killed, and prints a line for each write only once the write has returned as
// done, so every printed line is a promise that the campaign then holds the file to:
//
//   effleur_crash_writer journal DB PROTOCOLS   sessions through JournalRecorder:
//                                               "client ID", "session ID", "event ID SEQ",
//                                               "finished ID"
//   effleur_crash_writer state DB               a session's running state, 256 KiB each,
//                                               replaced again and again: "state K"
//   effleur_crash_writer rehearsal-state FILE   a rehearsal's state file: "state K"
//   effleur_crash_writer save FILE              the editor's atomic save of 2 MiB: "saved K"
//
// Each line goes out with one write(2), so a line printed before the kill is never lost.

#include "core/gate.h"
#include "core/loader.h"
#include "core/stepengine.h"
#include "storage/journalrecorder.h"
#include "storage/journalstore.h"
#include "ui/common/atomicsave.h"
#include "ui/shell/resumeflow.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace effleur;

namespace {

void say(const std::string& line) {
    const std::string text = line + '\n';
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
        if (n <= 0)
            std::_Exit(3);
        done += static_cast<std::size_t>(n);
    }
}

storage::WallTime wall_now() {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

std::unique_ptr<storage::JournalStore> open_journal(const char* file) {
    auto store = storage::JournalStore::open(file);
    if (!store) {
        std::cerr << "cannot open the journal\n";
        std::_Exit(2);
    }
    return std::move(store.value());
}

// A 256 KiB snapshot for state K: its number, and a filling that depends on it.
std::string big_snapshot(std::int64_t k) {
    return nlohmann::json{{"k", k},
                          {"fill", std::string(256 * 1024, static_cast<char>('a' + k % 26))}}
        .dump();
}

int journal(const char* db, const char* root) {
    auto loader = Loader::create(root);
    if (!loader)
        return 2;
    auto loaded = loader.value()->load_file(std::filesystem::path(root) / "neck-self-massage.json");
    if (!loaded)
        return 2;
    auto protocol = std::make_shared<const Protocol>(std::move(loaded.value()));
    auto store = open_journal(db);
    for (int n = 0;; ++n) {
        storage::Client c;
        c.name = "Client " + std::to_string(n);
        auto client = store->add_client(c, wall_now());
        if (!client)
            return 1;
        say("client " + std::to_string(client.value().id));
        Checklist checklist(protocol, loader.value()->catalog(), std::nullopt);
        for (std::size_t i = 0; i < checklist.size(); ++i)
            checklist.set_answer(i, Answer::No);
        storage::SessionStart start;
        start.client = client.value().id;
        start.protocol_id = protocol->id;
        start.protocol_version = protocol->version;
        start.protocol_title = protocol->title.get();
        start.gate = checklist.record(wall_now());
        start.started = wall_now();
        StepEngine engine(protocol);
        TimePoint t{};
        auto recorder = storage::JournalRecorder::begin(*store, start, protocol, engine.plan(), t);
        if (!recorder)
            return 1;
        storage::JournalRecorder& r = *recorder.value();
        say("session " + std::to_string(r.session()));
        const auto record = [&](const std::vector<SessionEvent>& events) {
            for (const SessionEvent& e : events) {
                if (!r.record(e) || r.pending() != 0)
                    std::_Exit(1);
                if (storage::JournalRecorder::kept(e.kind))
                    say("event " + std::to_string(r.session()) + ' ' + std::to_string(e.seq));
            }
        };
        record(engine.start(t).events);
        while (const auto due = engine.next_deadline()) {
            t = *due;
            record(engine.advance(t));
        }
        if (!r.finish(storage::Outcome::Finished, {}, t))
            return 1;
        say("finished " + std::to_string(r.session()));
    }
}

int state(const char* db) {
    auto store = open_journal(db);
    storage::Client c;
    c.name = "Client";
    auto client = store->add_client(c, wall_now());
    storage::SessionStart start;
    start.client = client ? client.value().id : 0;
    start.protocol_id = "neck-self-massage";
    start.protocol_version = 1;
    start.protocol_title = "Neck self-massage";
    start.started = wall_now();
    auto session = store->begin_session(start);
    if (!session)
        return 1;
    say("session " + std::to_string(session.value()));
    for (std::int64_t k = 1;; ++k) {
        storage::SessionState st;
        st.session = session.value();
        st.seq = k;
        st.written = wall_now();
        st.offset = std::chrono::milliseconds(k);
        st.snapshot = big_snapshot(k);
        if (!store->save_state(st))
            return 1;
        say("state " + std::to_string(k));
    }
}

int rehearsal_state(const char* file) {
    for (std::int64_t k = 1;; ++k) {
        ui::RehearsalState s;
        s.protocol_id = "neck-self-massage";
        s.protocol_version = 1;
        s.file_hash = std::string(static_cast<std::size_t>(64 * 1024), 'h'); // a longer write
        s.written = wall_now();
        s.engine = {{"part", static_cast<std::size_t>(k)},
                    {"step_id", "step-" + std::to_string(k)},
                    {"position_ps", std::to_string(k * 1'000'000'000)},
                    {"length_ps", std::to_string(k * 2'000'000'000)}};
        if (!ui::write_rehearsal_state(file, s))
            return 1;
        say("state " + std::to_string(k));
    }
}

int save(const char* file) {
    for (std::int64_t k = 1;; ++k) {
        QByteArray bytes = QByteArray::number(k) + '\n';
        bytes += QByteArray(2 * 1024 * 1024, static_cast<char>('a' + k % 26));
        if (!ui::save_atomically(QString::fromLocal8Bit(file), bytes))
            return 1;
        say("saved " + std::to_string(k));
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "journal" && argc == 4)
        return journal(argv[2], argv[3]);
    if (mode == "state" && argc == 3)
        return state(argv[2]);
    if (mode == "rehearsal-state" && argc == 3)
        return rehearsal_state(argv[2]);
    if (mode == "save" && argc == 3)
        return save(argv[2]);
    std::cerr << "usage: effleur_crash_writer journal DB PROTOCOLS | state DB | "
                 "rehearsal-state FILE | save FILE\n";
    return 2;
}
