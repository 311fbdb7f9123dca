// effleur gate: opens the contraindication gate for a protocol. On "Start session" the gate's
// record goes to stdout as JSON (for the journal, or for a look at what is recorded). The
// answers are health data: they go to stdout only, never to the log.

#include "app/commands.h"
#include "app/gui.h"
#include "core/gate.h"
#include "ui/common/translations.h"
#include "ui/gate/gatedialog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>
#include <string>

namespace effleur::app {

int cmd_gate(const AppContext& ctx, const GateOptions& o) {
    const auto protocol = resolve_protocol(ctx, o.protocol, std::cerr);
    if (!protocol)
        return exit_failure;
    std::optional<std::size_t> stage;
    if (o.stage) {
        if (static_cast<std::size_t>(*o.stage) > protocol->stages.size()) {
            std::cerr << "effleur gate: " << protocol->id << " has " << protocol->stages.size()
                      << " stage(s), not " << *o.stage << '\n';
            return exit_usage;
        }
        stage = static_cast<std::size_t>(*o.stage - 1);
    }

    int argc = 1;
    char name[] = "effleur";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    set_application_identity();
    set_window_icon();
    // The checklist's words (and their plural forms) in the language asked for.
    ui::install_translations(app, QString::fromStdString(ctx.language));
    if (o.dark) {
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
    return result == ui::GateDialog::choose_another_protocol ? exit_gate_choose_another
                                                             : exit_gate_closed;
}

} // namespace effleur::app
