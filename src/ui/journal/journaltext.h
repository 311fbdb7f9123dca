#pragma once
// The journal's records in the words the journal window shows: times in local time and the
// locale's short format, durations as m:ss (h:mm:ss from an hour), outcomes, and a session's
// whole record as plain text. Pure functions over storage's values; nothing here reads the
// store, throws or logs. Every string is plain text, never markup.

#include "storage/journal.h"

#include <QString>

#include <chrono>

namespace effleur::ui::journal_text {

// "02/03/2026 10:00" in the user's locale and time zone.
[[nodiscard]] QString when(storage::WallTime t);
// "10:00", the time of day alone.
[[nodiscard]] QString time_of_day(storage::WallTime t);
// "19:40", "1:05:00".
[[nodiscard]] QString duration(std::chrono::milliseconds d);
// "19:40 of 20:00"; "— of 20:00" when nothing ran.
[[nodiscard]] QString duration_against_plan(const storage::SessionSummary& s);
// "Plastic facial massage", "Kneading… — day 2", "Course — Stage title".
[[nodiscard]] QString protocol_and_day(const storage::SessionSummary& s);
// "finished", "stopped early: <reason>", "interrupted", "blocked: <item>", "running".
// `blocked_item` is the words of the item that stopped a blocked screening.
[[nodiscard]] QString outcome(const storage::SessionSummary& s, const QString& blocked_item = {});
// "clear", "blocked", ...
[[nodiscard]] QString verdict(const std::string& word);
// The words of the checklist item `item` as the record shows it, or `item` itself.
[[nodiscard]] QString item_words(const GateRecord& gate, const std::string& item);
// The session's full record: the checklist's answers, the steps as they ran, pauses, notes and
// their amendments, marks and the procedure's ticks.
[[nodiscard]] QString record(const storage::SessionRecord& r);
// The client's standing notes: contact, date of birth, preferences, allergies, what to avoid.
[[nodiscard]] QString standing_notes(const storage::Client& c);

} // namespace effleur::ui::journal_text
