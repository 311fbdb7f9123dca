// The checklist and its verdict. Nothing here logs: answers and notes are health data.

#include "gate.h"

#include <algorithm>
#include <stdexcept>

namespace effleur {

namespace {

// Absolute outranks the others: when two groups name one item, the stricter kind applies.
int strictness(ContraindicationKind kind) {
    switch (kind) {
    case ContraindicationKind::Absolute:
        return 2;
    case ContraindicationKind::TellSpecialist:
        return 1;
    case ContraindicationKind::Relative:
        break;
    }
    return 0;
}

std::string reason_for(const GateItem& item, const std::string& title) {
    const std::string where = item.cite ? cite_label(*item.cite) : std::string("no source given");
    switch (item.kind) {
    case ContraindicationKind::Absolute:
        if (item.suggested)
            return item.text + " \u2014 a suggested contraindication for " + title +
                   ", taken from " + where;
        return item.text + " \u2014 listed as a contraindication for " + title + " (" + where + ")";
    case ContraindicationKind::Relative:
        return item.text + " \u2014 listed as a relative contraindication for " + title + " (" +
               where + ")";
    case ContraindicationKind::TellSpecialist:
        break;
    }
    return item.text + " \u2014 the source says the specialist must be told (" + where + ")";
}

std::string count_words(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string names_of(const std::vector<GateItem>& items, const std::vector<std::size_t>& which) {
    std::string out;
    for (const std::size_t i : which) {
        if (!out.empty())
            out += ", ";
        out += items[i].text;
    }
    return out;
}

} // namespace

bool Assessment::empty() const {
    return notes.empty() &&
           std::all_of(areas.begin(), areas.end(), [](const std::string& s) { return s.empty(); });
}

Checklist::Checklist(std::shared_ptr<const Protocol> protocol, const Catalog& catalog,
                     std::optional<std::size_t> stage)
    : protocol_(std::move(protocol)), stage_(stage) {
    if (!protocol_)
        throw std::invalid_argument("no protocol");
    if (stage_ && *stage_ >= protocol_->stages.size())
        throw std::invalid_argument("the protocol has no stage " + std::to_string(*stage_ + 1));

    std::vector<ContraindicationRef> refs;
    if (stage_) {
        refs = protocol_->contraindications_for(*stage_);
    } else {
        refs = protocol_->contraindications;
        for (const Stage& s : protocol_->stages)
            refs.insert(refs.end(), s.contraindications.begin(), s.contraindications.end());
    }

    const std::string& title = protocol_->title.get();
    for (const ContraindicationRef& ref : refs) {
        auto same = std::find_if(items_.begin(), items_.end(),
                                 [&](const GateItem& g) { return g.id == ref.id; });
        if (same != items_.end()) {
            if (strictness(ref.kind) > strictness(same->kind)) {
                same->kind = ref.kind;
                same->suggested = ref.suggested;
                same->cite = ref.cite;
                same->reason = reason_for(*same, title);
            }
            continue;
        }
        GateItem item;
        item.id = ref.id;
        item.kind = ref.kind;
        item.suggested = ref.suggested;
        item.cite = ref.cite;
        if (const ContraindicationItem* c = catalog.contraindication(ref.id)) {
            item.text = c->text.get();
            item.details = c->details.get();
        } else {
            item.text = ref.id; // a protocol is resolved against its catalogue; never expected
        }
        item.reason = reason_for(item, title);
        items_.push_back(std::move(item));
    }
    states_.resize(items_.size());
}

std::string Checklist::stage_label() const {
    const auto& stages = protocol_->stages;
    const auto days = static_cast<std::size_t>(
        std::count_if(stages.begin(), stages.end(), [](const Stage& s) { return s.day; }));
    if (!stage_) {
        if (days > 1)
            return "All " + std::to_string(days) + " days";
        return {};
    }
    const Stage& s = stages[*stage_];
    if (s.day)
        return s.title.get() + " \u2014 day " + std::to_string(*s.day) + " of " +
               std::to_string(days);
    return s.title.get() + " \u2014 stage " + std::to_string(*stage_ + 1) + " of " +
           std::to_string(stages.size());
}

void Checklist::set_answer(std::size_t i, Answer answer) {
    State& s = states_.at(i);
    if (s.answer != answer)
        s.acknowledged = false;
    // Confirming last time's answer item by item keeps it marked as last time's.
    s.from_last_time = s.pending && s.answer == answer;
    s.pending = false;
    s.answer = answer;
}

bool Checklist::answered(std::size_t i) const {
    const State& s = states_.at(i);
    return s.answer != Answer::Unanswered && !s.pending;
}

std::size_t Checklist::answered_count() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < states_.size(); ++i)
        n += answered(i) ? 1u : 0u;
    return n;
}

bool Checklist::needs_acknowledgement(std::size_t i) const {
    return answered(i) && states_[i].answer == Answer::Yes &&
           items_[i].kind != ContraindicationKind::Absolute;
}

bool Checklist::acknowledge(std::size_t i, bool acknowledged) {
    if (!needs_acknowledgement(i))
        return false;
    states_[i].acknowledged = acknowledged;
    return true;
}

void Checklist::set_note(std::size_t i, std::string note) {
    states_.at(i).note = std::move(note);
}

std::optional<std::size_t> Checklist::next_open(std::size_t from) const {
    const std::size_t n = items_.size();
    for (std::size_t k = 1; k <= n; ++k) {
        const std::size_t i = (from + k) % n;
        if (!answered(i))
            return i;
    }
    for (std::size_t k = 1; k <= n; ++k) {
        const std::size_t i = (from + k) % n;
        if (needs_acknowledgement(i) && !states_[i].acknowledged)
            return i;
    }
    return std::nullopt;
}

PrefillReport Checklist::prefill(const GateRecord& previous) {
    discard_prefill();
    PrefillReport report;
    report.other_version =
        previous.protocol_id != protocol_->id || previous.protocol_version != protocol_->version;
    for (const GateAnswer& a : previous.answers) {
        auto it = std::find_if(items_.begin(), items_.end(),
                               [&](const GateItem& g) { return g.id == a.item; });
        if (it == items_.end()) {
            report.dropped.push_back(a.text.empty() ? a.item : a.text);
            continue;
        }
        State& s = states_[static_cast<std::size_t>(it - items_.begin())];
        if (s.answer != Answer::Unanswered || a.answer == Answer::Unanswered)
            continue;
        s.answer = a.answer;
        s.pending = true;
        s.acknowledged = false;
        if (s.note.empty())
            s.note = a.note;
        ++report.filled;
    }
    for (const GateItem& g : items_) {
        const bool known = std::any_of(previous.answers.begin(), previous.answers.end(),
                                       [&](const GateAnswer& a) { return a.item == g.id; });
        if (!known)
            report.new_items.push_back(g.text);
    }

    report.message = count_words(report.filled, "answer", "answers") +
                     " filled in from last time; confirm them with the client.";
    if (report.other_version)
        report.message +=
            " Last time was " +
            (previous.protocol_id == protocol_->id
                 ? "version " + std::to_string(previous.protocol_version) + " of this protocol."
                 : std::string("another protocol (") +
                       (previous.protocol_title.empty() ? previous.protocol_id
                                                        : previous.protocol_title) +
                       ").");
    if (!report.new_items.empty())
        report.message += " New since last time, still to ask: " + [&] {
            std::string s;
            for (const auto& t : report.new_items)
                s += (s.empty() ? "" : ", ") + t;
            return s;
        }() + ".";
    if (!report.dropped.empty())
        report.message += " No longer on the list: " + [&] {
            std::string s;
            for (const auto& t : report.dropped)
                s += (s.empty() ? "" : ", ") + t;
            return s;
        }() + ".";
    return report;
}

bool Checklist::prefill_pending() const {
    return std::any_of(states_.begin(), states_.end(), [](const State& s) { return s.pending; });
}

void Checklist::confirm_prefill() {
    for (State& s : states_) {
        if (s.pending) {
            s.pending = false;
            s.from_last_time = true;
        }
    }
}

void Checklist::discard_prefill() {
    for (State& s : states_) {
        if (s.pending) {
            s.pending = false;
            s.answer = Answer::Unanswered;
        }
    }
}

Verdict Checklist::verdict() const {
    Verdict v;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const State& s = states_[i];
        if (s.pending)
            v.prefill_unconfirmed = true;
        if (!answered(i))
            v.unanswered.push_back(i);
        else if (s.answer == Answer::Yes && items_[i].kind == ContraindicationKind::Absolute)
            v.blocking.push_back(i);
        else if (needs_acknowledgement(i) && !s.acknowledged)
            v.unacknowledged.push_back(i);
    }

    if (!v.blocking.empty()) {
        v.kind = VerdictKind::Blocked;
        for (const std::size_t i : v.blocking)
            v.reasons.push_back(items_[i].reason);
        return v;
    }
    if (v.prefill_unconfirmed)
        v.reasons.emplace_back("Confirm last time's answers with the client first.");
    const std::size_t fresh =
        static_cast<std::size_t>(std::count_if(v.unanswered.begin(), v.unanswered.end(),
                                               [&](std::size_t i) { return !states_[i].pending; }));
    if (fresh > 0)
        v.reasons.push_back(count_words(fresh, "item is", "items are") + " not answered yet.");
    if (!v.unacknowledged.empty())
        v.reasons.push_back("Acknowledge " + names_of(items_, v.unacknowledged) + ".");

    if (!v.unanswered.empty())
        v.kind = VerdictKind::Incomplete;
    else if (!v.unacknowledged.empty())
        v.kind = VerdictKind::NeedsAcknowledgement;
    else
        v.kind = VerdictKind::Clear;
    return v;
}

GateRecord Checklist::record(std::chrono::system_clock::time_point at) const {
    GateRecord r;
    r.protocol_id = protocol_->id;
    r.protocol_version = protocol_->version;
    r.protocol_title = protocol_->title.get();
    r.stage = stage_;
    if (stage_)
        r.day = protocol_->stages[*stage_].day;
    r.at = std::chrono::floor<std::chrono::milliseconds>(at);
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const State& s = states_[i];
        GateAnswer a;
        a.item = items_[i].id;
        a.text = items_[i].text;
        a.kind = items_[i].kind;
        a.answer = s.pending ? Answer::Unanswered : s.answer;
        a.from_last_time = !s.pending && s.from_last_time;
        a.acknowledged = s.acknowledged;
        a.note = s.note;
        r.answers.push_back(std::move(a));
    }
    r.assessment = assessment_;
    Verdict v = verdict();
    r.verdict = v.kind;
    r.reasons = std::move(v.reasons);
    return r;
}

std::optional<ClearedGate> Checklist::clear(std::chrono::system_clock::time_point at) const {
    GateRecord r = record(at);
    if (r.verdict != VerdictKind::Clear)
        return std::nullopt;
    return ClearedGate(protocol_, stage_, std::move(r));
}

} // namespace effleur
