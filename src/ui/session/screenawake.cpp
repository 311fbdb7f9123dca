#include "ui/session/screenawake.h"

#include "ui/session/cues.h"

#include <QDBusError>
#include <QDBusMessage>

#include <spdlog/spdlog.h>

namespace effleur::ui {

namespace {

const QString service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString path = QStringLiteral("/org/freedesktop/ScreenSaver");
constexpr int timeout_ms = 1500;

QDBusMessage call(const QString& method, const QVariantList& arguments) {
    QDBusMessage m = QDBusMessage::createMethodCall(service, path, service, method);
    m.setArguments(arguments);
    return m;
}

} // namespace

ScreenAwake::ScreenAwake(const QDBusConnection& bus) : bus_(bus) {}

ScreenAwake::~ScreenAwake() {
    release();
}

QDBusConnection ScreenAwake::bus() const {
    return bus_ ? *bus_ : QDBusConnection::sessionBus();
}

void ScreenAwake::hold(const QString& reason) {
    if (cookie_)
        return;
    QDBusConnection connection = bus();
    if (!connection.isConnected()) {
        warn_once("screensaver", "no D-Bus session bus; the screen may dim during a session");
        return;
    }
    const QDBusMessage reply = connection.call(
        call(QStringLiteral("Inhibit"), {application_name(), reason}), QDBus::Block, timeout_ms);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        warn_once("screensaver",
                  reply.errorName() == QDBusError::errorString(QDBusError::ServiceUnknown)
                      ? std::string("no screen saver on the session bus; the screen may dim "
                                    "during a session")
                      : "the screen saver would not stay off (" +
                            reply.errorMessage().toStdString() +
                            "); the screen may dim during a session");
        return;
    }
    const QList<QVariant> values = reply.arguments();
    if (values.size() != 1 || values.front().metaType().id() != QMetaType::UInt) {
        warn_once("screensaver", "the screen saver answered Inhibit oddly; the screen may dim "
                                 "during a session");
        return;
    }
    cookie_ = values.front().toUInt();
    spdlog::debug("the screen saver is held off (cookie {})", *cookie_);
}

void ScreenAwake::release() {
    if (!cookie_)
        return;
    const std::uint32_t cookie = *cookie_;
    cookie_.reset();
    QDBusConnection connection = bus();
    // Waited for, so that it is done when a session view closes; a screen saver that has gone
    // away has dropped the inhibition with its own exit.
    const QDBusMessage reply =
        connection.isConnected()
            ? connection.call(call(QStringLiteral("UnInhibit"), {QVariant::fromValue(cookie)}),
                              QDBus::Block, timeout_ms)
            : QDBusMessage();
    if (reply.type() == QDBusMessage::ReplyMessage)
        spdlog::debug("the screen saver may dim the screen again (cookie {})", cookie);
    else
        spdlog::debug("the screen saver could not be told that the session ended: {}",
                      reply.errorMessage().toStdString());
}

} // namespace effleur::ui
