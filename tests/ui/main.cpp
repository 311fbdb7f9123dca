// The ui tests' main: Catch2 inside a QApplication (offscreen: CTest sets QT_QPA_PLATFORM).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "../support/privatehome.h"
#include "ui/common/translations.h"

#include <QApplication>

int main(int argc, char** argv) {
    const effleur::test::PrivateHome home;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    effleur::ui::install_translations(app);
    return Catch::Session().run(argc, argv);
}
