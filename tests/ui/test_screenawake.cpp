// Keeping the screen awake, against a real D-Bus session bus: a stand-in
// org.freedesktop.ScreenSaver service, on its own connection and thread, records the Inhibit and
// UnInhibit calls that Effleur makes. CTest runs this file inside dbus-run-session where that
// exists; without a bus the bus cases say so and pass, and the no-bus cases still run.

#include "session_test_support.h"

#include "ui/session/screenawake.h"
#include "ui/shell/mainwindow.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMutex>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <vector>

using namespace effleur;
using namespace effleur::ui;

namespace {

const QString saver_service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString saver_path = QStringLiteral("/org/freedesktop/ScreenSaver");

struct InhibitCall {
    QString application;
    QString reason;
    uint cookie = 0;
};

} // namespace

// Exported on the bus with its slots; it lives on its own thread so that Effleur's blocking
// calls from the test's thread can be answered.
class FakeScreenSaver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    std::vector<InhibitCall> inhibits() const {
        const QMutexLocker lock(&mutex_);
        return inhibits_;
    }
    std::vector<uint> uninhibits() const {
        const QMutexLocker lock(&mutex_);
        return uninhibits_;
    }

public Q_SLOTS:
    uint Inhibit(const QString& application, const QString& reason) {
        const QMutexLocker lock(&mutex_);
        const uint cookie = 4200 + static_cast<uint>(inhibits_.size());
        inhibits_.push_back({application, reason, cookie});
        return cookie;
    }
    void UnInhibit(uint cookie) {
        const QMutexLocker lock(&mutex_);
        uninhibits_.push_back(cookie);
    }

private:
    mutable QMutex mutex_;
    std::vector<InhibitCall> inhibits_;
    std::vector<uint> uninhibits_;
};

namespace {

bool have_session_bus() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        WARN("DBUS_SESSION_BUS_ADDRESS is not set: run under dbus-run-session to test the bus");
        return false;
    }
    return true;
}

// The stand-in service, registered under the real name on the session bus for its lifetime.
struct ServiceRig {
    const QString name = QStringLiteral("effleur-test-screensaver");
    QThread thread;
    FakeScreenSaver* saver = new FakeScreenSaver;
    QDBusConnection connection = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);

    ServiceRig() {
        saver->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, saver, &QObject::deleteLater);
        thread.start();
        REQUIRE(connection.isConnected());
        REQUIRE(connection.registerObject(saver_path, saver, QDBusConnection::ExportAllSlots));
        REQUIRE(connection.registerService(saver_service));
    }
    ~ServiceRig() {
        connection.unregisterService(saver_service);
        connection.unregisterObject(saver_path);
        QDBusConnection::disconnectFromBus(name);
        thread.quit();
        thread.wait();
    }
};

} // namespace

TEST_CASE("A rehearsal holds the screen saver off until it ends, over the session bus",
          "[screenawake][dbus]") {
    if (!have_session_bus())
        return;
    ServiceRig service;

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    FakeClock clock;
    MainWindowOptions o = test::window_options(dir, clock, settings);
    MainWindow window(std::move(o));

    CHECK(service.saver->inhibits().empty());
    window.rehearse(test::bundled("neck-self-massage"));
    const auto inhibits = service.saver->inhibits();
    REQUIRE(inhibits.size() == 1);
    CHECK(inhibits[0].application == QStringLiteral("Effleur"));
    CHECK(!inhibits[0].reason.trimmed().isEmpty());
    CHECK(service.saver->uninhibits().empty());

    window.end_session();
    const auto uninhibits = service.saver->uninhibits();
    REQUIRE(uninhibits.size() == 1);
    CHECK(uninhibits[0] == inhibits[0].cookie);
}

TEST_CASE("ScreenAwake inhibits once, releases its own cookie, and releases when destroyed",
          "[screenawake][dbus]") {
    if (!have_session_bus())
        return;
    ServiceRig service;
    const QString client = QStringLiteral("effleur-test-client");
    {
        ScreenAwake awake(QDBusConnection::connectToBus(QDBusConnection::SessionBus, client));
        awake.hold(QStringLiteral("A massage session is running"));
        CHECK(awake.inhibited());
        awake.hold(QStringLiteral("again")); // already held: no second inhibition
        awake.release();
        CHECK_FALSE(awake.inhibited());
        awake.release(); // nothing to release
        awake.hold(QStringLiteral("A massage session is running"));
        CHECK(awake.inhibited());
    } // the destructor releases
    QDBusConnection::disconnectFromBus(client);

    const auto inhibits = service.saver->inhibits();
    REQUIRE(inhibits.size() == 2);
    CHECK(inhibits[0].reason == QStringLiteral("A massage session is running"));
    CHECK(service.saver->uninhibits() == std::vector<uint>{inhibits[0].cookie, inhibits[1].cookie});
}

TEST_CASE("With a bus but no screen saver on it, nothing is held", "[screenawake][dbus]") {
    if (!have_session_bus())
        return;
    const QString client = QStringLiteral("effleur-test-no-saver");
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, client);
        REQUIRE(bus.isConnected());
        REQUIRE_FALSE(bus.interface()->isServiceRegistered(saver_service).value());
        ScreenAwake awake(bus);
        awake.hold(QStringLiteral("A massage session is running"));
        CHECK_FALSE(awake.inhibited());
        awake.release();
    }
    QDBusConnection::disconnectFromBus(client);
}

TEST_CASE("Without a session bus nothing is held and nothing breaks", "[screenawake]") {
    const QString name = QStringLiteral("effleur-test-dead-bus");
    {
        // A socket that nothing listens on: what a desktop without D-Bus looks like to Qt.
        QTemporaryDir dir;
        const QString address = QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("bus"));
        QDBusConnection dead = QDBusConnection::connectToBus(address, name);
        REQUIRE_FALSE(dead.isConnected());
        ScreenAwake awake(dead);
        awake.hold(QStringLiteral("A massage session is running"));
        CHECK_FALSE(awake.inhibited());
        awake.release();
        CHECK_FALSE(awake.inhibited());
    }
    QDBusConnection::disconnectFromBus(name);
}

#include "test_screenawake.moc"
