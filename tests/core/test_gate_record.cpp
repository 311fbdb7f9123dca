// The gate record: complete, and the same after a JSON round trip.

#include "gate_test_support.h"

#include <nlohmann/json.hpp>

using namespace effleur;
using namespace effleur::test;

namespace {

Checklist answered_day3() {
    Checklist c(gate_protocol(), gate_catalog(), std::size_t{2});
    all_no(c);
    c.set_answer(index_of(c, "varicose"), Answer::Yes);
    c.acknowledge(index_of(c, "varicose"));
    c.set_note(index_of(c, "varicose"), "cleared by GP on 3 March \u2014 \"mild\"");
    Assessment a;
    a.notes = "Tense jaw, left side.";
    a.area(AssessmentArea::SoftTissue) = "masseters tight";
    a.area(AssessmentArea::Asymmetry) = "left cheek higher";
    c.set_assessment(a);
    return c;
}

} // namespace

TEST_CASE("the record holds the answers, acknowledgements, assessment, verdict, time and "
          "protocol",
          "[gate][record]") {
    const Checklist c = answered_day3();
    const GateRecord r = c.record(gate_time + std::chrono::microseconds(999));
    CHECK(r.protocol_id == "gate-sample");
    CHECK(r.protocol_version == 1);
    CHECK(r.protocol_title == "Sample facial massage");
    CHECK(r.stage == std::size_t{2});
    CHECK(r.day == 3);
    CHECK(r.at == gate_time); // whole milliseconds
    REQUIRE(r.answers.size() == 5);
    CHECK(r.answers[0].item == "pregnancy");
    CHECK(r.answers[0].text == "Pregnancy");
    CHECK(r.answers[0].answer == Answer::No);
    CHECK(r.answers[2].answer == Answer::Yes);
    CHECK(r.answers[2].acknowledged);
    CHECK(r.assessment.area(AssessmentArea::SoftTissue) == "masseters tight");
    CHECK(r.verdict == VerdictKind::Clear);
    CHECK(r.reasons.empty());

    const nlohmann::json j = gate_record_to_json(r);
    CHECK(j["at"] == "2025-03-14T09:30:00.250Z");
    CHECK(j["protocol"]["version"] == 1);
    CHECK(j["answers"][2]["kind"] == "relative");
    CHECK(j["answers"][2]["answer"] == "yes");
    CHECK(j["assessment"]["areas"]["asymmetries"] == "left cheek higher");
    CHECK(j["verdict"]["kind"] == "clear");
}

TEST_CASE("the record's JSON round trip gives the same record", "[gate][record]") {
    Checklist c = answered_day3();
    for (const bool blocked : {false, true}) {
        if (blocked)
            c.set_answer(0, Answer::Yes);
        const GateRecord r = c.record(gate_time);
        CHECK(r.verdict == (blocked ? VerdictKind::Blocked : VerdictKind::Clear));
        const std::string text = gate_record_to_json(r).dump();
        const auto back = gate_record_from_json(nlohmann::json::parse(text));
        INFO(back.message());
        REQUIRE(back);
        CHECK(back.value() == r);
        if (blocked)
            CHECK(back.value().reasons.at(0).find("Pregnancy") == 0);
    }

    // A whole-protocol record has no stage and no day.
    Checklist whole(gate_protocol(), gate_catalog());
    const GateRecord r = whole.record(gate_time);
    const auto back = gate_record_from_json(gate_record_to_json(r));
    REQUIRE(back);
    CHECK_FALSE(back.value().stage);
    CHECK_FALSE(back.value().day);
    CHECK(back.value().verdict == VerdictKind::Incomplete);
    CHECK(back.value() == r);
}

TEST_CASE("malformed records are refused with a reason", "[gate][record]") {
    const nlohmann::json good = gate_record_to_json(answered_day3().record(gate_time));
    const auto not_object = gate_record_from_json(nlohmann::json::array());
    CHECK_FALSE(not_object);
    CHECK(not_object.message() == "not a gate record of format 1");

    auto bad = good;
    bad["at"] = "2025-02-30T09:30:00Z";
    const auto bad_time = gate_record_from_json(bad);
    CHECK_FALSE(bad_time);
    CHECK(bad_time.message() == "\"at\" is not an ISO-8601 UTC time");

    bad = good;
    bad["answers"][0]["answer"] = "maybe";
    const auto bad_answer = gate_record_from_json(bad);
    CHECK_FALSE(bad_answer);
    CHECK(bad_answer.message() == "an answer of item \"pregnancy\" has an unknown kind or answer");

    bad = good;
    bad["answers"][0].erase("note");
    const auto missing = gate_record_from_json(bad);
    CHECK_FALSE(missing);
    CHECK(missing.message().find("malformed gate record") == 0);
}

TEST_CASE("times are ISO-8601 UTC both ways", "[gate][record]") {
    using namespace std::chrono;
    CHECK(format_utc(sys_days{year{1999} / 12 / 31} + hours{23} + minutes{59} + seconds{59}) ==
          "1999-12-31T23:59:59.000Z");
    CHECK(parse_utc("2025-03-14T09:30:00.250Z") == gate_time);
    CHECK(parse_utc("2025-03-14T09:30:00Z") == gate_time - milliseconds(250));
    CHECK_FALSE(parse_utc("2025-03-14 09:30:00Z"));
    CHECK_FALSE(parse_utc("2025-03-14T24:00:00Z"));
    CHECK_FALSE(parse_utc("2025-03-14T09:30:00+01"));
    CHECK_FALSE(parse_utc("2025-3-14T09:30:00.250Z"));
}
