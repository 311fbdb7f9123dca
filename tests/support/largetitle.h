#pragma once
// A protocol far larger than any real one: its title translated into a great many languages. The
// formatting tests and the loader benchmark read, write and load it whole, to show that nothing on
// the way is quadratic in the number of an object's members. Plain C++ and nlohmann/json.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

namespace effleur::test {

// The language codes "aa-AA", "aa-AB", ..., "aa-AZ", "aa-BA", ... in order: the one at `index`
// (below 26^4, where they would repeat).
inline std::string language_code(std::size_t index) {
    std::string code = "aa-AA";
    for (std::size_t place : {4u, 3u, 1u, 0u}) {
        code[place] = static_cast<char>(code[place] + static_cast<char>(index % 26));
        index /= 26;
    }
    return code;
}

// `protocol` (a protocol file's text) with the title {"en": english, "aa-AA": "Title 0",
// "aa-AB": "Title 1", ...}: `members` translations besides the English, in that order. Dumped with
// `indent` as nlohmann/json takes it (-1: all on one line, as a generator might write it).
inline std::string with_large_title(const std::string& protocol, std::size_t members,
                                    const std::string& english, int indent) {
    // Written out by hand: building it as an ordered_json would itself be quadratic.
    const std::string separator =
        indent < 0 ? ", " : ",\n" + std::string(2 * static_cast<std::size_t>(indent), ' ');
    std::string title = "{\"en\": " + nlohmann::json(english).dump();
    for (std::size_t i = 0; i < members; ++i) {
        title += separator + "\"" + language_code(i) + "\": \"Title " + std::to_string(i) + "\"";
    }
    title += "}";
    auto doc = nlohmann::ordered_json::parse(protocol);
    doc["title"] = "TITLE";
    std::string text = doc.dump(indent);
    text.replace(text.find("\"TITLE\""), 7, title);
    return text;
}

} // namespace effleur::test
