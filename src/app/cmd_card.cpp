// effleur card: a protocol's card as a PDF of one or two pages, painted offscreen (no display).

#include "app/commands.h"
#include "print/protocolcard.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <iostream>
#include <optional>

namespace effleur::app {

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

std::string tr(const char* text, const std::string& arg = {}) {
    QString t = QCoreApplication::translate("effleur card", text);
    if (t.contains(QStringLiteral("%1"))) {
        t = t.arg(QString::fromStdString(arg));
    }
    return t.toStdString();
}

struct Options {
    std::string protocol;
    std::string out;
    std::optional<print::Paper> paper;
};

std::optional<Options> parse(const std::vector<std::string>& args) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--out" || a == "--paper") {
            if (i + 1 >= args.size()) {
                std::cerr << "effleur card: " << tr("%1 needs a value", a) << '\n';
                return std::nullopt;
            }
            const std::string& v = args[++i];
            if (a == "--out") {
                o.out = v;
            } else if (v == "a4" || v == "A4") {
                o.paper = print::Paper::A4;
            } else if (v == "letter" || v == "Letter") {
                o.paper = print::Paper::Letter;
            } else {
                std::cerr << "effleur card: " << tr("--paper must be a4 or letter") << '\n';
                return std::nullopt;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            std::cerr << "effleur card: " << tr("unknown option %1", a) << '\n';
            return std::nullopt;
        } else if (o.protocol.empty()) {
            o.protocol = a;
        } else {
            std::cerr << "effleur card: " << tr("one protocol at a time") << '\n';
            return std::nullopt;
        }
    }
    if (o.protocol.empty() || o.out.empty()) {
        return std::nullopt;
    }
    return o;
}

} // namespace

int cmd_card(const AppContext& ctx, const std::vector<std::string>& args) {
    const auto o = parse(args);
    if (!o) {
        std::cerr << tr("usage: effleur card ID|PATH --out FILE.pdf [--paper a4|letter]") << '\n';
        return exit_usage;
    }
    const auto protocol = resolve_protocol(ctx, o->protocol, std::cerr);
    if (!protocol) {
        return exit_invalid;
    }
    // A card never needs a window: painted offscreen whatever the session's display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "effleur";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    const print::Paper paper = o->paper ? *o->paper : print::default_paper();
    if (const Status written = print::write_card_pdf(QString::fromStdString(o->out), *protocol,
                                                     ctx.loader->catalog(), paper);
        !written) {
        std::cerr << "effleur card: " << written.message() << '\n';
        return exit_invalid;
    }
    return exit_ok;
}

} // namespace effleur::app
