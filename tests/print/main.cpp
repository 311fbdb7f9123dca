// The print tests' main: Catch2 inside a QGuiApplication with no widgets, so these tests also
// show that effleur::print paints without Qt Widgets (offscreen: CTest sets QT_QPA_PLATFORM).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "../support/privatehome.h"
#include "ui/common/translations.h"

#include <QGuiApplication>

int main(int argc, char** argv) {
    const effleur::test::PrivateHome home;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    effleur::ui::install_translations(app); // the plural forms, as the app has them
    return Catch::Session().run(argc, argv);
}
