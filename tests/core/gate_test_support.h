#pragma once
// Checklists for the gate tests: a small synthetic protocol with one item of each kind, and the
// bundled protocols with their real catalogue.

#include "core/gate.h"
#include "core/loader.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace effleur::test {

inline Citation cite(std::string source, int first, int last, std::string quote = {}) {
    Citation c;
    c.source = std::move(source);
    c.line_first = first;
    c.line_last = last;
    c.quote = std::move(quote);
    return c;
}

inline Catalog gate_catalog() {
    Catalog c;
    for (const auto& [id, text] : std::vector<std::pair<std::string, std::string>>{
             {"pregnancy", "Pregnancy"},
             {"fever", "A high temperature (fever)"},
             {"varicose", "Varicose veins"},
             {"heart", "Heart problems"},
             {"day3-only", "Swelling after the procedure"}}) {
        ContraindicationItem item;
        item.id = id;
        item.text.en = text;
        c.contraindications.push_back(item);
    }
    return c;
}

inline ContraindicationRef ref(std::string id, ContraindicationKind kind,
                               std::optional<Citation> c = std::nullopt) {
    ContraindicationRef r;
    r.id = std::move(id);
    r.kind = kind;
    r.cite = std::move(c);
    return r;
}

// Items: pregnancy (absolute), fever (absolute), varicose (relative), heart (tell the
// specialist). Three days; day 3 adds "day3-only" (relative) and names heart again as absolute.
inline std::shared_ptr<const Protocol> gate_protocol(int version = 1) {
    auto p = std::make_shared<Protocol>();
    p->id = "gate-sample";
    p->version = version;
    p->title.en = "Sample facial massage";
    p->contraindications = {
        ref("pregnancy", ContraindicationKind::Absolute, cite("000", 47, 54, "1. pregnancy")),
        ref("fever", ContraindicationKind::Absolute, cite("004", 524, 532)),
        ref("varicose", ContraindicationKind::Relative, cite("004", 530, 530)),
        ref("heart", ContraindicationKind::TellSpecialist, cite("004", 534, 534)),
    };
    for (int d = 1; d <= 3; ++d) {
        Stage s;
        s.id = "day-" + std::to_string(d);
        s.title.en = "Day " + std::to_string(d);
        s.day = d;
        Step step;
        step.id = "step-" + std::to_string(d);
        step.title.en = step.id;
        step.technique = Technique::Stroking;
        step.seconds = 10;
        s.steps.push_back(step);
        p->stages.push_back(std::move(s));
    }
    p->stages[2].contraindications = {
        ref("day3-only", ContraindicationKind::Relative, cite("001", 20, 21)),
        ref("heart", ContraindicationKind::Absolute, cite("001", 22, 22)),
    };
    return p;
}

inline const std::chrono::system_clock::time_point gate_time =
    std::chrono::sys_days{std::chrono::year{2025} / 3 / 14} + std::chrono::hours{9} +
    std::chrono::minutes{30} + std::chrono::milliseconds{250};

// Answers every item No.
inline void all_no(Checklist& c) {
    for (std::size_t i = 0; i < c.size(); ++i)
        c.set_answer(i, Answer::No);
}

inline std::size_t index_of(const Checklist& c, const std::string& id) {
    for (std::size_t i = 0; i < c.size(); ++i)
        if (c.item(i).id == id)
            return i;
    FAIL("no item " << id);
    return 0;
}

inline const Loader& bundled_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(created.ok());
        return created.value();
    }();
    return *loader;
}

inline std::shared_ptr<const Protocol> bundled(const std::string& id) {
    auto loaded =
        bundled_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (id + ".json"));
    REQUIRE(loaded.ok());
    return std::make_shared<const Protocol>(std::move(loaded.value()));
}

} // namespace effleur::test
