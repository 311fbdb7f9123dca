// Loads and validates synthetic protocols, and compares with parsing the same bytes with
// nlohmann/json alone, in the same run. Prints one row per case: one file after another, then the
// library scan (scan_library, on every core, with the warnings a library shows) of the 1,000
// files. Then the time per MiB of formatting and loading two very large files (an object of
// 200,000 members, an array of 400,000 elements) beside a small protocol's, to show that every
// pass is linear in the size of the file.
//
//   effleur_bench_loader [--repeat N]

#include "core/jsonformat.h"
#include "core/loader.h"

#include "../tests/support/largetitle.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string synthetic_protocol(const effleur::Catalog& catalog, int index, int steps) {
    // Lines from the default diagram, cycled, so references really resolve.
    const effleur::Diagram& diagram = catalog.diagrams.front();
    const char* techniques[] = {"stroking", "rubbing", "kneading", "tapping", "vibration"};
    std::ostringstream out;
    out << "{\n  \"$schema\": \"schema/protocol.schema.json\",\n  \"format_version\": 1,\n"
        << "  \"id\": \"bench-" << index << "\",\n  \"version\": 1,\n"
        << "  \"title\": \"Benchmark protocol " << index << "\",\n"
        << "  \"summary\": \"Synthetic protocol for the loader benchmark.\",\n"
        << "  \"regions\": [\"face\"],\n  \"audience\": \"therapist\",\n"
        << "  \"diagrams\": [\"" << diagram.id << "\"],\n"
        << "  \"contraindications\": [{\"kind\": \"absolute\", \"items\": [\""
        << catalog.contraindications.front().id << "\"]}],\n"
        << "  \"defaults\": {\"passes\": 3, \"pass_seconds\": 10, \"suggested\": [\"passes\", "
           "\"pass_seconds\"]},\n"
        << "  \"stages\": [{\"id\": \"session\", \"title\": \"Session\", \"steps\": [\n";
    for (int s = 0; s < steps; ++s) {
        const auto& line = diagram.lines[static_cast<std::size_t>(s) % diagram.lines.size()];
        out << "    {\"id\": \"step-" << s << "\", \"title\": \"Step " << s
            << "\", \"technique\": \"" << techniques[s % 5] << "\", \"depth\": \"superficial\",\n"
            << "     \"instruction\": \"Work along the line slowly and evenly, " << s << ".\",\n"
            << "     \"lines\": [\"" << line.id << "\", {\"line\": \"" << line.id
            << "\", \"direction\": \"reversed\"}], \"side\": \"both\",\n"
            << "     \"cue\": \"Step " << s << "\", \"advance\": \"auto\"}"
            << (s + 1 < steps ? ",\n" : "\n");
    }
    out << "  ]}]\n}\n";
    return out.str();
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double seconds_since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct Row {
    std::string name;
    std::size_t bytes = 0;
    double load_s = 0;
    double load_cpu_s = 0; // the process's CPU time over the same run, all threads
    double parse_s = 0;
};

// Best of `repeat` runs of loading and validating `files`, and of a bare parse of the same bytes.
// How the files are loaded: each with load_file; each with check_file (which adds the
// warnings a library shows); or as one folder, the way the library is (scan_library).
enum class Way { Load, Check, Scan };

Row measure(const effleur::Loader& loader, const std::string& name,
            const std::vector<fs::path>& files, int repeat, Way way = Way::Load) {
    Row row;
    row.name = name;
    row.load_s = 1e30;
    row.parse_s = 1e30;
    for (int r = 0; r < repeat; ++r) {
        auto t0 = Clock::now();
        const std::clock_t cpu0 = std::clock();
        std::size_t ok = 0;
        if (way == Way::Scan) {
            for (const auto& entry : effleur::scan_library(loader, {files.front().parent_path()})) {
                ok += entry.protocol ? 1u : 0u;
            }
        } else if (way == Way::Check) {
            for (const auto& f : files) {
                ok += loader.check_file(f).protocol.ok() ? 1u : 0u;
            }
        } else {
            for (const auto& f : files) {
                ok += loader.load_file(f).ok() ? 1u : 0u;
            }
        }
        if (const double took = seconds_since(t0); took < row.load_s) {
            row.load_s = took;
            row.load_cpu_s = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
        }
        if (ok != files.size()) {
            std::fprintf(stderr, "benchmark protocol failed to load: %s\n", name.c_str());
            for (const auto& f : files) {
                if (const auto failed = loader.load_file(f); !failed) {
                    for (const auto& d : failed.errors()) {
                        std::fprintf(stderr, "  %s\n", d.to_string().c_str());
                    }
                    break;
                }
            }
            std::exit(1);
        }
        t0 = Clock::now();
        std::size_t bytes = 0;
        for (const auto& f : files) {
            const std::string text = read_file(f);
            bytes += text.size();
            const auto doc = nlohmann::json::parse(text);
            if (!doc.is_object()) {
                std::exit(1);
            }
        }
        row.parse_s = std::min(row.parse_s, seconds_since(t0));
        row.bytes = bytes;
    }
    return row;
}

// Milliseconds per MiB of formatting (parse_ordered and canonical_json) and of loading
// (load_text) one text, best of `repeat`.
struct PerMiB {
    std::string name;
    std::size_t bytes = 0;
    double format_ms = 0;
    double load_ms = 0;
};

PerMiB per_mib(const effleur::Loader& loader, const std::string& name, const std::string& text,
               int repeat) {
    PerMiB row{name, text.size(), 1e30, 1e30};
    const double mib = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    for (int r = 0; r < repeat; ++r) {
        auto t0 = Clock::now();
        const auto doc = effleur::parse_ordered(text);
        if (!doc || effleur::canonical_json(doc.value()).empty()) {
            std::fprintf(stderr, "%s does not format\n", name.c_str());
            std::exit(1);
        }
        row.format_ms = std::min(row.format_ms, seconds_since(t0) * 1e3 / mib);
        t0 = Clock::now();
        const auto loaded = loader.load_text(text, name);
        if (!loaded) {
            std::fprintf(stderr, "%s does not load: %s\n", name.c_str(),
                         loaded.errors().front().to_string().c_str());
            std::exit(1);
        }
        row.load_ms = std::min(row.load_ms, seconds_since(t0) * 1e3 / mib);
    }
    return row;
}

// A protocol whose first step works its first line `elements` times.
std::string with_long_array(const std::string& protocol, std::size_t elements) {
    auto doc = nlohmann::ordered_json::parse(protocol);
    auto& lines = doc["stages"][0]["steps"][0]["lines"];
    const auto first = lines[0];
    lines = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < elements; ++i) {
        lines.push_back(first);
    }
    return doc.dump(2);
}

} // namespace

int main(int argc, char** argv) {
    int repeat = 3;
    if (argc == 3 && std::string(argv[1]) == "--repeat") {
        repeat = std::max(1, std::atoi(argv[2]));
    }
    auto loader = effleur::Loader::create(EFFLEUR_PROTOCOLS_DIR);
    if (!loader) {
        for (const auto& d : loader.errors()) {
            std::fprintf(stderr, "%s\n", d.to_string().c_str());
        }
        return 1;
    }
    const fs::path dir =
        fs::temp_directory_path() / ("effleur-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto& catalog = loader.value()->catalog();

    std::vector<fs::path> files;
    for (int i = 0; i < 1000; ++i) {
        files.push_back(dir / ("bench-" + std::to_string(i) + ".json"));
        std::ofstream(files.back()) << synthetic_protocol(catalog, i, 100);
    }
    fs::create_directories(dir / "big"); // not in the library scanned below
    const fs::path big = dir / "big" / "bench-big.json";
    std::ofstream(big) << synthetic_protocol(catalog, 100000, 10000);

    std::printf("Loader benchmark: load + validate vs nlohmann::json::parse of the same bytes "
                "(best of %d)\n\n",
                repeat);
    std::printf("%-34s %6s %10s %10s %10s %8s\n", "case", "MiB", "load ms", "(CPU ms)", "parse ms",
                "ratio");
    std::vector<Row> rows;
    for (std::size_t n : {1u, 10u, 100u, 1000u}) {
        const std::vector<fs::path> subset(files.begin(),
                                           files.begin() + static_cast<std::ptrdiff_t>(n));
        rows.push_back(
            measure(*loader.value(), std::to_string(n) + " x 100 steps", subset, repeat));
    }
    rows.push_back(measure(*loader.value(), "1 x 10,000 steps", {big}, repeat));
    rows.push_back(measure(*loader.value(), "1000 checked one by one", files, repeat, Way::Check));
    rows.push_back(measure(*loader.value(),
                           "library scan of 1000, " +
                               std::to_string(std::thread::hardware_concurrency()) + " threads",
                           files, repeat, Way::Scan));
    for (const auto& r : rows) {
        std::printf("%-34s %6.2f %10.2f %10.2f %10.2f %7.2fx\n", r.name.c_str(),
                    static_cast<double>(r.bytes) / (1024.0 * 1024.0), r.load_s * 1e3,
                    r.load_cpu_s * 1e3, r.parse_s * 1e3, r.load_s / r.parse_s);
    }

    std::printf("\nVery large files: ms per MiB, beside a protocol of 100 steps (best of %d)\n\n",
                repeat);
    std::printf("%-34s %6s %12s %12s\n", "case", "MiB", "format", "load");
    const std::string small = read_file(files.front());
    std::vector<PerMiB> large;
    large.push_back(per_mib(*loader.value(), "1 x 100 steps", small, repeat));
    large.push_back(per_mib(*loader.value(), "title of 200,000 translations",
                            effleur::test::with_large_title(small, 200'000, "Large", 2), repeat));
    large.push_back(per_mib(*loader.value(), "a step of 400,000 lines",
                            with_long_array(small, 400'000), repeat));
    for (const auto& r : large) {
        std::printf("%-34s %6.2f %9.1f ms %9.1f ms\n", r.name.c_str(),
                    static_cast<double>(r.bytes) / (1024.0 * 1024.0), r.format_ms, r.load_ms);
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
