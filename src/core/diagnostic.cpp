#include "diagnostic.h"

namespace effleur {

std::string Diagnostic::to_string() const {
    // Compilers and editors jump to "file:line:col:"; leave out whatever is unknown rather
    // than printing zeros.
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) {
            out += ':' + std::to_string(column);
        }
    }
    if (!out.empty()) {
        out += ": ";
    }
    if (!pointer.empty()) {
        out += pointer;
        out += ": ";
    }
    if (severity == Severity::Warning) {
        out += "warning: ";
    }
    out += message;
    return out;
}

} // namespace effleur
