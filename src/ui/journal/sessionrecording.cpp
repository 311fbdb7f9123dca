#include "ui/journal/sessionrecording.h"

#include "core/stopreason.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <chrono>

namespace effleur::ui {

storage::SessionStart session_start(const Protocol& p, std::optional<std::size_t> stage,
                                    const GateRecord& gate, const RecordingStart& start) {
    storage::SessionStart s;
    s.client = start.client;
    s.protocol_id = p.id;
    s.protocol_version = p.version;
    s.protocol_title = p.title.get();
    s.protocol_hash = start.protocol_hash;
    s.stage = stage;
    if (stage && *stage < p.stages.size()) {
        s.stage_title = p.stages[*stage].title.get();
        s.day = p.stages[*stage].day;
    }
    s.speed_milli = 1000; // a client session runs at 1x
    s.gate = gate;
    s.started = start.started;
    return s;
}

storage::SessionStart session_start(const StepEngine& engine, const RecordingStart& start) {
    const GateRecord* gate = engine.gate_record();
    storage::SessionStart s =
        session_start(engine.protocol(), gate ? gate->stage : engine.options().stage,
                      gate ? *gate : GateRecord{}, start);
    Duration planned{0};
    for (const PlanPart& part : engine.plan().parts())
        planned += part.planned;
    s.planned = std::chrono::duration_cast<std::chrono::milliseconds>(planned);
    return s;
}

std::string file_hash(const std::filesystem::path& file) {
    if (file.empty())
        return {};
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    return storage::sha256_hex(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

Result<std::unique_ptr<SessionRecording>> SessionRecording::begin(storage::JournalStore& store,
                                                                  SessionController& controller,
                                                                  const RecordingStart& start) {
    const StepEngine& engine = controller.engine();
    auto recorder =
        storage::JournalRecorder::begin(store, session_start(engine, start),
                                        engine.shared_protocol(), engine.plan(), controller.now());
    if (!recorder)
        return recorder.errors();
    return std::unique_ptr<SessionRecording>(
        new SessionRecording(store, controller, std::move(recorder.value())));
}

std::unique_ptr<SessionRecording> SessionRecording::resume(storage::JournalStore& store,
                                                           SessionController& controller,
                                                           const storage::SessionState& state,
                                                           storage::WallTime wall_now) {
    const StepEngine& engine = controller.engine();
    // What was recorded after the state happens again from it.
    (void)store.drop_events_after(state.session, state.seq);
    const auto saved = nlohmann::json::parse(state.snapshot, nullptr, false);
    std::chrono::milliseconds paused{0};
    if (saved.is_object() && saved.contains("paused_ms") && saved["paused_ms"].is_number_integer())
        paused = std::chrono::milliseconds(saved["paused_ms"].get<std::int64_t>());
    auto recorder = storage::JournalRecorder::resume(
        store, state.session, engine.shared_protocol(), engine.plan(), state.offset,
        std::min(paused, state.offset), engine.state() == EngineState::Paused, controller.now(),
        wall_now);
    return std::unique_ptr<SessionRecording>(
        new SessionRecording(store, controller, std::move(recorder)));
}

SessionRecording::SessionRecording(storage::JournalStore& store, SessionController& controller,
                                   std::unique_ptr<storage::JournalRecorder> recorder)
    : store_(store), controller_(controller), recorder_(std::move(recorder)) {
    subscribe();
}

nlohmann::json engine_snapshot(const storage::SessionState& state) {
    auto saved = nlohmann::json::parse(state.snapshot, nullptr, false);
    if (!saved.is_object() || !saved.contains("engine"))
        return nlohmann::json();
    return saved["engine"];
}

void SessionRecording::save_state() {
    if (saving_)
        return; // the pump below delivers: this save writes what it delivers
    // Events still waiting are written even when no state is (the session ended).
    const auto flush_events = [this] {
        if (recorder_->pending() > 0 && !recorder_->finished())
            check(recorder_->flush());
    };
    // Paused, waiting or finished, nothing moves: the state saved with the pause stands.
    if (recorder_->finished() || controller_.over() ||
        (!dirty_ && controller_.engine().state() != EngineState::Running)) {
        flush_events();
        return;
    }
    // The engine's snapshot is as of its last call, up to a second ago: bring it to now.
    saving_ = true;
    controller_.pump();
    saving_ = false;
    if (recorder_->finished() || controller_.over()) {
        flush_events();
        return;
    }
    dirty_ = false;
    storage::SessionState st;
    st.session = recorder_->session();
    st.seq = static_cast<std::int64_t>(controller_.engine().last_sequence());
    const TimePoint now = controller_.now();
    st.written = recorder_->wall_at(now);
    st.offset = recorder_->offset(now);
    st.snapshot = nlohmann::json{{"engine", controller_.engine().snapshot()},
                                 {"paused_ms", recorder_->paused(now).count()}}
                      .dump();
    // The events since the last save and the state that follows them: one commit.
    check(recorder_->flush(&st));
}

void SessionRecording::subscribe() {
    connect(&controller_, &SessionController::delivered, this, [this](const SessionEvent& e) {
        if (storage::JournalRecorder::kept(e.kind))
            dirty_ = true;
        recorder_->queue(e);
    });
    // After a command or a delivery has run its course (the controller's changed(), in the same
    // turn of the event loop), its events and the state after them are committed together: the
    // state saved never runs ahead of the events, and the UI thread waits for the disk once.
    connect(&controller_, &SessionController::changed, this, [this] {
        if (dirty_)
            save_state();
    });
    state_timer_.setTimerType(Qt::PreciseTimer);
    state_timer_.setInterval(state_interval_ms);
    connect(&state_timer_, &QTimer::timeout, this, &SessionRecording::save_state);
    state_timer_.start();
    connect(&controller_, &SessionController::finished, this, [this] {
        check(recorder_->finish(storage::Outcome::Finished, {}, controller_.now()));
    });
    connect(&controller_, &SessionController::stoppedEarly, this, [this](StopReason reason) {
        // The reason's code, not its words: the journal reads the same in every language.
        check(recorder_->finish(storage::Outcome::Stopped, to_code(reason), controller_.now()));
    });
}

SessionRecording::~SessionRecording() = default;

void SessionRecording::check(const Status& status) {
    if (status) {
        if (recorder_->finished() && !std::exchange(closed_sent_, true))
            Q_EMIT closedRecord(recorder_->session());
        return;
    }
    if (std::exchange(warned_, true))
        return;
    Q_EMIT problem(tr("The journal cannot be written to just now; this session is kept in "
                      "memory and written as soon as it can be."));
}

} // namespace effleur::ui
