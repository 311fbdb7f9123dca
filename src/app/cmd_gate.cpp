// effleur gate: opens the contraindication gate for a protocol. On "Start session" the gate's
// record goes to stdout as JSON (for the journal, or for a look at what is recorded). The
// answers are health data: they go to stdout only, never to the log.

#include "app/commands.h"
#include "app/gui.h"
#include "core/gate.h"
#include "ui/gate/gatedialog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

#include <nlohmann/json.hpp>

#include <charconv>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

namespace effleur::app {

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;
constexpr int exit_closed = 3;
constexpr int exit_choose_another = 4;
constexpr std::string_view usage = "usage: effleur gate ID|PATH [--stage N] [--theme light|dark]\n";

struct GateArgs {
    std::string protocol;
    std::optional<int> stage; // 1-based
    bool dark = false;
};

std::optional<GateArgs> parse(const std::vector<std::string>& args) {
    GateArgs g;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if ((a == "--stage" || a == "--theme") && i + 1 < args.size()) {
            const std::string& v = args[++i];
            if (a == "--theme") {
                if (v != "light" && v != "dark")
                    break;
                g.dark = v == "dark";
                continue;
            }
            int n = 0;
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
            if (ec != std::errc() || end != v.data() + v.size() || n < 1)
                break;
            g.stage = n;
        } else if (!a.empty() && a[0] != '-' && g.protocol.empty()) {
            g.protocol = a;
        } else {
            g.protocol.clear();
            break;
        }
    }
    if (g.protocol.empty()) {
        std::cerr << usage;
        return std::nullopt;
    }
    return g;
}

} // namespace

int cmd_gate(const AppContext& ctx, const std::vector<std::string>& args) {
    const auto g = parse(args);
    if (!g)
        return exit_usage;
    const auto protocol = resolve_protocol(ctx, g->protocol, std::cerr);
    if (!protocol)
        return exit_invalid;
    std::optional<std::size_t> stage;
    if (g->stage) {
        if (static_cast<std::size_t>(*g->stage) > protocol->stages.size()) {
            std::cerr << "effleur gate: " << protocol->id << " has " << protocol->stages.size()
                      << " stage(s), not " << *g->stage << '\n';
            return exit_usage;
        }
        stage = static_cast<std::size_t>(*g->stage - 1);
    }

    int argc = 1;
    char name[] = "effleur";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    set_application_identity();
    if (g->dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(ui::dark_palette());
    }

    ui::GateDialog dialog(Checklist(protocol, ctx.loader->catalog(), stage));
    const int result = dialog.exec();
    if (result == QDialog::Accepted) {
        if (auto cleared = dialog.take_cleared_gate()) {
            std::cout << gate_record_to_json(cleared->record()).dump(2) << '\n';
            return exit_ok;
        }
    }
    return result == ui::GateDialog::choose_another_protocol ? exit_choose_another : exit_closed;
}

} // namespace effleur::app
