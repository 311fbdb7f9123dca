// Quiz attempts stored and read back as the progress view needs them, in a real temporary
// database file.

#include "storage_test_support.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/progressstore.h"

#include <catch2/catch.hpp>

#include <QByteArray>

#include <chrono>
#include <limits>

namespace {

using namespace effleur;
using namespace effleur::storage;
using effleur::test::opened;
using effleur::test::succeeded;
using effleur::test::TempFolder;
using effleur::test::value_of;
using std::chrono::milliseconds;

const auto day0 = std::chrono::system_clock::time_point(std::chrono::hours(24 * 20000));

quiz::Attempt attempt(std::string protocol, quiz::Kind kind, int day, double score,
                      std::vector<std::string> missed = {}) {
    quiz::Attempt a;
    a.protocol = std::move(protocol);
    a.kind = kind;
    a.seed = static_cast<std::uint64_t>(day) * 1000003U;
    a.score = score;
    a.questions = 10;
    a.missed = std::move(missed);
    a.at = day0 + std::chrono::hours(24 * day) + milliseconds(123);
    a.took = milliseconds(95'500);
    return a;
}

// Restores an environment variable when the test ends.
class EnvVar {
public:
    EnvVar(const char* name, const QByteArray& value)
        : name_(name), had_(qEnvironmentVariableIsSet(name)), old_(qgetenv(name)) {
        qputenv(name, value);
    }
    ~EnvVar() {
        if (had_)
            qputenv(name_, old_);
        else
            qunsetenv(name_);
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

private:
    const char* name_;
    bool had_;
    QByteArray old_;
};

} // namespace

TEST_CASE("the default database lives in the XDG data folder", "[storage]") {
    TempFolder tmp;
    const EnvVar xdg("XDG_DATA_HOME", QByteArray::fromStdString(tmp.path().string()));
    CHECK(ProgressStore::default_path() == tmp.path() / "effleur" / "effleur.sqlite");
}

TEST_CASE("attempts round-trip with every field", "[storage]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    std::string error;
    auto store = opened(ProgressStore::open(file), error);
    REQUIRE(store);

    auto order = attempt("classic-back", quiz::Kind::Order, 2, 0.9, {"rubbing-spine"});
    auto next = attempt("classic-back", quiz::Kind::Next, 1, 0.5, {"b", "a", "c"});
    next.stage = 2;
    next.seed = std::numeric_limits<std::uint64_t>::max(); // the top bit survives
    auto line = attempt("plastic-facial", quiz::Kind::Line, 3, 1.0);
    REQUIRE(succeeded(store->record(order), error));
    REQUIRE(succeeded(store->record(next), error));
    REQUIRE(succeeded(store->record(line), error));
    CHECK(order.id > 0);
    CHECK(next.id > order.id);

    const auto check = [&](const ProgressStore& s) {
        const auto back = s.attempts("classic-back");
        REQUIRE(back.size() == 2);
        // Oldest first, whatever the order of recording.
        CHECK(back[0].id == next.id);
        CHECK(back[0].kind == quiz::Kind::Next);
        CHECK(back[0].stage == std::optional<std::size_t>(2));
        CHECK(back[0].seed == std::numeric_limits<std::uint64_t>::max());
        CHECK(back[0].score == 0.5);
        CHECK(back[0].questions == 10);
        CHECK(back[0].missed == std::vector<std::string>{"b", "a", "c"}); // order kept
        CHECK(back[0].at == next.at);
        CHECK(back[0].took == milliseconds(95'500));
        CHECK(back[1].id == order.id);
        CHECK_FALSE(back[1].stage);
        CHECK(back[1].missed == std::vector<std::string>{"rubbing-spine"});
        CHECK(s.attempts("plastic-facial").size() == 1);
        CHECK(s.attempts("plastic-facial")[0].missed.empty());
        CHECK(s.attempts("unknown").empty());
    };
    check(*store);
    store.reset();
    // And after the app is closed and started again.
    auto reopened = opened(ProgressStore::open(file), error);
    REQUIRE(reopened);
    check(*reopened);
}

TEST_CASE("a record that fails mid-way leaves nothing behind", "[storage]") {
    TempFolder tmp;
    const auto file = tmp.file("effleur.sqlite");
    std::string error;
    auto store = opened(ProgressStore::open(file), error);
    REQUIRE(store);
    // The attempt row goes in; its second missed step (an empty id) is refused by the schema.
    auto broken = attempt("classic-back", quiz::Kind::Order, 1, 0.7, {"rubbing-spine", ""});
    CHECK_FALSE(succeeded(store->record(broken), error));
    CHECK_FALSE(error.empty());
    CHECK(broken.id == 0);
    CHECK(store->attempts("classic-back").empty());
    {
        auto raw = opened(Database::open(file, schema_migrations()), error);
        REQUIRE(raw);
        CHECK(value_of(*raw, "SELECT count(*) FROM attempts").toInt() == 0);
        CHECK(value_of(*raw, "SELECT count(*) FROM attempt_missed").toInt() == 0);
    }
    // The connection is not left inside a transaction: the next record works.
    auto good = attempt("classic-back", quiz::Kind::Order, 2, 0.8, {"rubbing-spine"});
    REQUIRE(succeeded(store->record(good), error));
    CHECK(store->attempts("classic-back").size() == 1);
}

TEST_CASE("an attempt with an impossible score or no protocol is refused", "[storage]") {
    TempFolder tmp;
    std::string error;
    auto store = opened(ProgressStore::open(tmp.file("effleur.sqlite")), error);
    REQUIRE(store);
    auto over = attempt("classic-back", quiz::Kind::Order, 1, 1.5);
    CHECK_FALSE(succeeded(store->record(over), error));
    auto nan =
        attempt("classic-back", quiz::Kind::Order, 1, std::numeric_limits<double>::quiet_NaN());
    CHECK_FALSE(succeeded(store->record(nan), error));
    auto nameless = attempt("", quiz::Kind::Order, 1, 0.5);
    CHECK_FALSE(succeeded(store->record(nameless), error));
    CHECK(store->attempts("classic-back").empty());
}
