// Effleur: the command-line verbs, and the desktop app when no verb is given. The command line is
// defined in cli.cpp.

#include "app/cli.h"

int main(int argc, char** argv) {
    return effleur::app::run_command_line(argc, argv);
}
