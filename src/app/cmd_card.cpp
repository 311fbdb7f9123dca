// effleur card: a protocol's card as a PDF of one or two pages, painted offscreen (no display).

#include "app/commands.h"
#include "print/protocolcard.h"
#include "ui/common/translations.h"

#include <QGuiApplication>

#include <iostream>

namespace effleur::app {

int cmd_card(const AppContext& ctx, const CardOptions& o) {
    const auto protocol = resolve_protocol(ctx, o.protocol, std::cerr);
    if (!protocol) {
        return exit_failure;
    }
    // A card never needs a window: painted offscreen whatever the session's display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "effleur";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    // The card's own words (and their plural forms) in the language asked for.
    ui::install_translations(app, QString::fromStdString(ctx.language));
    const print::Paper paper = o.paper == "a4"       ? print::Paper::A4
                               : o.paper == "letter" ? print::Paper::Letter
                                                     : print::default_paper();
    print::CardOptions card;
    card.language = ctx.language;
    if (const Status written = print::write_card_pdf(QString::fromStdString(o.out), *protocol,
                                                     ctx.loader->catalog(), paper, card);
        !written) {
        std::cerr << "effleur card: " << written.message() << '\n';
        return exit_failure;
    }
    return exit_ok;
}

} // namespace effleur::app
