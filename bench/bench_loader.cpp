// Loads and validates synthetic protocols, and compares with parsing the same bytes with
// nlohmann/json alone, in the same run. Prints one row per case.
//
//   effleur_bench_loader [--repeat N]

#include "core/loader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
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
    double parse_s = 0;
};

// Best of `repeat` runs of loading and validating `files`, and of a bare parse of the same bytes.
Row measure(const effleur::Loader& loader, const std::string& name,
            const std::vector<fs::path>& files, int repeat) {
    Row row;
    row.name = name;
    row.load_s = 1e30;
    row.parse_s = 1e30;
    for (int r = 0; r < repeat; ++r) {
        auto t0 = Clock::now();
        std::size_t ok = 0;
        for (const auto& f : files) {
            ok += loader.load_file(f).ok() ? 1u : 0u;
        }
        row.load_s = std::min(row.load_s, seconds_since(t0));
        if (ok != files.size()) {
            std::fprintf(stderr, "benchmark protocol failed to load: %s\n", name.c_str());
            const auto failed = loader.load_file(files.front());
            for (const auto& d : failed.errors()) {
                std::fprintf(stderr, "  %s\n", d.to_string().c_str());
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
    const fs::path big = dir / "bench-big.json";
    std::ofstream(big) << synthetic_protocol(catalog, 100000, 10000);

    std::printf("Loader benchmark: load + validate vs nlohmann::json::parse of the same bytes "
                "(best of %d)\n\n",
                repeat);
    std::printf("%-28s %10s %12s %12s %8s\n", "case", "MiB", "load ms", "parse ms", "ratio");
    std::vector<Row> rows;
    for (std::size_t n : {1u, 10u, 100u, 1000u}) {
        const std::vector<fs::path> subset(files.begin(),
                                           files.begin() + static_cast<std::ptrdiff_t>(n));
        rows.push_back(
            measure(*loader.value(), std::to_string(n) + " x 100 steps", subset, repeat));
    }
    rows.push_back(measure(*loader.value(), "1 x 10,000 steps", {big}, repeat));
    for (const auto& r : rows) {
        std::printf("%-28s %10.2f %12.2f %12.2f %7.2fx\n", r.name.c_str(),
                    static_cast<double>(r.bytes) / (1024.0 * 1024.0), r.load_s * 1e3,
                    r.parse_s * 1e3, r.load_s / r.parse_s);
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
    return 0;
}
