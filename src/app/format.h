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

nlohmann::ordered_json list_entry_json(const LibraryEntry& entry);
void print_list_table(std::ostream& out, const std::vector<LibraryEntry>& entries);

nlohmann::ordered_json protocol_json(const Protocol& p, const Catalog& catalog);
void print_protocol(std::ostream& out, const Protocol& p, const Catalog& catalog);

} // namespace effleur::app
