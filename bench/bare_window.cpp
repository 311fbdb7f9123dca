// The baselines for start-up figures: a bare Qt window of the app's size that quits right after
// its first frame is painted, as `effleur --exit-after-first-frame` does, and prints when, in the
// same words and on the same clock. With --text it also shows one line of text: a window with
// no text never loads the fonts before its first frame, which any window with words must.

#include <QApplication>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstring>

namespace {

class BareWindow : public QWidget {
protected:
    void paintEvent(QPaintEvent* event) override {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().window());
        if (!painted_) {
            painted_ = true;
            QTimer::singleShot(0, qApp, [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("first frame at %.3f ms\n",
                            std::chrono::duration<double, std::milli>(now).count());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }

private:
    bool painted_ = false;
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1280, 800);
    if (argc > 1 && std::strcmp(argv[1], "--text") == 0) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("A bare window with one line of text")));
    }
    window.show();
    return QApplication::exec();
}
