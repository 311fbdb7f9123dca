#pragma once
// Text and JSON renderings of protocols for the command line.

#include "core/catalog.h"
#include "core/loader.h"
#include "core/protocol.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace effleur::app {

// "0:45", "14:30", "1:05:00"
std::string format_duration(std::chrono::milliseconds d);
// "2", "2.5"
std::string format_number(double v);

// The protocols' texts in `lang`, English where a text has no translation into it.
nlohmann::ordered_json list_entry_json(const LibraryEntry& entry, const std::string& lang);
void print_list_table(std::ostream& out, const std::vector<LibraryEntry>& entries,
                      const std::string& lang);

nlohmann::ordered_json protocol_json(const Protocol& p, const Catalog& catalog,
                                     const std::string& lang);
void print_protocol(std::ostream& out, const Protocol& p, const Catalog& catalog,
                    const std::string& lang);

} // namespace effleur::app
