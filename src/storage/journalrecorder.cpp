// A running session written into the journal as it happens. See journalrecorder.h.

#include "storage/journalrecorder.h"

#include <QCryptographicHash>

namespace effleur::storage {

namespace {

using std::chrono::milliseconds;

milliseconds ms(Duration d) {
    return std::chrono::duration_cast<milliseconds>(d);
}

} // namespace

std::string sha256_hex(std::string_view bytes) {
    return QCryptographicHash::hash(
               QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
               QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

bool JournalRecorder::kept(EventKind kind) {
    switch (kind) {
    case EventKind::StepStarted:
    case EventKind::StepEnded:
    case EventKind::SideSwitch:
    case EventKind::Waiting:
    case EventKind::Paused:
    case EventKind::Resumed:
    case EventKind::Extended:
    case EventKind::SpeedChanged:
    case EventKind::StageEnded:
    case EventKind::SessionFinished:
        return true;
    case EventKind::Halfway:
    case EventKind::TenSecondsLeft:
    case EventKind::Countdown:
    case EventKind::PassChanged:
    case EventKind::BreathingPhase:
    case EventKind::TempoChanged:
        return false;
    }
    return false;
}

Result<std::unique_ptr<JournalRecorder>>
JournalRecorder::begin(JournalStore& store, const SessionStart& start,
                       std::shared_ptr<const Protocol> protocol, const SessionPlan& plan,
                       TimePoint started) {
    auto id = store.begin_session(start);
    if (!id)
        return id.errors();
    return std::unique_ptr<JournalRecorder>(
        new JournalRecorder(store, id.value(), std::move(protocol), plan, started, start.started));
}

std::unique_ptr<JournalRecorder> JournalRecorder::resume(JournalStore& store, std::int64_t session,
                                                         std::shared_ptr<const Protocol> protocol,
                                                         const SessionPlan& plan,
                                                         milliseconds offset, milliseconds paused,
                                                         bool paused_now, TimePoint now,
                                                         WallTime wall_now) {
    const auto started = now - offset;
    const auto wall_started = wall_now - std::chrono::duration_cast<WallTime::duration>(offset);
    std::unique_ptr<JournalRecorder> r(
        new JournalRecorder(store, session, std::move(protocol), plan, started, wall_started));
    r->paused_total_ = paused;
    r->paused_ = paused_now;
    r->paused_since_ = now;
    // The part under way when the state was saved, should the session now end early.
    if (const auto record = store.session(session)) {
        for (const EventRow& e : record->events) {
            r->last_seq_ = std::max(r->last_seq_, e.seq);
            if (e.kind == to_string(EventKind::StepStarted))
                r->open_part_ = e;
            else if (e.kind == to_string(EventKind::StepEnded))
                r->open_part_.reset();
        }
    }
    return r;
}

milliseconds JournalRecorder::paused(TimePoint now) const {
    Duration p = paused_total_;
    if (paused_)
        p += now - paused_since_;
    return ms(p);
}

milliseconds JournalRecorder::offset(TimePoint now) const {
    return std::max(milliseconds{0}, ms(now - started_));
}

WallTime JournalRecorder::wall_at(TimePoint now) const {
    return wall_started_ + std::chrono::duration_cast<WallTime::duration>(now - started_);
}

JournalRecorder::JournalRecorder(JournalStore& store, std::int64_t session,
                                 std::shared_ptr<const Protocol> protocol, const SessionPlan& plan,
                                 TimePoint started, WallTime wall_started)
    : store_(store), session_(session), protocol_(std::move(protocol)), parts_(plan.parts()),
      started_(started), wall_started_(wall_started) {}

EventRow JournalRecorder::row_of(const SessionEvent& e) const {
    EventRow r;
    r.seq = static_cast<std::int64_t>(e.seq);
    r.kind = std::string(to_string(e.kind));
    r.cause = std::string(to_string(e.cause));
    r.stage = static_cast<std::int64_t>(e.stage);
    r.step = static_cast<std::int64_t>(e.step);
    if (e.stage < protocol_->stages.size() && e.step < protocol_->stages[e.stage].steps.size()) {
        const Step& step = protocol_->stages[e.stage].steps[e.step];
        r.step_id = step.id;
        r.step_title = step.title.get();
    }
    r.part = e.part;
    r.side = e.side ? std::string(to_string(*e.side)) : std::string();
    const Duration since = e.delivered - started_;
    r.offset = ms(since);
    r.at = wall_started_ + std::chrono::duration_cast<WallTime::duration>(since);
    if (e.kind == EventKind::Extended)
        r.amount = ms(e.amount);
    if (e.kind == EventKind::StepStarted) {
        for (const PlanPart& p : parts_) {
            if (p.stage == e.stage && p.step == e.step && p.part == e.part) {
                r.amount = ms(p.planned);
                break;
            }
        }
    }
    if (e.kind == EventKind::SpeedChanged)
        r.value_milli = e.value_milli;
    return r;
}

Status JournalRecorder::record(const SessionEvent& e) {
    queue(e);
    return flush();
}

void JournalRecorder::queue(const SessionEvent& e) {
    if (finished_ || !kept(e.kind))
        return;
    if (e.kind == EventKind::Paused && !paused_) {
        paused_ = true;
        paused_since_ = e.delivered;
    } else if (e.kind == EventKind::Resumed && paused_) {
        paused_ = false;
        paused_total_ += e.delivered - paused_since_;
    }
    pending_.push_back(row_of(e));
    last_seq_ = std::max(last_seq_, pending_.back().seq);
    if (e.kind == EventKind::StepStarted)
        open_part_ = pending_.back();
    else if (e.kind == EventKind::StepEnded)
        open_part_.reset();
}

milliseconds JournalRecorder::active(TimePoint now) const {
    Duration paused = paused_total_;
    if (paused_)
        paused += now - paused_since_;
    return std::max(milliseconds{0}, ms(now - started_ - paused));
}

Status JournalRecorder::finish(Outcome outcome, std::string_view reason, TimePoint now) {
    if (!finished_ && !end_) {
        const Duration since = now - started_;
        // A session ended before its time ends the part under way then, by the command: its
        // real time is kept like any other part's.
        if (outcome != Outcome::Finished && open_part_) {
            EventRow ended = *open_part_;
            ended.seq = ++last_seq_;
            ended.kind = std::string(to_string(EventKind::StepEnded));
            ended.cause = std::string(to_string(EventCause::Command));
            ended.offset = ms(since);
            ended.at = wall_started_ + std::chrono::duration_cast<WallTime::duration>(since);
            ended.amount = milliseconds{0};
            ended.value_milli = 0;
            pending_.push_back(std::move(ended));
            open_part_.reset();
        }
        end_ =
            End{outcome, std::string(reason),
                wall_started_ + std::chrono::duration_cast<WallTime::duration>(since), active(now)};
    }
    return flush();
}

Status JournalRecorder::flush(const SessionState* state) {
    if (!pending_.empty() || state != nullptr) {
        const std::vector<EventRow> rows(pending_.begin(), pending_.end());
        if (Status s = store_.append_events(session_, rows, finished_ ? nullptr : state); !s)
            return s;
        pending_.clear();
    }
    if (end_ && !finished_) {
        if (Status s =
                store_.end_session(session_, end_->outcome, end_->reason, end_->at, end_->active);
            !s)
            return s;
        finished_ = true;
    }
    return Done{};
}

} // namespace effleur::storage
