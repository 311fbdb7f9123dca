// Every number in a bundled protocol is either the source's own or marked as a suggested default.
//
// The check reads the protocol files as JSON, so that it sees each value where it is written. A
// number is the source's when the cite that covers it (the nearest enclosing object with a
// "cite") quotes it: as a lone number ("Walk twice", "15 minutes"), or, for the "min" and "max"
// of a range, as the matching end of a range in the quote ("10-15 minutes", "ten to fifteen"). A
// single value that is only one end of a range in its quote ("two or three times", "30–60
// seconds") is a choice within that range; so is any value the quote does not give at all. Such a
// value must be named in the "suggested" list of the object that holds it (a step, a defaults
// object, the course), and when it is a choice within a range, the text the user reads must show
// that range.
//
// Not checked, because they are not values of the massage: "format_version" and "version" (the
// file's own revision), the line numbers of a cite, and a stage's "day" (the ordinal of the day of
// a complex, which test_fidelity_face.cpp checks against the source's Day I, II and III).

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

using nlohmann::json;

// What a quote says about numbers: those it gives alone, and the ranges it gives.
struct QuotedNumbers {
    std::set<double> singles;
    std::vector<std::pair<double, double>> ranges;

    [[nodiscard]] bool single(double v) const { return singles.count(v) == 1; }
    [[nodiscard]] bool range_end(double v, bool lower) const {
        return std::any_of(ranges.begin(), ranges.end(),
                           [&](const auto& r) { return (lower ? r.first : r.second) == v; });
    }
    [[nodiscard]] std::optional<std::pair<double, double>> range_with(double v) const {
        for (const auto& r : ranges) {
            if (v >= r.first && v <= r.second)
                return r;
        }
        return std::nullopt;
    }
};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// Reads the numbers of an English quote: digits, number words, "once" and "twice", and two
// idioms of the sources: "every other (day)" is 2 and "a month" is 1 month. Two numbers joined by
// "-", "–", "to" or "or" are a range.
QuotedNumbers numbers_in(const std::string& quote) {
    static const std::map<std::string, double> words{
        {"one", 1},       {"once", 1},     {"two", 2},     {"twice", 2},   {"three", 3},
        {"four", 4},      {"five", 5},     {"six", 6},     {"seven", 7},   {"eight", 8},
        {"nine", 9},      {"ten", 10},     {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
        {"fourteen", 14}, {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
        {"fifty", 50},    {"sixty", 60}};
    std::string text = lower(quote);
    text = replace_all(text, "\u2013", " - "); // en dash
    text = replace_all(text, "\u2014", " - "); // em dash
    text = replace_all(text, "every other", " 2 ");
    text = replace_all(text, " a month", " 1 month");

    struct Token {
        bool number = false;
        double value = 0;
        std::string word;
    };
    std::vector<Token> tokens;
    static const std::regex token_re(R"(\d+(?:\.\d+)?|[a-z]+|-|[^\s])");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), token_re);
         it != std::sregex_iterator(); ++it) {
        const std::string t = it->str();
        Token token;
        if (std::isdigit(static_cast<unsigned char>(t.front()))) {
            token.number = true;
            token.value = std::stod(t);
        } else if (const auto w = words.find(t); w != words.end()) {
            token.number = true;
            token.value = w->second;
        } else {
            token.word = t;
        }
        tokens.push_back(token);
    }

    QuotedNumbers out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].number)
            continue;
        const bool joined =
            i + 2 < tokens.size() && tokens[i + 2].number &&
            (tokens[i + 1].word == "-" || tokens[i + 1].word == "to" || tokens[i + 1].word == "or");
        if (joined) {
            out.ranges.emplace_back(tokens[i].value, tokens[i + 2].value);
            i += 2;
        } else {
            out.singles.insert(tokens[i].value);
        }
    }
    return out;
}

std::string format_number(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

// "2-3" or "2–3": how a text shows a range.
bool shows_range(const std::string& text, std::pair<double, double> r) {
    const std::string a = format_number(r.first);
    const std::string b = format_number(r.second);
    return text.find(a + "-" + b) != std::string::npos ||
           text.find(a + "\u2013" + b) != std::string::npos;
}

std::string text_of(const json& t) {
    if (t.is_string())
        return t.get<std::string>();
    if (t.is_object() && t.contains("en"))
        return t.at("en").get<std::string>();
    return {};
}

struct Finding {
    std::string where;
    std::string problem;
};

struct Counts {
    int sourced = 0;
    int suggested = 0;
};

class NumberCheck {
public:
    NumberCheck(std::string file, const json& doc) : file_(std::move(file)), doc_(doc) {}

    void run() { walk(doc_, "", {}); }
    [[nodiscard]] const std::vector<Finding>& findings() const { return findings_; }
    [[nodiscard]] const Counts& counts() const { return counts_; }

private:
    // One object on the way down, and the key under which the walk left it.
    struct Frame {
        const json* object;
        std::string key;
    };

    void walk(const json& value, const std::string& pointer, std::vector<Frame> frames) {
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                const std::string& key = it.key();
                const json& member = it.value();
                if (frames.empty() && (key == "format_version" || key == "version"))
                    continue;
                if (key == "lines" && value.contains("source"))
                    continue; // a cite's line numbers
                if (key == "day" && value.contains("steps"))
                    continue; // the ordinal of a day of the complex
                auto next = frames;
                next.push_back({&value, key});
                if (member.is_number())
                    check(member.get<double>(), pointer + "/" + key, next);
                else
                    walk(member, pointer + "/" + key, next);
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (value[i].is_number()) {
                    findings_.push_back({file_ + ":" + pointer + "/" + std::to_string(i),
                                         "a number in a list; nothing here says whose it is"});
                } else {
                    walk(value[i], pointer + "/" + std::to_string(i), frames);
                }
            }
        }
    }

    void check(double v, const std::string& pointer, const std::vector<Frame>& frames) {
        const std::string where = file_ + ":" + pointer;
        const std::string& key = frames.back().key;

        // The cite that covers the value: the nearest enclosing object with one.
        std::string quote;
        for (auto f = frames.rbegin(); f != frames.rend(); ++f) {
            if (f->object->contains("cite")) {
                quote = f->object->at("cite").value("quote", std::string());
                break;
            }
        }
        const QuotedNumbers quoted = numbers_in(quote);
        const bool from_source = key == "min"   ? quoted.single(v) || quoted.range_end(v, true)
                                 : key == "max" ? quoted.single(v) || quoted.range_end(v, false)
                                                : quoted.single(v);
        if (from_source) {
            ++counts_.sourced;
            return;
        }

        // Not the source's: the object with the "suggested" list must name it, as "field" or
        // "field.member" (array indices are not named).
        bool marked = false;
        for (std::size_t i = frames.size(); i-- > 0;) {
            const json& owner = *frames[i].object;
            if (!owner.contains("suggested") || !owner.at("suggested").is_array())
                continue;
            std::vector<std::string> path;
            for (std::size_t j = i; j < frames.size(); ++j) {
                if (!frames[j].key.empty())
                    path.push_back(frames[j].key);
            }
            const json& list = owner.at("suggested");
            const auto named = [&](const std::string& name) {
                return std::find(list.begin(), list.end(), name) != list.end();
            };
            marked = named(path.at(0)) || (path.size() > 1 && named(path[0] + "." + path[1]));
            break;
        }
        if (!marked) {
            findings_.push_back(
                {where, format_number(v) + " is not in its cite's quote (\"" + quote +
                            "\") as the source's own value, and is not listed in \"suggested\""});
            return;
        }
        ++counts_.suggested;

        // A choice within a range that the source gives: the text must show the range.
        if (const auto r = quoted.range_with(v)) {
            const std::string texts = visible_text(frames);
            if (!shows_range(texts, *r)) {
                findings_.push_back({where, format_number(v) + " is a choice within the source's " +
                                                format_number(r->first) + "-" +
                                                format_number(r->second) +
                                                ", but the text shown does not give that range"});
            }
        }
    }

    // What the user reads about the value: the step's instruction when it is a step's, else the
    // protocol's rules and summaries.
    [[nodiscard]] std::string visible_text(const std::vector<Frame>& frames) const {
        for (auto f = frames.rbegin(); f != frames.rend(); ++f) {
            if (f->object->contains("technique") && f->object->contains("instruction"))
                return text_of(f->object->at("instruction"));
        }
        std::string out = text_of(doc_.value("summary", json()));
        for (const auto& rule : doc_.value("rules", json::array()))
            out.append("\n").append(text_of(rule));
        for (const auto& stage : doc_.value("stages", json::array()))
            out.append("\n").append(text_of(stage.value("summary", json())));
        return out;
    }

    std::string file_;
    const json& doc_;
    std::vector<Finding> findings_;
    Counts counts_;
};

std::vector<std::filesystem::path> bundled_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(EFFLEUR_PROTOCOLS_DIR)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

json read_json(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE(in.good());
    return json::parse(in);
}

} // namespace

TEST_CASE("the numbers of a quote: lone numbers and ranges", "[fidelity][numbers]") {
    const QuotedNumbers twice = numbers_in("Walk twice in three directions on both sides");
    CHECK(twice.single(2));
    CHECK(twice.single(3));
    CHECK(twice.ranges.empty());

    const QuotedNumbers choice = numbers_in("The techniques need to be done two or three times.");
    CHECK_FALSE(choice.single(3)); // 3 is one end of "two or three", not the source's value
    CHECK(choice.range_end(2, true));
    CHECK(choice.range_end(3, false));
    REQUIRE(choice.range_with(3).has_value());

    const QuotedNumbers seconds = numbers_in("Act on a specific area for 30\u201360 seconds.");
    CHECK_FALSE(seconds.single(45));
    REQUIRE(seconds.range_with(45).has_value());
    CHECK(seconds.range_with(45)->first == 30);
    CHECK(seconds.range_with(45)->second == 60);

    const QuotedNumbers course = numbers_in(
        "a course that consists of ten to fifteen sessions. Basically, the session is carried out "
        "every other day. you need to perform the procedure once or twice a month.");
    CHECK(course.range_end(10, true));
    CHECK(course.range_end(15, false));
    CHECK(course.single(2)); // every other day
    CHECK(course.range_end(1, true));
    CHECK(course.range_end(2, false));

    const QuotedNumbers interval = numbers_in("1-3 procedures with an interval of a month");
    CHECK(interval.single(1));
    CHECK(interval.range_end(3, false));

    CHECK(numbers_in("Plastic facial massage always begins with light strokes.").singles.empty());
    CHECK(shows_range("(30-60 s; the timer uses 45 s)", {30, 60}));
    CHECK(shows_range("30\u201360 s", {30, 60}));
    CHECK_FALSE(shows_range("30 to 60 seconds", {30, 60}));
}

TEST_CASE("a value the source does not give is caught unless it is suggested",
          "[fidelity][numbers]") {
    const json doc = json::parse(R"({
      "format_version": 1, "version": 3, "summary": "s", "rules": [],
      "defaults": {"passes": 3, "cite": {"source": "004", "lines": 72,
                   "quote": "The techniques need to be done two or three times."}},
      "stages": [{"id": "a", "day": 1, "steps": [
        {"technique": "stroking", "instruction": "Stroke.", "passes": 2, "seconds": 20,
         "cite": {"source": "004", "lines": [163, 167], "quote": "Walk twice"},
         "suggested": ["seconds"]},
        {"technique": "breathing", "instruction": "Out for a count of 4-5.",
         "breathing": {"phases": [{"phase": "exhale-belly", "counts": 4}], "rounds": 5},
         "cite": {"source": "001", "lines": 16, "quote": "for a count of 4-5"},
         "suggested": ["breathing.phases"]}
      ]}]
    })");
    NumberCheck check("t.json", doc);
    check.run();
    std::vector<std::string> where;
    for (const auto& f : check.findings())
        where.push_back(f.where);
    // The default 3 of "two or three" is unmarked; the rounds are neither quoted nor marked.
    CHECK(where == std::vector<std::string>{"t.json:/defaults/passes",
                                            "t.json:/stages/0/steps/1/breathing/rounds"});
    CHECK(check.counts().sourced == 1);   // "Walk twice"
    CHECK(check.counts().suggested == 2); // the seconds, and the counts shown as "4-5"
}

TEST_CASE("every number in a bundled protocol is quoted by its cite or listed as suggested",
          "[fidelity][numbers]") {
    const auto files = bundled_files();
    REQUIRE(files.size() == 5u);
    Counts total;
    for (const auto& file : files) {
        INFO(file.filename().string());
        const json doc = read_json(file);
        NumberCheck check(file.filename().string(), doc);
        check.run();
        for (const auto& f : check.findings()) {
            UNSCOPED_INFO(f.where << ": " << f.problem);
        }
        CHECK(check.findings().empty());
        total.sourced += check.counts().sourced;
        total.suggested += check.counts().suggested;
    }
    // The check saw the numbers: both the sources' own (course plans, total times, "twice") and
    // the suggested step timings.
    CHECK(total.sourced >= 15);
    CHECK(total.suggested >= 60);
}
