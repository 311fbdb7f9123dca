// The voice module: the cues' speaker and chimes, as a Qt plugin the app loads after its first
// frame (ui/modules/modules.h).

#include "modules/voice/qtvoice.h"
#include "ui/modules/interfaces.h"

#include <QObject>

namespace effleur::ui {

class VoicePlugin final : public QObject, public VoiceModule {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EFFLEUR_VOICE_MODULE_IID)
    Q_INTERFACES(effleur::ui::VoiceModule)

public:
    std::unique_ptr<Speaker> make_speaker(const QString& language) override {
        return std::make_unique<QtSpeaker>(language);
    }
    std::unique_ptr<Chimes> make_chimes() override { return std::make_unique<QtChimes>(); }
};

} // namespace effleur::ui

#include "voicemodule.moc"
