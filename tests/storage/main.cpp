// The storage tests' main: Catch2 inside a QCoreApplication, so QtSql finds its driver plugin
// the way the app does, in a temporary home (support/privatehome.h).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "../support/privatehome.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    const effleur::test::PrivateHome home;
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
