#include "app/offscreen.h"

#include "ui/common/translations.h"

namespace effleur::app {

OffscreenApp::OffscreenApp(const std::string& language) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    app_ = std::make_unique<QGuiApplication>(argc_, argv_);
    // The interface words (and their plural forms) in the language asked for.
    ui::install_translations(*app_, QString::fromStdString(language));
}

OffscreenApp::~OffscreenApp() = default;

print::Paper paper_named(const std::string& word) {
    if (word == "a4")
        return print::Paper::A4;
    if (word == "letter")
        return print::Paper::Letter;
    return print::default_paper();
}

} // namespace effleur::app
