// The storage tests' main: Catch2 inside a QCoreApplication, so QtSql finds its driver plugin
// the way the app does.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
