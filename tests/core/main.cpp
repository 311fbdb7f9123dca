// The core tests' main: Catch2, run in a temporary home (support/privatehome.h).

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "../support/privatehome.h"

int main(int argc, char** argv) {
    const effleur::test::PrivateHome home;
    return Catch::Session().run(argc, argv);
}
