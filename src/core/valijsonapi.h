#pragma once
// The valijson headers we use. At -O3, GCC 12 reports a false -Wrestrict inside libstdc++'s
// std::string::replace as inlined from valijson's JSON-pointer code (a known GCC 12 false
// positive, not a problem in either library); it is silenced for these headers only.
// Internal to effleur::core.

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
