#pragma once
// Shared set-up for the session, window and cue tests: the bundled loader, protocols by id, and
// recording stand-ins for the speaker and the chimes. Time only moves through FakeClock.

#include "core/loader.h"
#include "ui/cues.h"

#include <catch2/catch.hpp>

#include <QString>

#include <filesystem>
#include <memory>
#include <vector>

namespace effleur::test {

inline const std::shared_ptr<const Loader>& session_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(created.ok());
        return created.value();
    }();
    return loader;
}

inline std::shared_ptr<const Protocol> bundled(const std::string& id) {
    auto loaded =
        session_loader()->load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (id + ".json"));
    REQUIRE(loaded.ok());
    return std::make_shared<const Protocol>(std::move(loaded.value()));
}

struct SpeechLog {
    std::vector<QString> said;
    int stops = 0;
};

class RecordingSpeaker final : public ui::Speaker {
public:
    explicit RecordingSpeaker(std::shared_ptr<SpeechLog> log) : log_(std::move(log)) {}
    void say(const QString& text) override { log_->said.push_back(text); }
    void stop() override { ++log_->stops; }

private:
    std::shared_ptr<SpeechLog> log_;
};

class RecordingChimes final : public ui::Chimes {
public:
    explicit RecordingChimes(std::shared_ptr<std::vector<ui::Chime>> log) : log_(std::move(log)) {}
    void play(ui::Chime chime) override { log_->push_back(chime); }

private:
    std::shared_ptr<std::vector<ui::Chime>> log_;
};

} // namespace effleur::test
