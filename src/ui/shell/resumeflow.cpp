#include "ui/shell/resumeflow.h"

#include "core/stopreason.h"
#include "core/textfile.h"
#include "storage/journalstore.h"
#include "ui/journal/sessionrecording.h"
#include "ui/session/sessioncontroller.h"
#include "ui/session/sessionview.h"
#include "ui/shell/sessionflow.h"

#include <QMessageBox>
#include <QPushButton>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace effleur::ui {

namespace {

constexpr std::uintmax_t max_state_bytes = std::uintmax_t{1024} * 1024;
constexpr int state_format = 1;
constexpr long long ps_per_ms = 1'000'000'000;

// A snapshot's picoseconds (a decimal string) in whole milliseconds; nullopt if not one.
std::optional<std::chrono::milliseconds> ps_field(const nlohmann::json& j, const char* key) {
    if (!j.contains(key) || !j[key].is_string())
        return std::nullopt;
    const std::string& s = j[key].get_ref<const std::string&>();
    long long v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v < 0)
        return std::nullopt;
    return std::chrono::milliseconds(v / ps_per_ms);
}

bool write_all(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

std::optional<SavedPlace> saved_place(const nlohmann::json& snapshot) {
    if (!snapshot.is_object() || !snapshot.contains("part") ||
        !snapshot["part"].is_number_unsigned() || !snapshot.contains("step_id") ||
        !snapshot["step_id"].is_string())
        return std::nullopt;
    const auto progress = ps_field(snapshot, "position_ps");
    const auto length = ps_field(snapshot, "length_ps");
    if (!progress || !length)
        return std::nullopt;
    SavedPlace p;
    p.part = snapshot["part"].get<std::size_t>();
    p.step_id = snapshot["step_id"].get<std::string>();
    p.progress = *progress;
    p.length = *length;
    return p;
}

SessionOptions rehearsal_options(const nlohmann::json& snapshot) {
    SessionOptions o;
    if (!snapshot.is_object())
        return o;
    try {
        if (snapshot.contains("stage") && snapshot["stage"].is_number_unsigned())
            o.stage = snapshot["stage"].get<std::size_t>();
        if (snapshot.contains("range") && snapshot["range"].is_object()) {
            const auto& r = snapshot["range"];
            o.range = StepRange{
                {r.at("first").at(0).get<std::size_t>(), r.at("first").at(1).get<std::size_t>()},
                {r.at("last").at(0).get<std::size_t>(), r.at("last").at(1).get<std::size_t>()}};
        }
        o.pause_between_steps = snapshot.value("pause_between_steps", false);
        if (snapshot.contains("speed_milli") && snapshot["speed_milli"].is_number_integer())
            o.speed = static_cast<double>(snapshot["speed_milli"].get<std::int64_t>()) / 1000.0;
    } catch (const nlohmann::json::exception&) {
        return SessionOptions{}; // restore() then says why it does not fit
    }
    return o;
}

std::string clock_words(std::chrono::milliseconds t) {
    const long long s = std::max<long long>(0, t.count()) / 1000;
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", s / 60, s % 60);
    return buf;
}

std::filesystem::path rehearsal_state_file(const std::filesystem::path& journal) {
    return journal.parent_path() / "rehearsal-state.json";
}

Status write_rehearsal_state(const std::filesystem::path& file, const RehearsalState& state) {
    const auto problem = [&file](std::string message) {
        return about_file(file.string(), std::move(message));
    };
    const nlohmann::json j{
        {"format", state_format},
        {"protocol", {{"id", state.protocol_id}, {"version", state.protocol_version}}},
        {"file_hash", state.file_hash},
        {"written_ms",
         std::chrono::duration_cast<std::chrono::milliseconds>(state.written.time_since_epoch())
             .count()},
        {"show_next", state.show_next},
        {"engine", state.engine}};
    const std::string bytes = j.dump() + '\n';
    const std::filesystem::path folder = file.parent_path();
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) {
        // Owner-only from the start, whatever the umask.
        std::filesystem::path made;
        for (const auto& part : folder) {
            made /= part;
            if (!std::filesystem::exists(made, ec) && ::mkdir(made.c_str(), 0700) != 0 &&
                errno != EEXIST) {
                return problem(std::string("cannot create the folder: ") + std::strerror(errno));
            }
        }
    }
    const std::filesystem::path temp = file.string() + ".new";
    const int fd =
        ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return problem(std::string("cannot write the file: ") + std::strerror(errno));
    (void)::fchmod(fd, 0600); // an older temporary file keeps its mode otherwise
    const bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
    const int saved_errno = errno;
    ::close(fd);
    if (!ok || ::rename(temp.c_str(), file.c_str()) != 0) {
        const int why = ok ? errno : saved_errno;
        ::unlink(temp.c_str());
        return problem(std::string("cannot write the file: ") + std::strerror(why));
    }
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        (void)::fsync(dir); // the rename itself survives a power cut
        ::close(dir);
    }
    return Done{};
}

std::optional<RehearsalState> read_rehearsal_state(const std::filesystem::path& file) {
    // A regular file only, not through a link, never waiting on a FIFO, at most 1 MiB.
    const auto text =
        loading::read_text_file(file, max_state_bytes, file.string(), loading::LinkPolicy::Refuse);
    std::error_code ec;
    if (!text && !std::filesystem::exists(std::filesystem::symlink_status(file, ec)))
        return std::nullopt; // none: no rehearsal was left running
    const auto j = nlohmann::json::parse(text.value_or(std::string()), nullptr, false);
    try {
        if (!j.is_object() || j.value("format", 0) != state_format || !j.contains("engine") ||
            !saved_place(j["engine"])) {
            spdlog::warn("a rehearsal's saved state is not readable and is ignored");
            return std::nullopt;
        }
        RehearsalState s;
        s.protocol_id = j.at("protocol").at("id").get<std::string>();
        s.protocol_version = j.at("protocol").at("version").get<int>();
        s.file_hash = j.at("file_hash").get<std::string>();
        s.written = storage::WallTime(std::chrono::duration_cast<storage::WallTime::duration>(
            std::chrono::milliseconds(j.at("written_ms").get<std::int64_t>())));
        s.show_next = j.value("show_next", true);
        s.engine = j["engine"];
        return s;
    } catch (const nlohmann::json::exception&) {
        spdlog::warn("a rehearsal's saved state is not readable and is ignored");
        return std::nullopt;
    }
}

void remove_rehearsal_state(const std::filesystem::path& file) {
    std::error_code ec;
    std::filesystem::remove(file, ec);
}

RehearsalKeeper::RehearsalKeeper(SessionController& controller, std::filesystem::path file,
                                 std::function<bool()> show_next, std::string file_hash,
                                 std::function<storage::WallTime()> wall_now, QObject* parent)
    : QObject(parent), controller_(controller), file_(std::move(file)),
      show_next_(std::move(show_next)), file_hash_(std::move(file_hash)),
      wall_now_(std::move(wall_now)) {
    connect(&controller_, &SessionController::delivered, this,
            [this](const SessionEvent&) { dirty_ = true; });
    connect(&controller_, &SessionController::changed, this, [this] {
        if (dirty_)
            save_state();
    });
    const auto ended = [this] {
        ended_ = true;
        timer_.stop();
        remove_rehearsal_state(file_);
    };
    connect(&controller_, &SessionController::finished, this, ended);
    connect(&controller_, &SessionController::stoppedEarly, this, ended);
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(state_interval_ms);
    connect(&timer_, &QTimer::timeout, this, &RehearsalKeeper::save_state);
    timer_.start();
}

RehearsalKeeper::~RehearsalKeeper() = default;

void RehearsalKeeper::release() {
    if (!std::exchange(held_, false))
        return;
    dirty_ = true; // whatever happened while held
    save_state();
}

void RehearsalKeeper::save_state() {
    if (held_ || ended_ || saving_ || controller_.over())
        return;
    const EngineState state = controller_.engine().state();
    if (!dirty_ && state != EngineState::Running)
        return; // paused or waiting, nothing moves: the state saved then stands
    // The engine's snapshot is as of its last call: bring it to now first.
    saving_ = true;
    controller_.pump();
    saving_ = false;
    if (ended_ || controller_.over())
        return;
    dirty_ = false;
    RehearsalState s;
    const StepEngine& engine = controller_.engine();
    s.protocol_id = engine.protocol().id;
    s.protocol_version = engine.protocol().version;
    s.file_hash = file_hash_;
    s.written = wall_now_();
    s.show_next = !show_next_ || show_next_();
    s.engine = engine.snapshot();
    if (const Status written = write_rehearsal_state(file_, s);
        !written && !std::exchange(warned_, true))
        spdlog::warn("a rehearsal's running state cannot be saved: {}", written.message());
}

ResumeFlow::ResumeFlow(Services services, SessionFlow& sessions, QWidget& window)
    : QObject(&window), services_(std::move(services)), sessions_(sessions), window_(window) {}

std::chrono::system_clock::time_point ResumeFlow::wall_now() const {
    return services_.wall_now ? services_.wall_now() : std::chrono::system_clock::now();
}

bool ResumeFlow::offer_shown() const {
    return window_.findChild<QMessageBox*>(QStringLiteral("resume-offer")) ||
           window_.findChild<QMessageBox*>(QStringLiteral("rehearsal-offer"));
}

void ResumeFlow::check_unfinished(storage::JournalStore& journal) {
    if (journal_)
        return;
    journal_ = &journal;
    // A record still running belongs to a session the app did not see to its end. The newest
    // one with a saved state less than 12 hours old is offered for resuming; the others are
    // kept as interrupted.
    std::optional<std::int64_t> offered;
    storage::JournalQuery q;
    q.outcome = storage::Outcome::Running;
    const auto running = journal_->search(q);
    const auto now = wall_now();
    for (const storage::SessionSummary& s : running) {
        const auto state = journal_->state(s.id);
        if (state && now - state->written < std::chrono::hours(12)) {
            offered = s.id;
            break;
        }
    }
    if (auto closed = journal_->close_interrupted(now, offered);
        closed && !closed.value().empty()) {
        spdlog::warn("the previous run ended abruptly: {} client session(s) kept as interrupted "
                     "by a crash",
                     closed.value().size());
        Q_EMIT status(tr("%n earlier session(s) were interrupted and are kept as such.", nullptr,
                         static_cast<int>(closed.value().size())),
                      10000);
    }
    if (offered) {
        spdlog::warn("the previous run ended abruptly during a client session");
        if (sessions_.running()) // a rehearsal opened from the command line: offered next start
            return;
        offer_resume(*offered);
    }
}

QString ResumeFlow::place_words(const SavedPlace& place, const Protocol* protocol) const {
    QString step = QString::fromStdString(place.step_id);
    if (protocol)
        for (const Stage& stage : protocol->stages)
            for (const Step& s : stage.steps)
                if (s.id == place.step_id)
                    step = QString::fromStdString(s.title.get());
    return tr("At: %1, %2 of %3")
        .arg(step, QString::fromStdString(clock_words(place.progress)),
             QString::fromStdString(clock_words(place.length)));
}

void ResumeFlow::offer_resume(std::int64_t session) {
    const auto record = journal_->session(session);
    const auto state = journal_->state(session);
    if (!record || !state)
        return;
    // Where it was: the step reached, from the saved state's position in the plan.
    const std::shared_ptr<const Protocol> protocol = services_.lookup(record->summary.protocol_id);
    QString refusal;
    if (!protocol)
        refusal = tr("Its protocol is no longer in the library.");
    else if (protocol->version != record->protocol_version ||
             file_hash(protocol->file) != record->protocol_hash)
        refusal = tr("Its protocol file has changed since, so it cannot go on where it was.");
    const auto ago =
        std::chrono::duration_cast<std::chrono::minutes>(wall_now() - state->written).count();
    QString text = tr("A client session did not end: the app stopped while it ran.\n\n%1 \u2014 %2")
                       .arg(QString::fromStdString(record->summary.client_name),
                            QString::fromStdString(record->summary.protocol_title));
    if (record->summary.day)
        text += tr(", day %1").arg(*record->summary.day);
    const auto place = saved_place(engine_snapshot(*state));
    if (place) {
        text += QLatin1Char('\n') + place_words(*place, protocol.get());
        text += QLatin1Char('\n') +
                tr("Session time: %1").arg(QString::fromStdString(clock_words(state->offset)));
    }
    text += QLatin1Char('\n') + tr("Last saved %n min ago", nullptr, static_cast<int>(ago));
    if (!refusal.isEmpty())
        text += QStringLiteral("\n\n") + refusal;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Resume the session?"), text,
                                QMessageBox::NoButton, &window_);
    box->setObjectName(QStringLiteral("resume-offer"));
    box->setTextFormat(Qt::PlainText); // a client's name and a protocol's title, never markup
    if (place) { // what is offered, for tests that check it against where the session was
        box->setProperty("effleur_part", static_cast<qulonglong>(place->part));
        box->setProperty("effleur_progress_ms", static_cast<qlonglong>(place->progress.count()));
        box->setProperty("effleur_offset_ms", static_cast<qlonglong>(state->offset.count()));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton* end = box->addButton(tr("&End it here"), QMessageBox::DestructiveRole);
    resume->setEnabled(refusal.isEmpty());
    box->setDefaultButton(refusal.isEmpty() ? resume : end);
    box->setEscapeButton(end);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, session, resume, protocol](QAbstractButton* clicked) {
                if (clicked == resume && resume_session(session, protocol))
                    return;
                end_unfinished(session);
            });
    box->open();
}

bool ResumeFlow::resume_session(std::int64_t session,
                                const std::shared_ptr<const Protocol>& protocol) {
    const auto record = journal_->session(session);
    const auto state = journal_->state(session);
    if (!record || !state || !protocol || sessions_.running())
        return false;
    // The checklist was answered for this session: its record gives the proof again.
    Checklist checklist(protocol, services_.loader->catalog(), record->summary.stage);
    (void)checklist.prefill(record->gate);
    checklist.confirm_prefill();
    for (const GateAnswer& a : record->gate.answers)
        for (std::size_t i = 0; i < checklist.size(); ++i)
            if (checklist.item(i).id == a.item && a.acknowledged)
                (void)checklist.acknowledge(i);
    checklist.set_assessment(record->gate.assessment);
    auto cleared = checklist.clear(record->gate.at);
    if (!cleared) {
        spdlog::warn("a session cannot be resumed: its checklist record is not clear");
        return false;
    }
    std::unique_ptr<StepEngine> engine;
    try {
        engine = std::make_unique<StepEngine>(std::move(*cleared), SessionOptions{});
        const auto snapshot = engine_snapshot(*state);
        if (const auto r = engine->restore(snapshot, services_.clock->now()); !r) {
            spdlog::warn("a session cannot be resumed: {}", r.reason);
            return false;
        }
    } catch (const std::exception& e) {
        spdlog::warn("a session cannot be resumed: {}", e.what());
        return false;
    }
    sessions_.open_session(std::move(engine), record->summary.client, &*state);
    Q_EMIT status(tr("Resumed where it was, paused: Space goes on"), 0);
    return true;
}

void ResumeFlow::end_unfinished(std::int64_t session) {
    const auto state = journal_->state(session);
    const auto record = journal_->session(session);
    if (!record)
        return;
    const auto at = state ? state->written : record->summary.started;
    const auto active = state ? state->offset : std::chrono::milliseconds{0};
    (void)journal_->end_session(session, storage::Outcome::Stopped, to_code(StopReason::Crash), at,
                                active);
    Q_EMIT status(tr("The unfinished session is kept as ended early."), 8000);
    Q_EMIT journalChanged(session);
}

void ResumeFlow::offer_rehearsal() {
    const std::filesystem::path& file = services_.rehearsal_state;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return;
    // One offer at a time, and never over a session: the state waits for the next start.
    if (sessions_.running() || offer_shown())
        return;
    const auto state = read_rehearsal_state(file);
    if (!state) {
        remove_rehearsal_state(file);
        return;
    }
    spdlog::warn("the previous run ended abruptly during a rehearsal of {}", state->protocol_id);
    const std::shared_ptr<const Protocol> protocol = services_.lookup(state->protocol_id);
    const auto age = wall_now() - state->written;
    QString refusal;
    if (!protocol)
        refusal = tr("Its protocol is no longer in the library.");
    else if (protocol->version != state->protocol_version ||
             file_hash(protocol->file) != state->file_hash)
        refusal = tr("Its protocol file has changed since, so it cannot go on where it was.");
    else if (age >= std::chrono::hours(12))
        refusal = tr("It was left more than 12 hours ago.");
    const auto place = saved_place(state->engine);
    QString text = tr("A rehearsal did not end: the app stopped while it ran.\n\n%1")
                       .arg(protocol ? QString::fromStdString(protocol->title.get())
                                     : QString::fromStdString(state->protocol_id));
    if (place)
        text += QLatin1Char('\n') + place_words(*place, protocol.get());
    text += QLatin1Char('\n') +
            tr("Last saved %n min ago", nullptr,
               static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(age).count()));
    text +=
        QStringLiteral("\n\n") + (refusal.isEmpty() ? tr("Nothing of it is recorded.") : refusal);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Resume the rehearsal?"), text,
                                QMessageBox::NoButton, &window_);
    box->setObjectName(QStringLiteral("rehearsal-offer"));
    box->setTextFormat(Qt::PlainText); // a protocol's title, never markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (place) {
        box->setProperty("effleur_part", static_cast<qulonglong>(place->part));
        box->setProperty("effleur_progress_ms", static_cast<qlonglong>(place->progress.count()));
    }
    QPushButton* resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton* end = box->addButton(tr("&End it here"), QMessageBox::DestructiveRole);
    resume->setEnabled(refusal.isEmpty());
    box->setDefaultButton(refusal.isEmpty() ? resume : end);
    box->setEscapeButton(end);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, file, resume, protocol, state = *state](QAbstractButton* clicked) {
                if (clicked == resume && resume_rehearsal(state, protocol))
                    return;
                remove_rehearsal_state(file);
                Q_EMIT status(tr("The unfinished rehearsal is ended."), 8000);
            });
    box->open();
}

bool ResumeFlow::resume_rehearsal(const RehearsalState& state,
                                  const std::shared_ptr<const Protocol>& protocol) {
    if (!protocol || sessions_.running())
        return false;
    const SessionOptions options = rehearsal_options(state.engine);
    if (const Status usable = StepEngine::check(*protocol, options); !usable) {
        spdlog::warn("a rehearsal cannot be resumed: {}", usable.message());
        return false;
    }
    std::unique_ptr<StepEngine> engine;
    try {
        engine = std::make_unique<StepEngine>(protocol, options);
        if (const auto r = engine->restore(state.engine, services_.clock->now()); !r) {
            spdlog::warn("a rehearsal cannot be resumed: {}", r.reason);
            return false;
        }
    } catch (const std::exception& e) {
        spdlog::warn("a rehearsal cannot be resumed: {}", e.what());
        return false;
    }
    const storage::SessionState resumed; // a rehearsal has no record: only "comes back paused"
    sessions_.open_session(std::move(engine), 0, &resumed);
    if (sessions_.view())
        sessions_.view()->set_show_next(state.show_next);
    Q_EMIT status(tr("Resumed where it was, paused: Space goes on"), 0);
    return true;
}

} // namespace effleur::ui
