#include "ui/screenawake.h"

#include "ui/cues.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>

namespace effleur::ui {

namespace {

const QString service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString path = QStringLiteral("/org/freedesktop/ScreenSaver");

} // namespace

ScreenAwake::~ScreenAwake() {
    release();
}

void ScreenAwake::hold(const QString& reason) {
    if (cookie_)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        warn_once("screensaver", "no D-Bus session bus; the screen may dim during a session");
        return;
    }
    QDBusInterface saver(service, path, service, bus);
    if (!saver.isValid()) {
        warn_once(
            "screensaver",
            "no screen-saver service on the session bus; the screen may dim during a session");
        return;
    }
    const QDBusReply<std::uint32_t> reply =
        saver.call(QStringLiteral("Inhibit"), QStringLiteral("Effleur"), reason);
    if (!reply.isValid()) {
        warn_once("screensaver",
                  "the screen saver refused to stay off: " + reply.error().message().toStdString());
        return;
    }
    cookie_ = reply.value();
}

void ScreenAwake::release() {
    if (!cookie_)
        return;
    QDBusInterface saver(service, path, service, QDBusConnection::sessionBus());
    if (saver.isValid())
        saver.call(QStringLiteral("UnInhibit"), *cookie_);
    cookie_.reset();
}

} // namespace effleur::ui
