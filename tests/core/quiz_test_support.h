#pragma once
// Shared helpers for the quiz and progress tests: the bundled protocols, loaded once (in their
// own namespace: other support headers have helpers of the same names).

#include "core/loader.h"
#include "core/quiz.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace effleur::test::quizzes {

inline const Loader& bundled_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(created.ok());
        return created.value();
    }();
    return *loader;
}

// A bundled protocol by id (the file is protocols/<id>.json).
inline const Protocol& bundled(const std::string& id) {
    static std::map<std::string, Protocol> cache;
    if (auto found = cache.find(id); found != cache.end())
        return found->second;
    auto result =
        bundled_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (id + ".json"));
    if (!result.ok()) {
        for (const auto& d : result.errors())
            UNSCOPED_INFO(d.to_string());
    }
    REQUIRE(result.ok());
    return cache.emplace(id, result.value()).first->second;
}

inline const std::vector<std::string> bundled_ids{"back-self-massage-balls", "classic-back",
                                                  "kneading-prp-lymphatic", "neck-self-massage",
                                                  "plastic-facial"};

// Every scope of a protocol: the whole of it, then each stage.
inline std::vector<quiz::Scope> scopes_of(const Protocol& p) {
    std::vector<quiz::Scope> out{quiz::Scope{}};
    for (std::size_t i = 0; i < p.stages.size(); ++i)
        out.push_back(quiz::Scope{i});
    return out;
}

} // namespace effleur::test::quizzes
