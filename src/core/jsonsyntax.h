#pragma once
// Rewrites nlohmann/json's parse errors into plain words, located at the offending token or
// byte rather than where the lexer happened to stop. Internal to effleur::core.

#include "jsonparser.h"

#include <cstddef>
#include <string_view>

namespace effleur::loading {

struct SyntaxContext {
    std::string_view text;
    std::size_t from = 0;           // a token boundary at or before the offending token
    std::size_t error_end = 0;      // bytes the lexer had read when it gave up
    bool after_open_object = false; // the last token read was '{'
};

// `id` and `what` are those of the library's exception.
JsonSyntaxError describe_syntax_error(const SyntaxContext& context, int id, std::string_view what);

} // namespace effleur::loading
