// effleur journal list|show|export|backup|restore|pdf|course-pdf: the session journal for scripts
// and for checking, a session's summary and a client's course sheets on paper. The output of --json
// is described in docs/journal.md.

#include "app/journalverbs.h"

#include "app/context.h"
#include "app/offscreen.h"
#include "core/diagnostic.h"
#include "print/coursesheet.h"
#include "print/sessionsummary.h"
#include "storage/coursestore.h"
#include "storage/journalexport.h"
#include "storage/journalstore.h"
#include "ui/common/atomicsave.h"
#include "ui/common/words.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace effleur::app {

namespace {

using storage::JournalStore;

std::unique_ptr<JournalStore> open_journal(const JournalOptions& o) {
    const auto file = o.database.empty() ? JournalStore::default_path() : o.database;
    auto store = JournalStore::open(file);
    if (!store) {
        for (const Diagnostic& d : store.errors())
            std::cerr << "effleur journal: " << d.message << '\n';
        return nullptr;
    }
    return std::move(store.value());
}

std::string minutes(std::chrono::milliseconds ms) {
    const auto s = std::chrono::duration_cast<std::chrono::seconds>(ms).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld:%02lld", static_cast<long long>(s / 60),
                  static_cast<long long>(s % 60));
    return buf;
}

std::string day_text(const storage::SessionSummary& s) {
    if (s.day)
        return " day " + std::to_string(*s.day);
    if (s.stage)
        return " stage " + std::to_string(*s.stage + 1);
    return {};
}

// Writes `text` to `file` whole or not at all (a temporary file beside it, then a rename); a new
// file is the user's alone from its first byte, as it holds clients' health data.
bool write_file(const std::filesystem::path& file, const std::string& text) {
    const Status saved =
        ui::save_atomically(QFile::decodeName(file.c_str()),
                            QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    if (!saved) {
        std::cerr << "effleur journal: " << printable(saved.message()) << '\n';
        return false;
    }
    return true;
}

std::vector<storage::SessionSummary> listed(const JournalStore& store, const JournalOptions& o) {
    storage::JournalQuery q;
    q.limit = 1000000;
    if (!o.client.empty()) {
        const auto clients = store.clients(o.client);
        if (clients.empty())
            return {};
        std::vector<storage::SessionSummary> all;
        for (const storage::Client& c : clients) {
            q.client = c.id;
            auto part = store.search(q);
            all.insert(all.end(), part.begin(), part.end());
        }
        return all;
    }
    return store.search(q);
}

int list(const JournalOptions& o) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    const auto sessions = listed(*store, o);
    if (o.json) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto& s : sessions)
            j.push_back(storage::to_json(s));
        std::cout << j.dump(2) << '\n';
        return exit_ok;
    }
    for (const auto& s : sessions) {
        std::cout << s.id << "  " << storage::utc_text(s.started).substr(0, 16) << "  "
                  << s.client_name << "  " << s.protocol_id << day_text(s) << "  "
                  << (s.active ? minutes(*s.active) : std::string("-")) << "/" << minutes(s.planned)
                  << "  " << storage::to_string(s.outcome);
        if (!s.note_line.empty())
            std::cout << "  " << s.note_line;
        std::cout << '\n';
    }
    std::cout << sessions.size() << (sessions.size() == 1 ? " session" : " sessions") << '\n';
    return exit_ok;
}

int show(const JournalOptions& o) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    const auto r = store->session(o.session);
    if (!r) {
        std::cerr << "effleur journal: no session " << o.session << '\n';
        return exit_failure;
    }
    if (o.json) {
        std::cout << storage::to_json(*r).dump(2) << '\n';
        return exit_ok;
    }
    const auto& s = r->summary;
    std::cout << "Session " << s.id << ": " << s.client_name << ", " << s.protocol_title
              << day_text(s) << " (" << s.protocol_id << " v" << r->protocol_version << ")\n"
              << "Started " << storage::utc_text(s.started) << ", "
              << storage::to_string(s.outcome);
    if (!s.end_reason.empty()) // a reason's code in words; free text as it is
        std::cout << " (" << ui::Words::stop_reason(s.end_reason).toStdString() << ")";
    std::cout << "; " << (s.active ? minutes(*s.active) : std::string("-")) << " of "
              << minutes(s.planned) << " planned\n";
    std::cout << "Checklist: " << s.verdict << '\n';
    for (const GateAnswer& a : r->gate.answers) {
        std::cout << "  " << a.text << ": "
                  << (a.answer == Answer::Yes  ? "yes"
                      : a.answer == Answer::No ? "no"
                                               : "-");
        if (a.acknowledged)
            std::cout << " (acknowledged" << (a.note.empty() ? "" : ": " + a.note) << ")";
        std::cout << '\n';
    }
    std::cout << "Steps:\n";
    for (const auto& p : storage::part_runs(r->events)) {
        std::cout << "  " << p.stage + 1 << "." << p.step + 1 << " " << p.step_title;
        if (!p.side.empty())
            std::cout << " (" << p.side << ")";
        std::cout << "  " << minutes(p.real) << " of " << minutes(p.planned);
        if (p.extended.count() != 0)
            std::cout << ", extended " << minutes(p.extended);
        if (p.ended_by == "next")
            std::cout << ", skipped";
        else if (p.ended_by == "back")
            std::cout << ", went back";
        std::cout << '\n';
    }
    for (const auto& n : r->notes) {
        std::cout << (n.amends ? "Amendment " : "Note ") << storage::utc_text(n.written) << ":";
        for (const auto& [label, value] :
             {std::pair{"felt", &n.felt}, std::pair{"pressure", &n.pressure},
              std::pair{"findings", &n.findings}, std::pair{"advice", &n.advice},
              std::pair{"plan", &n.plan}}) {
            if (!value->empty())
                std::cout << "\n  " << label << ": " << *value;
        }
        std::cout << '\n';
    }
    for (const auto& m : r->marks)
        std::cout << "Mark on " << m.diagram << ": " << m.kind << " " << m.label << '\n';
    return exit_ok;
}

int export_(const JournalOptions& o) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    const auto sessions = listed(*store, o);
    if (!o.csv.empty()) {
        if (!write_file(o.csv, storage::sessions_csv(sessions)))
            return exit_failure;
        std::filesystem::path steps = o.csv;
        steps.replace_extension();
        steps += "-steps.csv";
        if (!write_file(steps, storage::steps_csv(*store, sessions)))
            return exit_failure;
        std::cout << "wrote " << o.csv.string() << " (" << sessions.size() << " sessions) and "
                  << steps.string() << '\n';
        return exit_ok;
    }
    nlohmann::ordered_json j;
    j["format"] = "effleur-journal";
    j["version"] = 1;
    nlohmann::ordered_json clients = nlohmann::ordered_json::array();
    for (const auto& c : store->clients(o.client))
        clients.push_back(storage::client_record_json(*store, c.id));
    j["clients"] = std::move(clients);
    if (!write_file(o.json_file, j.dump(2) + "\n"))
        return exit_failure;
    std::cout << "wrote " << o.json_file.string() << " (" << j["clients"].size()
              << (j["clients"].size() == 1 ? " client" : " clients") << ")\n";
    return exit_ok;
}

int backup(const JournalOptions& o) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    if (auto done = store->backup_to(o.file); !done) {
        std::cerr << "effleur journal: " << done.errors().front().message << '\n';
        return exit_failure;
    }
    std::cout << "wrote " << o.file.string() << " (" << store->session_count() << " sessions)\n";
    return exit_ok;
}

int restore(const JournalOptions& o) {
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    if (auto done = store->restore_from(o.file); !done) {
        std::cerr << "effleur journal: " << done.errors().front().message << '\n';
        return exit_failure;
    }
    std::cout << "restored " << o.file.string() << " (" << store->session_count()
              << " sessions); the journal as it was is kept as " << store->file().string()
              << ".before-restore\n";
    return exit_ok;
}

// The session's summary as a PDF, painted offscreen (no display needed). The diagrams of its
// marks come from the protocol library's catalogue; without it the marks are listed alone.
int pdf(const JournalOptions& o) {
    const OffscreenApp app(o.language);
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    const auto r = store->session(o.session);
    if (!r) {
        std::cerr << "effleur journal: no session " << o.session << '\n';
        return exit_failure;
    }
    auto ctx = make_context();
    if (!ctx)
        std::cerr << "effleur journal: the diagrams cannot be loaded; the marks are listed "
                     "without them\n";
    const Catalog* catalog = ctx ? &ctx.value().loader->catalog() : nullptr;
    const print::Paper paper = paper_named(o.paper);
    print::SummaryOptions summary;
    summary.language = o.language;
    if (const Status written = print::write_summary_pdf(QString::fromStdString(o.out.string()), *r,
                                                        catalog, paper, o.pdfa, summary);
        !written) {
        std::cerr << "effleur journal: " << written.message() << '\n';
        return exit_failure;
    }
    std::cout << "wrote " << o.out.string() << (o.pdfa ? " (PDF/A-1b)" : "") << '\n';
    return exit_ok;
}

// The client's course sheets (their latest course of each protocol, or of --protocol), each on a
// page of its own. The client is their number, or a name that finds exactly one client.
int course_pdf(const JournalOptions& o) {
    const OffscreenApp app(o.language);
    auto store = open_journal(o);
    if (!store)
        return exit_failure;
    std::optional<storage::Client> client;
    if (!o.client.empty() && o.client.find_first_not_of("0123456789") == std::string::npos &&
        o.client.size() < 18)
        client = store->client(std::stoll(o.client));
    if (!client) {
        auto found = store->clients(o.client);
        // A name written in full wins over the names that merely contain it.
        const auto exact = std::find_if(found.begin(), found.end(), [&](const storage::Client& c) {
            return QString::fromStdString(c.name).compare(QString::fromStdString(o.client),
                                                          Qt::CaseInsensitive) == 0;
        });
        if (exact != found.end())
            client = *exact;
        else if (found.size() == 1)
            client = found.front();
        else if (found.empty()) {
            std::cerr << "effleur journal: no client \"" << o.client << "\"\n";
            return exit_failure;
        } else {
            std::cerr << "effleur journal: " << found.size() << " clients match \"" << o.client
                      << "\"; give the client's number (effleur journal list)\n";
            return exit_failure;
        }
    }
    auto ctx = make_context();
    if (!ctx) {
        for (const auto& d : ctx.errors())
            std::cerr << "effleur journal: " << d.to_string() << '\n';
        return exit_failure;
    }
    const AppContext& context = ctx.value();
    const storage::ProtocolLookup lookup = [&](std::string_view id) {
        std::ostringstream ignored;
        return resolve_protocol(context, std::string(id), ignored);
    };
    storage::CourseStore courses(*store);
    const auto latest =
        courses.latest_courses(client->id, lookup, local_date(std::chrono::system_clock::now()));
    std::vector<const storage::ClientCourse*> chosen;
    for (const auto& c : latest)
        if (o.protocol.empty() || c.protocol->id == o.protocol)
            chosen.push_back(&c);
    if (chosen.empty()) {
        std::cerr << "effleur journal: " << client->name << " has no course"
                  << (o.protocol.empty() ? std::string() : " of " + o.protocol) << '\n';
        return exit_failure;
    }
    const print::Paper paper = paper_named(o.paper);
    if (const Status written =
            print::write_course_sheets_pdf(QString::fromStdString(o.out.string()), chosen, paper);
        !written) {
        std::cerr << "effleur journal: " << written.message() << '\n';
        return exit_failure;
    }
    std::cout << "wrote " << o.out.string() << " (" << chosen.size()
              << (chosen.size() == 1 ? " course" : " courses") << ")\n";
    return exit_ok;
}

} // namespace

int run_journal(int argc, char** argv, const JournalOptions& options) {
    // A summary is painted: it needs a QGuiApplication rather than the core one.
    if (options.verb == "pdf")
        return pdf(options);
    if (options.verb == "course-pdf")
        return course_pdf(options);
    // QtSql loads its SQLite driver as a plugin, which needs an application object.
    QCoreApplication app(argc, argv);
    if (options.verb == "list")
        return list(options);
    if (options.verb == "show")
        return show(options);
    if (options.verb == "export")
        return export_(options);
    if (options.verb == "backup")
        return backup(options);
    if (options.verb == "restore")
        return restore(options);
    return exit_usage; // the parser knows no other verb
}

} // namespace effleur::app
