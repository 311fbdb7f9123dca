#include "ui/modules/modules.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

#include <spdlog/spdlog.h>

#include <array>
#include <optional>

namespace effleur::ui {

namespace {

struct Slot {
    bool tried = false;
    QObject* instance = nullptr;
};

struct State {
    std::optional<QStringList> dirs; // set by tests
    std::array<Slot, 3> slots;
};

State& state() {
    static State s;
    return s;
}

const char* name_of(Module module) {
    switch (module) {
    case Module::Voice:
        return "effleur-voice";
    case Module::Charts:
        return "effleur-charts";
    case Module::Printing:
        return "effleur-printing";
    }
    return "";
}

// Finds and loads the module's plugin, once; nullptr with one warning when it cannot.
QObject* load(Module module) {
    Slot& slot = state().slots[static_cast<std::size_t>(module)];
    if (slot.tried)
        return slot.instance;
    slot.tried = true;
    const QString file = Modules::file_name(module);
    QStringList reasons;
    for (const QString& dir : Modules::search_dirs()) {
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo(path).isFile())
            continue;
        QPluginLoader loader(path);
        if (QObject* instance = loader.instance()) {
            spdlog::debug("module {} loaded from {}", name_of(module), path.toStdString());
            slot.instance = instance;
            return instance;
        }
        reasons << loader.errorString();
    }
    spdlog::warn("the module {} {}; {}", file.toStdString(),
                 reasons.isEmpty() ? std::string("was not found")
                                   : "could not be loaded (" +
                                         reasons.join(QStringLiteral("; ")).toStdString() + ")",
                 module == Module::Voice    ? "spoken cues and chimes are off"
                 : module == Module::Charts ? "progress charts are not shown"
                                            : "printing is not available");
    return nullptr;
}

} // namespace

VoiceModule* Modules::voice() {
    return qobject_cast<VoiceModule*>(load(Module::Voice));
}

ChartsModule* Modules::charts() {
    return qobject_cast<ChartsModule*>(load(Module::Charts));
}

PrintingModule* Modules::printing() {
    return qobject_cast<PrintingModule*>(load(Module::Printing));
}

QString Modules::file_name(Module module) {
    return QLatin1String(name_of(module)) + QStringLiteral(".so");
}

QStringList Modules::search_dirs() {
    if (state().dirs)
        return *state().dirs;
    QStringList dirs;
    // Installed: the lib folder relative to the binary's folder, wherever the prefix is.
    dirs << QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                            QStringLiteral(EFFLEUR_MODULES_FROM_BINDIR));
    // Built: the build tree's module folder.
    dirs << QStringLiteral(EFFLEUR_BUILD_MODULES_DIR);
    dirs.removeDuplicates();
    return dirs;
}

QString Modules::unavailable_text(Module module) {
    switch (module) {
    case Module::Voice:
        return tr("Spoken cues and chimes are off: Effleur's voice module (%1) is missing or "
                  "cannot be loaded. Reinstalling Effleur brings it back.")
            .arg(file_name(module));
    case Module::Charts:
        return tr("The chart cannot be shown: Effleur's charts module (%1) is missing or cannot "
                  "be loaded. Reinstalling Effleur brings it back.")
            .arg(file_name(module));
    case Module::Printing:
        return tr("Printing is not available: Effleur's printing module (%1) is missing or "
                  "cannot be loaded. Reinstalling Effleur brings it back.")
            .arg(file_name(module));
    }
    return {};
}

void Modules::set_search_dirs(const QStringList& dirs) {
    State& s = state();
    s.dirs = dirs.isEmpty() ? std::nullopt : std::optional<QStringList>(dirs);
    s.slots = {};
}

} // namespace effleur::ui
