// The contraindication gate's verdict: no defaults, absolute blocking, acknowledgements,
// unanswered items, per-day checklists, and "same as last time".

#include "gate_test_support.h"

using namespace effleur;
using namespace effleur::test;

TEST_CASE("a new checklist has no defaults and is incomplete", "[gate]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    REQUIRE(c.size() == 4);
    for (std::size_t i = 0; i < c.size(); ++i) {
        CHECK(c.answer(i) == Answer::Unanswered);
        CHECK_FALSE(c.answered(i));
        CHECK_FALSE(c.acknowledged(i));
    }
    const Verdict v = c.verdict();
    CHECK(v.kind == VerdictKind::Incomplete);
    CHECK(v.unanswered.size() == 4);
    CHECK(v.reasons == std::vector<std::string>{"4 items are not answered yet."});
    CHECK_FALSE(c.clear(gate_time));
}

TEST_CASE("items show in plain words with their kind and source", "[gate]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    CHECK(c.item(0).text == "Pregnancy");
    CHECK(c.item(0).kind == ContraindicationKind::Absolute);
    CHECK(c.item(0).reason == "Pregnancy \u2014 listed as a contraindication for Sample facial "
                              "massage (source 000, lines 47\u201354)");
    CHECK(c.item(2).reason == "Varicose veins \u2014 listed as a relative contraindication for "
                              "Sample facial massage (source 004, line 530)");
    CHECK(
        c.item(3).reason ==
        "Heart problems \u2014 the source says the specialist must be told (source 004, line 534)");
    CHECK(kind_label(c.item(3).kind) == "Tell the specialist first");
}

TEST_CASE("every item answered no is clear", "[gate]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        c.set_answer(i, Answer::No);
        CHECK(c.verdict().kind == VerdictKind::Incomplete);
    }
    c.set_answer(c.size() - 1, Answer::No);
    const Verdict v = c.verdict();
    CHECK(v.kind == VerdictKind::Clear);
    CHECK(v.reasons.empty());
    CHECK(c.answered_count() == 4);
    CHECK(c.clear(gate_time));
}

TEST_CASE("an absolute yes blocks at once, naming the item and the source", "[gate]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    c.set_answer(0, Answer::Yes); // pregnancy; the rest not answered yet
    Verdict v = c.verdict();
    CHECK(v.kind == VerdictKind::Blocked);
    CHECK(v.blocking == std::vector<std::size_t>{0});
    REQUIRE(v.reasons.size() == 1);
    CHECK(v.reasons[0].find("Pregnancy") == 0);
    CHECK(v.reasons[0].find("source 000, lines 47\u201354") != std::string::npos);
    CHECK_FALSE(c.clear(gate_time));

    // Nothing else answered, acknowledged or noted lifts a block.
    all_no(c);
    c.set_answer(0, Answer::Yes);
    c.set_answer(1, Answer::Yes);
    CHECK_FALSE(c.acknowledge(0));
    v = c.verdict();
    CHECK(v.kind == VerdictKind::Blocked);
    CHECK(v.blocking == std::vector<std::size_t>{0, 1});
    CHECK(v.reasons.size() == 2);
    CHECK_FALSE(c.clear(gate_time));

    // Answering no again (a mistaken key) lifts it.
    c.set_answer(0, Answer::No);
    c.set_answer(1, Answer::No);
    CHECK(c.verdict().kind == VerdictKind::Clear);
}

TEST_CASE("a relative or tell-the-specialist yes needs an explicit acknowledgement", "[gate]") {
    const auto kind_of = [](std::size_t yes) {
        Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
        all_no(c);
        c.set_answer(yes, Answer::Yes);
        return c;
    };
    for (const std::size_t yes : {std::size_t{2}, std::size_t{3}}) {
        Checklist c = kind_of(yes);
        Verdict v = c.verdict();
        CHECK(v.kind == VerdictKind::NeedsAcknowledgement);
        CHECK(v.unacknowledged == std::vector<std::size_t>{yes});
        CHECK(v.reasons == std::vector<std::string>{"Acknowledge " + c.item(yes).text + "."});
        CHECK_FALSE(c.clear(gate_time));

        REQUIRE(c.acknowledge(yes));
        c.set_note(yes, "cleared by GP on 3 March");
        CHECK(c.verdict().kind == VerdictKind::Clear);
        const auto gate = c.clear(gate_time);
        REQUIRE(gate);
        CHECK(gate->record().answers[yes].acknowledged);
        CHECK(gate->record().answers[yes].note == "cleared by GP on 3 March");

        // Withdrawing it, or changing the answer, needs it again.
        c.acknowledge(yes, false);
        CHECK(c.verdict().kind == VerdictKind::NeedsAcknowledgement);
        c.acknowledge(yes);
        c.set_answer(yes, Answer::No);
        c.set_answer(yes, Answer::Yes);
        CHECK_FALSE(c.acknowledged(yes));
        CHECK(c.note(yes) == "cleared by GP on 3 March");
        CHECK(c.verdict().kind == VerdictKind::NeedsAcknowledgement);
    }
}

TEST_CASE("acknowledging is refused for a no, an unanswered item or an absolute item", "[gate]") {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    CHECK_FALSE(c.acknowledge(2)); // unanswered
    c.set_answer(2, Answer::No);
    CHECK_FALSE(c.acknowledge(2));
    c.set_answer(0, Answer::Yes);
    CHECK_FALSE(c.acknowledge(0));
    CHECK_FALSE(c.acknowledged(0));
    CHECK_THROWS_AS(c.set_answer(99, Answer::No), std::out_of_range);
}

TEST_CASE("unanswered items keep a gate incomplete whatever else is answered", "[gate]") {
    // Every combination of the four items over {unanswered, yes, no}, with acknowledgements
    // given: the verdict is decided by the worst of them.
    for (int code = 0; code < 81; ++code) {
        Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
        int rest = code;
        bool absolute_yes = false, open = false, soft_yes = false;
        for (std::size_t i = 0; i < 4; ++i, rest /= 3) {
            const auto a = static_cast<Answer>(rest % 3);
            c.set_answer(i, a);
            absolute_yes |= a == Answer::Yes && i < 2;
            open |= a == Answer::Unanswered;
            soft_yes |= a == Answer::Yes && i >= 2;
        }
        INFO("combination " << code);
        const VerdictKind expected = absolute_yes ? VerdictKind::Blocked
                                     : open       ? VerdictKind::Incomplete
                                     : soft_yes   ? VerdictKind::NeedsAcknowledgement
                                                  : VerdictKind::Clear;
        CHECK(c.verdict().kind == expected);
        for (std::size_t i = 2; i < 4; ++i)
            c.acknowledge(i);
        const VerdictKind after = absolute_yes ? VerdictKind::Blocked
                                  : open       ? VerdictKind::Incomplete
                                               : VerdictKind::Clear;
        CHECK(c.verdict().kind == after);
        CHECK(c.clear(gate_time).has_value() == (after == VerdictKind::Clear));
    }
}

TEST_CASE("a multi-day complex asks the items of the day being done", "[gate]") {
    const auto p = gate_protocol();
    Checklist day1(p, gate_catalog(), std::size_t{0});
    Checklist day3(p, gate_catalog(), std::size_t{2});
    CHECK(day1.size() == 4);
    REQUIRE(day3.size() == 5);
    CHECK(day3.item(4).id == "day3-only");
    CHECK(day1.stage_label() == "Day 1 \u2014 day 1 of 3");
    CHECK(day3.stage_label() == "Day 3 \u2014 day 3 of 3");

    // Day 3 names "heart" again as absolute: the stricter kind wins, with its own source.
    const std::size_t heart = index_of(day3, "heart");
    CHECK(day3.item(heart).kind == ContraindicationKind::Absolute);
    CHECK(day3.item(heart).reason.find("source 001, line 22") != std::string::npos);
    all_no(day3);
    day3.set_answer(heart, Answer::Yes);
    CHECK(day3.verdict().kind == VerdictKind::Blocked);
    all_no(day1);
    day1.set_answer(index_of(day1, "heart"), Answer::Yes);
    CHECK(day1.verdict().kind == VerdictKind::NeedsAcknowledgement);

    Checklist all_days(p, gate_catalog());
    CHECK(all_days.size() == 5);
    CHECK(all_days.stage_label() == "All 3 days");
    CHECK_THROWS_AS(Checklist(p, gate_catalog(), std::size_t{3}), std::invalid_argument);
}

TEST_CASE("the bundled protocols give the sources' checklists", "[gate]") {
    Checklist facial(bundled("plastic-facial"), bundled_loader().catalog());
    CHECK(facial.size() == 8); // source 000 lists eight
    CHECK(facial.stage_label().empty());
    CHECK(facial.item(0).reason == "Pregnancy \u2014 listed as a contraindication for Plastic "
                                   "facial massage (source 000, lines 47\u201354)");

    Checklist back(bundled("classic-back"), bundled_loader().catalog());
    REQUIRE(back.size() == 9); // source 004: seven, plus heart problems and pregnancy to tell
    CHECK(back.item(7).text == "Heart problems");
    CHECK(back.item(7).kind == ContraindicationKind::TellSpecialist);
    CHECK(back.item(8).kind == ContraindicationKind::TellSpecialist);

    // The PRP day is the physician's to screen: not the massage days' list, only whether the
    // physician has cleared the procedure.
    const auto prp = bundled("kneading-prp-lymphatic");
    Checklist day2(prp, bundled_loader().catalog(), std::size_t{1});
    REQUIRE(day2.size() == 1);
    CHECK(day2.item(0).id == "physician-not-cleared");
    CHECK(day2.stage_label().find("day 2 of 3") != std::string::npos);
    CHECK(day2.item(0).reason.find("a suggested contraindication") != std::string::npos);
    Checklist day1(prp, bundled_loader().catalog(), std::size_t{0});
    CHECK(day1.size() == 8); // source 000's eight, for the massage
    Checklist day3(prp, bundled_loader().catalog(), std::size_t{2});
    CHECK(day3.size() == 11); // and three of source 004's for draining the arms
}

TEST_CASE("same as last time pre-fills answers that need one deliberate confirmation",
          "[gate][prefill]") {
    Checklist first(gate_protocol(), gate_catalog(), std::size_t{0});
    all_no(first);
    first.set_answer(3, Answer::Yes);
    first.acknowledge(3);
    first.set_note(3, "cardiologist's letter seen");
    const GateRecord last = first.record(gate_time);

    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    const PrefillReport report = c.prefill(last);
    CHECK(report.filled == 4);
    CHECK_FALSE(report.other_version);
    CHECK(report.message == "4 answers filled in from last time; confirm them with the client.");
    CHECK(c.prefill_pending());
    CHECK(c.answer(0) == Answer::No);
    CHECK(c.prefilled(0));
    CHECK(c.answered_count() == 0);
    Verdict v = c.verdict();
    CHECK(v.kind == VerdictKind::Incomplete);
    CHECK(v.prefill_unconfirmed);
    CHECK(v.reasons ==
          std::vector<std::string>{"Confirm last time's answers with the client first."});
    CHECK_FALSE(c.clear(gate_time));

    c.confirm_prefill();
    CHECK(c.answered_count() == 4);
    // The acknowledgement is never carried over; the note is offered again.
    CHECK_FALSE(c.acknowledged(3));
    CHECK(c.note(3) == "cardiologist's letter seen");
    CHECK(c.verdict().kind == VerdictKind::NeedsAcknowledgement);
    c.acknowledge(3);
    const auto gate = c.clear(gate_time);
    REQUIRE(gate);
    CHECK(gate->record().answers[0].from_last_time);
}

TEST_CASE("a pre-filled answer can be changed or discarded", "[gate][prefill]") {
    Checklist first(gate_protocol(), gate_catalog(), std::size_t{0});
    all_no(first);
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{0});
    c.prefill(first.record(gate_time));
    c.set_answer(0, Answer::Yes); // pregnant since last time: an explicit answer
    CHECK_FALSE(c.prefilled(0));
    CHECK(c.verdict().kind == VerdictKind::Blocked);
    c.set_answer(0, Answer::No);
    c.discard_prefill();
    CHECK(c.answer(0) == Answer::No); // answered explicitly: kept
    CHECK(c.answer(1) == Answer::Unanswered);
    CHECK_FALSE(c.prefill_pending());
    CHECK(c.verdict().unanswered.size() == 3);
}

TEST_CASE("a changed protocol pre-fills only the items that still exist and says so",
          "[gate][prefill]") {
    Checklist day1(gate_protocol(1), gate_catalog(), std::size_t{0});
    all_no(day1);
    GateRecord last = day1.record(gate_time);
    last.answers.push_back({"retired", "An item since removed", ContraindicationKind::Absolute,
                            Answer::No, false, false, ""});

    Checklist day3(gate_protocol(2), gate_catalog(), std::size_t{2});
    const PrefillReport r = day3.prefill(last);
    CHECK(r.filled == 4);
    CHECK(r.other_version);
    CHECK(r.dropped == std::vector<std::string>{"An item since removed"});
    CHECK(r.new_items == std::vector<std::string>{"Swelling after the procedure"});
    CHECK(r.message.find("Last time was version 1 of this protocol.") != std::string::npos);
    CHECK(r.message.find("New since last time, still to ask: Swelling after the procedure.") !=
          std::string::npos);
    CHECK(r.message.find("No longer on the list: An item since removed.") != std::string::npos);
    day3.confirm_prefill();
    CHECK(day3.answer(index_of(day3, "day3-only")) == Answer::Unanswered);
    CHECK(day3.verdict().kind == VerdictKind::Incomplete);
}
