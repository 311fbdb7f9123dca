// effleur card: a protocol's card as a PDF of one or two pages, painted offscreen (no display).

#include "app/commands.h"
#include "app/offscreen.h"
#include "print/protocolcard.h"

#include <iostream>

namespace effleur::app {

int cmd_card(const AppContext& ctx, const CardOptions& o) {
    const auto protocol = resolve_protocol(ctx, o.protocol, std::cerr);
    if (!protocol) {
        return exit_failure;
    }
    // A card never needs a window: painted offscreen whatever the session's display.
    const OffscreenApp app(ctx.language);
    const print::Paper paper = paper_named(o.paper);
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
