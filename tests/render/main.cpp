// The render tests' main: Catch2 inside a QGuiApplication, with no widgets at all, so these tests
// also show that effleur::render paints without Qt Widgets (offscreen: CTest sets QT_QPA_PLATFORM).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "../support/privatehome.h"

#include <QGuiApplication>

int main(int argc, char** argv) {
    const effleur::test::PrivateHome home;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
