#pragma once
// The contraindication gate: the checklist a therapist answers before a session with a client,
// its verdict, the record kept for the journal, and the proof (ClearedGate) that a client session
// needs. Plain C++20, no Qt.
//
// The rules (product brief): every item is answered yes or no, with no default; an absolute yes
// stops the session and says why; a relative or "tell the specialist" yes needs an explicit
// acknowledgement; the answers and the optional functional assessment (source 003) are recorded.
// The checklist supports the specialist's judgment; it does not replace it.
//
// Health data: answers, notes and the assessment are health data. Nothing here logs them, and
// callers must not either; they go to the journal only (see gate_record_to_json).

#include "catalog.h"
#include "diagnostic.h"
#include "protocol.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace effleur {

// There is no default answer: every item starts Unanswered.
enum class Answer { Unanswered, Yes, No };

// Worst first: Blocked wins over everything, then Incomplete, then NeedsAcknowledgement.
enum class VerdictKind { Incomplete, Blocked, NeedsAcknowledgement, Clear };

// One question of the checklist, resolved against the catalogue.
struct GateItem {
    std::string id; // the catalogue item
    ContraindicationKind kind{};
    std::string text;    // plain words, as the client is asked ("Pregnancy")
    std::string details; // optional explanation from the catalogue
    bool suggested = false;
    std::optional<Citation> cite;
    // Why it is on the list, in plain words with the source, e.g. "Pregnancy — listed as a
    // contraindication for Plastic facial massage (source 000, lines 47–54)".
    std::string reason;
};

struct Verdict {
    VerdictKind kind = VerdictKind::Incomplete;
    std::vector<std::size_t> unanswered;     // item indices, pre-filled unconfirmed ones included
    std::vector<std::size_t> blocking;       // absolute items answered yes
    std::vector<std::size_t> unacknowledged; // relative / tell-the-specialist yes, not acknowledged
    bool prefill_unconfirmed = false;        // last time's answers wait for confirmation
    // Why the session cannot start yet, one plain sentence each; empty when clear. When blocked,
    // the blocking items' reasons.
    std::vector<std::string> reasons;
};

// The functional consultation of source 003: optional, free text and notes per area. The app
// itself cites that source here, so the library lint counts it as used (lint_unused).
inline constexpr std::string_view assessment_source = "003";
enum class AssessmentArea { SoftTissue, Mobility, Asymmetry, FluidFlow };
inline constexpr std::array<AssessmentArea, 4> assessment_areas = {
    AssessmentArea::SoftTissue, AssessmentArea::Mobility, AssessmentArea::Asymmetry,
    AssessmentArea::FluidFlow};

struct Assessment {
    std::string notes;                // free text
    std::array<std::string, 4> areas; // indexed by AssessmentArea

    [[nodiscard]] std::string& area(AssessmentArea a) { return areas[static_cast<std::size_t>(a)]; }
    [[nodiscard]] const std::string& area(AssessmentArea a) const {
        return areas[static_cast<std::size_t>(a)];
    }
    [[nodiscard]] bool empty() const;
    friend bool operator==(const Assessment&, const Assessment&) = default;
};

// One answered (or unanswered) item as recorded.
struct GateAnswer {
    std::string item; // catalogue id
    std::string text; // as asked, so the record reads the same if the catalogue changes
    ContraindicationKind kind{};
    Answer answer = Answer::Unanswered;
    bool from_last_time = false; // pre-filled from the previous record and confirmed
    bool acknowledged = false;
    std::string note; // e.g. "cleared by GP on 3 March"
    friend bool operator==(const GateAnswer&, const GateAnswer&) = default;
};

struct GateRecord {
    static constexpr int format = 1;
    std::string protocol_id;
    int protocol_version = 0;
    std::string protocol_title;
    std::optional<std::size_t> stage;         // 0-based; nullopt: every stage
    std::optional<int> day;                   // the stage's day in a multi-day complex
    std::chrono::system_clock::time_point at; // when it was answered; whole milliseconds
    std::vector<GateAnswer> answers;
    Assessment assessment;
    VerdictKind verdict = VerdictKind::Incomplete;
    std::vector<std::string> reasons; // Verdict::reasons at that time
    friend bool operator==(const GateRecord&, const GateRecord&) = default;
};

// JSON for the journal; the time is ISO-8601 UTC with milliseconds ("2025-03-01T09:30:00.000Z").
[[nodiscard]] nlohmann::json gate_record_to_json(const GateRecord& record);
// Never throws; on malformed input the error says why.
[[nodiscard]] Result<GateRecord> gate_record_from_json(const nlohmann::json& j);
[[nodiscard]] std::string format_utc(std::chrono::system_clock::time_point t);
[[nodiscard]] std::optional<std::chrono::system_clock::time_point> parse_utc(std::string_view s);

// Proof that the gate was answered and is clear. Only Checklist::clear() makes one; it is
// move-only, so one answered gate starts at most one client session. It shares ownership of
// the protocol.
class ClearedGate {
public:
    ClearedGate(ClearedGate&&) noexcept = default;
    ClearedGate& operator=(ClearedGate&&) noexcept = default;
    ClearedGate(const ClearedGate&) = delete;
    ClearedGate& operator=(const ClearedGate&) = delete;
    ~ClearedGate() = default;

    [[nodiscard]] const std::shared_ptr<const Protocol>& protocol() const { return protocol_; }
    [[nodiscard]] std::optional<std::size_t> stage() const { return stage_; }
    [[nodiscard]] const GateRecord& record() const { return record_; } // verdict Clear

private:
    friend class Checklist;
    ClearedGate(std::shared_ptr<const Protocol> protocol, std::optional<std::size_t> stage,
                GateRecord record)
        : protocol_(std::move(protocol)), stage_(stage), record_(std::move(record)) {}

    std::shared_ptr<const Protocol> protocol_;
    std::optional<std::size_t> stage_;
    GateRecord record_;
};

// What "same as last time" filled in.
struct PrefillReport {
    std::size_t filled = 0;             // items that took last time's answer
    std::vector<std::string> dropped;   // last time's items that are no longer on the list
    std::vector<std::string> new_items; // items on the list that last time did not have
    bool other_version = false;         // last time was another protocol or version
    std::string message;                // all of the above in plain words
};

// The checklist of one session: the protocol's items, and for one stage (a day of a complex)
// that stage's own, drawn from the catalogue. Items named twice keep the strictest kind.
//
// Errors: the constructor throws std::invalid_argument for a null protocol or a stage out of
// range. Item indices must be below size(); accessors throw std::out_of_range otherwise.
class Checklist {
public:
    // nullopt `stage`: the whole protocol, every stage's items.
    Checklist(std::shared_ptr<const Protocol> protocol, const Catalog& catalog,
              std::optional<std::size_t> stage = std::nullopt);

    [[nodiscard]] const Protocol& protocol() const { return *protocol_; }
    [[nodiscard]] std::optional<std::size_t> stage() const { return stage_; }
    // Which part of the protocol, in plain words; empty for a whole single-stage protocol.
    [[nodiscard]] std::string stage_label() const;

    [[nodiscard]] std::size_t size() const { return items_.size(); }
    [[nodiscard]] const std::vector<GateItem>& items() const { return items_; }
    [[nodiscard]] const GateItem& item(std::size_t i) const { return items_.at(i); }

    // An explicit answer also confirms a pre-filled one. Changing an answer withdraws its
    // acknowledgement (the note stays).
    void set_answer(std::size_t i, Answer answer);
    [[nodiscard]] Answer answer(std::size_t i) const { return states_.at(i).answer; }
    // Answered and not waiting for the pre-fill to be confirmed.
    [[nodiscard]] bool answered(std::size_t i) const;
    [[nodiscard]] std::size_t answered_count() const;
    // A relative or tell-the-specialist item answered yes (and confirmed).
    [[nodiscard]] bool needs_acknowledgement(std::size_t i) const;
    // False, and nothing changes, unless needs_acknowledgement(i).
    bool acknowledge(std::size_t i, bool acknowledged = true);
    [[nodiscard]] bool acknowledged(std::size_t i) const { return states_.at(i).acknowledged; }
    void set_note(std::size_t i, std::string note);
    [[nodiscard]] const std::string& note(std::size_t i) const { return states_.at(i).note; }

    // The first item after `from` (wrapping round, `from` itself last) that is not answered,
    // or, when all are, that still needs an acknowledgement; nullopt when none.
    [[nodiscard]] std::optional<std::size_t> next_open(std::size_t from) const;

    [[nodiscard]] const Assessment& assessment() const { return assessment_; }
    void set_assessment(Assessment assessment) { assessment_ = std::move(assessment); }

    // "Same as last time for this client": takes the previous record's answers for the items
    // that are still on the list (matched by catalogue id) as pre-filled and unconfirmed, along
    // with their notes; acknowledgements are never carried over. Until confirm_prefill() (one
    // deliberate action) or an explicit answer per item, the verdict stays Incomplete. Replaces
    // any earlier pre-fill; items already answered explicitly are left alone.
    PrefillReport prefill(const GateRecord& previous);
    [[nodiscard]] bool prefill_pending() const;
    [[nodiscard]] bool prefilled(std::size_t i) const { return states_.at(i).pending; }
    void confirm_prefill();
    void discard_prefill(); // pre-filled, unconfirmed answers go back to unanswered

    [[nodiscard]] Verdict verdict() const;
    // The record as of now, whatever the verdict (a blocked gate is worth recording too).
    [[nodiscard]] GateRecord record(std::chrono::system_clock::time_point at) const;
    // The proof a client session needs; nullopt unless the verdict is Clear.
    [[nodiscard]] std::optional<ClearedGate> clear(std::chrono::system_clock::time_point at) const;

private:
    struct State {
        Answer answer = Answer::Unanswered;
        bool pending = false; // pre-filled, not yet confirmed
        bool from_last_time = false;
        bool acknowledged = false;
        std::string note;
    };

    std::shared_ptr<const Protocol> protocol_;
    std::optional<std::size_t> stage_;
    std::vector<GateItem> items_;
    std::vector<State> states_;
    Assessment assessment_;
};

// Plain words for the dialog and the record.
[[nodiscard]] std::string_view to_string(Answer);
[[nodiscard]] std::string_view to_string(VerdictKind);
[[nodiscard]] std::string_view to_string(AssessmentArea);
[[nodiscard]] std::optional<Answer> answer_from_string(std::string_view);
[[nodiscard]] std::optional<VerdictKind> verdict_kind_from_string(std::string_view);
// "Soft-tissue tension", ...: the areas of source 003's consultation.
[[nodiscard]] std::string_view area_label(AssessmentArea);
// "Absolute — stops the session", "Relative — needs acknowledgement", "Tell the specialist first".
[[nodiscard]] std::string_view kind_label(ContraindicationKind);
// "source 000, lines 47–54"; empty without a cite.
[[nodiscard]] std::string cite_label(const Citation& cite);

} // namespace effleur
