#pragma once
// The copy of a schema that valijson compiles. Its meaning is the original's; only how valijson
// gets there changes:
//  - a oneOf whose alternatives have disjoint types becomes an anyOf (same meaning, and valijson
//    stops at the first alternative that fits);
//  - unconditional "pattern" and "uniqueItems" move to `sites` (see keywordsites.h);
//  - any left over are guarded so that valijson cannot overflow the stack or take hours.
// Internal to effleur::core. Throws only on allocation failure.

#include "keywordsites.h"

#include <nlohmann/json.hpp>

namespace effleur::loading {

nlohmann::json rewrite_for_valijson(const nlohmann::json& source, KeywordSites& sites);

} // namespace effleur::loading
