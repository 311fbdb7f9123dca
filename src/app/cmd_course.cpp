// effleur course due|show|export: clients' courses from the journal, with the protocols' plans.
// The JSON is described in docs/journal.md.
//
//   effleur course due [--json] [--today YYYY-MM-DD]
//   effleur course show CLIENT [--json] [--today YYYY-MM-DD]
//   effleur course export --ics FILE [--client NAME] [--today YYYY-MM-DD]
// Every verb takes --database FILE. Exit codes: 0, 1 (the journal or the file could not be read
// or written, or no such client), 2 (usage).

#include "app/commands.h"
#include "app/context.h"
#include "app/journalverbs.h"

#include "core/course.h"
#include "storage/coursestore.h"
#include "storage/journalstore.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace effleur::app {

namespace {

using nlohmann::ordered_json;

std::string next_words(const CourseStatus& st) {
    if (!st.next)
        return "nothing planned";
    PlannedSession p;
    p.slot = *st.next;
    if (!st.upcoming.empty())
        p = st.upcoming.front();
    if (p.next_course)
        return "a new course";
    if (p.maintenance)
        return "maintenance";
    if (p.slot.day)
        return "day " + std::to_string(*p.slot.day) + " of procedure " +
               std::to_string(p.slot.session);
    return "session " + std::to_string(p.slot.session);
}

std::string_view kind_of(const PlannedSession& p) {
    return p.next_course ? "next-course" : p.maintenance ? "maintenance" : "course";
}

ordered_json slot_json(const PlannedSession& p, const Protocol& protocol) {
    ordered_json j;
    j["kind"] = kind_of(p);
    j["session"] = p.slot.session;
    j["day"] = p.slot.day ? ordered_json(*p.slot.day) : ordered_json(nullptr);
    const auto stage = p.slot.day ? stage_of_day(protocol, *p.slot.day) : std::nullopt;
    j["stage"] = stage ? ordered_json(*stage) : ordered_json(nullptr);
    j["date"] = to_iso(p.date);
    j["moved"] = p.moved;
    j["reason"] = p.reason;
    return j;
}

ordered_json course_json(const storage::ClientCourse& c, Date today, bool whole,
                         const std::string& lang) {
    const CourseStatus& st = c.status;
    ordered_json j;
    j["course"] = c.row.id;
    j["client"] = {{"id", c.row.client}, {"name", c.client_name}};
    j["protocol"] = {{"id", c.protocol->id}, {"title", c.protocol->title.get(lang)}};
    j["phase"] = to_string(st.phase);
    j["when"] = to_string(due_when(st, today));
    j["due"] = st.due ? ordered_json(to_iso(*st.due)) : ordered_json(nullptr);
    j["due_by"] = st.due_by ? ordered_json(to_iso(*st.due_by)) : ordered_json(nullptr);
    j["next"] =
        st.upcoming.empty() ? ordered_json(nullptr) : slot_json(st.upcoming.front(), *c.protocol);
    j["done"] = st.done;
    j["maintenance_done"] = st.maintenance_done;
    j["planned"] = st.planned ? ordered_json({{"min", st.planned->min}, {"max", st.planned->max}})
                              : ordered_json(nullptr);
    j["done_text"] = done_text(st, *c.protocol);
    ordered_json findings = ordered_json::array();
    for (const Finding& f : st.findings)
        findings.push_back({{"kind", to_string(f.kind)},
                            {"date", to_iso(f.date)},
                            {"days", f.days},
                            {"session", f.session},
                            {"day", f.day ? ordered_json(*f.day) : ordered_json(nullptr)},
                            {"planned", f.planned},
                            {"text", f.text}});
    j["findings"] = findings;
    if (!whole)
        return j;
    j["started"] = to_iso(c.row.started);
    j["ended"] =
        c.row.ended
            ? ordered_json({{"date", to_iso(c.row.ended->date)}, {"reason", c.row.ended->reason}})
            : ordered_json(nullptr);
    j["last"] = st.last ? ordered_json(to_iso(*st.last)) : ordered_json(nullptr);
    ordered_json sessions = ordered_json::array();
    for (const CourseSession& s : c.input.sessions)
        sessions.push_back(
            {{"date", to_iso(s.date)}, {"day", s.day ? ordered_json(*s.day) : ordered_json()}});
    j["sessions"] = sessions;
    ordered_json upcoming = ordered_json::array();
    for (const PlannedSession& p : st.upcoming)
        upcoming.push_back(slot_json(p, *c.protocol));
    j["upcoming"] = upcoming;
    return j;
}

std::unique_ptr<storage::JournalStore> open_journal(const CourseOptions& o) {
    const auto file = o.database.empty() ? storage::JournalStore::default_path() : o.database;
    auto store = storage::JournalStore::open(file);
    if (!store) {
        for (const Diagnostic& d : store.errors())
            std::cerr << "effleur course: " << printable(d.message) << '\n';
        return nullptr;
    }
    return std::move(store.value());
}

storage::ProtocolLookup lookup_of(const AppContext& ctx) {
    auto library =
        std::make_shared<std::vector<LibraryEntry>>(scan_library(*ctx.loader, ctx.folders));
    return [library](std::string_view id) -> std::shared_ptr<const Protocol> {
        for (const LibraryEntry& e : *library)
            if (e.protocol && e.protocol->id == id)
                return e.protocol;
        return nullptr;
    };
}

int due(const AppContext& ctx, const CourseOptions& o, Date today) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    storage::CourseStore courses(*store);
    auto all = courses.latest_courses(std::nullopt, lookup_of(ctx), today);
    std::erase_if(all, [&](const storage::ClientCourse& c) {
        const DueWhen w = due_when(c.status, today);
        return w != DueWhen::Overdue && w != DueWhen::Today && w != DueWhen::ThisWeek;
    });
    auto rank = [&](const storage::ClientCourse& c) {
        const DueWhen w = due_when(c.status, today);
        return w == DueWhen::Overdue ? 0 : w == DueWhen::Today ? 1 : 2;
    };
    std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return *a.status.due < *b.status.due;
    });
    if (o.json) {
        ordered_json j = ordered_json::array();
        for (const auto& c : all)
            j.push_back(course_json(c, today, false, ctx.language));
        std::cout << j.dump(2) << '\n';
        return exit_ok;
    }
    for (const auto& c : all) {
        const DueWhen w = due_when(c.status, today);
        const char* when = w == DueWhen::Overdue ? "overdue  "
                           : w == DueWhen::Today ? "today    "
                                                 : "this week";
        std::cout << when << "  " << to_iso(*c.status.due) << "  " << printable(c.client_name)
                  << "  " << c.protocol->id << "  " << next_words(c.status);
        if (!c.status.findings.empty())
            std::cout << "  (" << printable(c.status.findings.back().text) << ")";
        std::cout << '\n';
    }
    std::cout << all.size() << " due by " << to_iso(today + std::chrono::days{6}) << '\n';
    return exit_ok;
}

// The clients whose name contains `name`; an error when none.
std::vector<storage::Client> clients_named(const storage::JournalStore& store,
                                           const std::string& name) {
    auto found = store.clients(name);
    if (found.empty())
        std::cerr << "effleur course: no client named \"" << printable(name) << "\"\n";
    return found;
}

int show(const AppContext& ctx, const CourseOptions& o, Date today) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    const auto clients = clients_named(*store, o.client);
    if (clients.empty())
        return exit_failure;
    storage::CourseStore courses(*store);
    const auto lookup = lookup_of(ctx);
    ordered_json j = ordered_json::array();
    for (const storage::Client& client : clients) {
        const auto all = courses.latest_courses(client.id, lookup, today);
        if (o.json) {
            for (const auto& c : all)
                j.push_back(course_json(c, today, true, ctx.language));
            continue;
        }
        std::cout << printable(client.name) << '\n';
        if (all.empty())
            std::cout << "  no course\n";
        for (const auto& c : all) {
            std::cout << "  " << c.protocol->id << ": " << done_text(c.status, *c.protocol)
                      << ", started " << to_iso(c.row.started);
            if (c.row.ended)
                std::cout << ", ended early " << to_iso(c.row.ended->date);
            std::cout << '\n';
            if (c.status.due)
                std::cout << "    next: " << next_words(c.status) << ", due "
                          << to_iso(*c.status.due) << " (" << to_string(due_when(c.status, today))
                          << ")\n";
            for (const Finding& f : c.status.findings)
                std::cout << "    - " << printable(f.text) << '\n';
            for (const PlannedSession& p : c.status.upcoming) {
                CourseStatus one = c.status;
                one.upcoming = {p};
                std::cout << "    planned " << to_iso(p.date) << "  " << next_words(one);
                if (p.moved)
                    std::cout << "  (moved" << (p.reason.empty() ? "" : ": ") << printable(p.reason)
                              << ")";
                std::cout << '\n';
            }
        }
    }
    if (o.json)
        std::cout << j.dump(2) << '\n';
    return exit_ok;
}

int export_ics(const AppContext& ctx, const CourseOptions& o, Date today) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    std::vector<std::int64_t> ids;
    if (!o.client.empty()) {
        const auto clients = clients_named(*store, o.client);
        if (clients.empty())
            return exit_failure;
        for (const auto& c : clients)
            ids.push_back(c.id);
    }
    storage::CourseStore courses(*store);
    const auto lookup = lookup_of(ctx);
    std::vector<CalendarEvent> events;
    auto add = [&](const std::vector<storage::ClientCourse>& all) {
        for (const auto& c : all) {
            if (c.status.phase == CoursePhase::Over)
                continue;
            auto more = calendar_events(c.status, *c.protocol, c.client_name,
                                        "course-" + std::to_string(c.row.id));
            events.insert(events.end(), more.begin(), more.end());
        }
    };
    if (ids.empty())
        add(courses.latest_courses(std::nullopt, lookup, today));
    for (const std::int64_t id : ids)
        add(courses.latest_courses(id, lookup, today));
    const std::string text = to_icalendar(events, std::chrono::system_clock::now());
    std::filesystem::path temp = o.ics;
    temp += ".partial";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::cerr << "effleur course: cannot write " << printable(o.ics.string()) << '\n';
            std::error_code ec;
            std::filesystem::remove(temp, ec);
            return exit_failure;
        }
    }
    std::error_code ec;
    std::filesystem::permissions(
        temp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    std::filesystem::rename(temp, o.ics, ec);
    if (ec) {
        std::cerr << "effleur course: cannot write " << printable(o.ics.string()) << ": "
                  << ec.message() << '\n';
        return exit_failure;
    }
    std::cout << "wrote " << printable(o.ics.string()) << " (" << events.size()
              << (events.size() == 1 ? " planned session" : " planned sessions") << ")\n";
    return exit_ok;
}

} // namespace

int cmd_course(int argc, char** argv, const AppContext& ctx, const CourseOptions& o) {
    // QtSql loads its SQLite driver as a plugin, which needs an application object.
    QCoreApplication app(argc, argv);
    const auto given = date_from_iso(o.today);
    const Date today = given.value_or(local_date(std::chrono::system_clock::now()));
    if (o.verb == "due")
        return due(ctx, o, today);
    if (o.verb == "show")
        return show(ctx, o, today);
    return export_ics(ctx, o, today);
}

} // namespace effleur::app
