// The gate dialog, offscreen: what the therapist sees and what the keys do.

#include "ui/gate/gatedialog.h"

#include "language_scope.h"

#include "core/loader.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace effleur;
using namespace effleur::ui;

namespace {

const std::chrono::system_clock::time_point when =
    std::chrono::sys_days{std::chrono::year{2025} / 5 / 2} + std::chrono::hours{14};

const Loader& gate_loader() {
    static const std::shared_ptr<const Loader> loader = [] {
        auto created = Loader::create(EFFLEUR_PROTOCOLS_DIR);
        REQUIRE(created.ok());
        return created.value();
    }();
    return *loader;
}

Checklist checklist_for(const std::string& id, std::optional<std::size_t> stage = std::nullopt) {
    auto loaded =
        gate_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) / (id + ".json"));
    REQUIRE(loaded.ok());
    return Checklist(std::make_shared<const Protocol>(std::move(loaded.value())),
                     gate_loader().catalog(), stage);
}

// A shown, active dialog, so that its shortcuts fire as they would for a user.
struct Shown {
    explicit Shown(Checklist c) : dialog(std::move(c), nullptr, [] { return when; }) {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
    }
    void key(Qt::Key k, int times = 1) {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, k);
    }
    QString label(const char* name) const {
        const auto* l = dialog.findChild<QLabel*>(QLatin1String(name));
        REQUIRE(l);
        return l->text();
    }
    QPushButton* start() const { return dialog.findChild<QPushButton*>("startButton"); }
    GateDialog dialog;
};

QStringList visible_buttons(const QWidget& w) {
    QStringList out;
    for (const auto* b : w.findChildren<QPushButton*>())
        if (b->isVisible())
            out << b->text();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("start is disabled until every item is answered, and says why", "[gate-dialog]") {
    Shown s(checklist_for("plastic-facial"));
    CHECK(s.label("progressLabel") == "0 of 8 answered");
    CHECK_FALSE(s.start()->isEnabled());
    CHECK(s.label("statusLabel") == "Not yet: 8 items are not answered yet.");

    s.key(Qt::Key_N, 7);
    CHECK(s.label("progressLabel") == "7 of 8 answered");
    CHECK_FALSE(s.start()->isEnabled());
    CHECK(s.label("statusLabel") == "Not yet: 1 item is not answered yet.");
    s.key(Qt::Key_N);
    CHECK(s.label("progressLabel") == "8 of 8 answered");
    CHECK(s.start()->isEnabled());
    CHECK(s.start()->hasFocus());
}

TEST_CASE("Y and N answer the item in focus and move on, the arrows move", "[gate-dialog]") {
    Shown s(checklist_for("plastic-facial"));
    CHECK(s.dialog.focused_item() == 0);
    CHECK(s.label("itemText") == "Pregnancy");
    CHECK(s.label("kindBadge") == "Absolute \u2014 stops the session");
    s.key(Qt::Key_Down, 2);
    CHECK(s.dialog.focused_item() == 2);
    CHECK(s.label("itemText") == "A fungal or purulent skin disease");
    s.key(Qt::Key_Up);
    CHECK(s.dialog.focused_item() == 1);
    s.key(Qt::Key_N);
    CHECK(s.dialog.checklist().answer(1) == Answer::No);
    CHECK(s.dialog.focused_item() == 2); // the next open item
    s.key(Qt::Key_Up, 5);                // stops at the first
    CHECK(s.dialog.focused_item() == 0);
    s.key(Qt::Key_N);
    CHECK(s.dialog.focused_item() == 2); // item 1 is answered: skipped
    const auto* list = s.dialog.findChild<QListWidget*>();
    REQUIRE(list);
    CHECK(list->currentRow() == 2);
    CHECK(list->item(1)->text().endsWith("No"));
}

TEST_CASE("Enter starts the session only when clear, and the record is complete", "[gate-dialog]") {
    Shown s(checklist_for("plastic-facial"));
    s.key(Qt::Key_N, 7);
    s.key(Qt::Key_Return);
    CHECK(s.dialog.isVisible());
    CHECK_FALSE(s.dialog.take_cleared_gate());

    auto* toggle = s.dialog.findChild<QToolButton*>();
    REQUIRE(toggle);
    toggle->click();
    auto* notes = s.dialog.findChild<QTextEdit*>();
    REQUIRE(notes->isVisible());
    QTest::keyClicks(notes, "tense jaw");
    CHECK(s.dialog.checklist().answer(7) == Answer::Unanswered); // typing did not answer

    s.key(Qt::Key_Return); // a new line in the notes, not a start
    CHECK(s.dialog.isVisible());
    s.dialog.findChild<QListWidget*>()->setFocus();
    s.key(Qt::Key_N);
    s.key(Qt::Key_Enter);
    CHECK(s.dialog.result() == QDialog::Accepted);
    auto gate = s.dialog.take_cleared_gate();
    REQUIRE(gate);
    const GateRecord& r = gate->record();
    CHECK(r.verdict == VerdictKind::Clear);
    CHECK(r.at == when);
    CHECK(r.protocol_id == "plastic-facial");
    CHECK(r.answers.size() == 8);
    CHECK(r.assessment.notes == "tense jaw\n");
    CHECK_FALSE(s.dialog.take_cleared_gate()); // handed out once
}

TEST_CASE("an absolute yes shows the blocked view with the items and reasons", "[gate-dialog]") {
    Shown s(checklist_for("plastic-facial"));
    QSignalSpy another(&s.dialog, &GateDialog::chooseAnotherProtocol);
    s.key(Qt::Key_N);
    s.key(Qt::Key_Y); // lactation
    REQUIRE(s.dialog.blocked_view_shown());
    const QString items = s.label("blockedItems");
    CHECK(items.contains("Breastfeeding (lactation)"));
    CHECK(items.contains("Listed as a contraindication for Plastic facial massage"));
    CHECK(items.contains("source 000, lines 47\u201354"));
    CHECK(s.label("blockedBanner") == "This session cannot go ahead");
    CHECK(visible_buttons(s.dialog) == QStringList{"Choose another protocol", "Close"});
    CHECK(s.label("progressLabel") == "Stopped");

    // Nothing typed now undoes it or starts a session.
    s.key(Qt::Key_N);
    s.key(Qt::Key_Return);
    CHECK(s.dialog.blocked_view_shown());
    CHECK(s.dialog.isVisible());

    auto* choose = s.dialog.findChild<QPushButton*>();
    for (auto* b : s.dialog.findChildren<QPushButton*>())
        if (b->text() == "Choose another protocol")
            choose = b;
    choose->click();
    CHECK(another.count() == 1);
    CHECK(s.dialog.result() == GateDialog::choose_another_protocol);
    CHECK_FALSE(s.dialog.take_cleared_gate());
}

TEST_CASE("a tell-the-specialist yes waits for an acknowledgement, with a note", "[gate-dialog]") {
    Shown s(checklist_for("classic-back"));
    auto* ack = s.dialog.findChild<QCheckBox*>();
    auto* note = s.dialog.findChild<QLineEdit*>();
    s.key(Qt::Key_N, 7);
    CHECK(s.label("itemText") == "Heart problems");
    CHECK(s.label("kindBadge") == "Tell the specialist first");
    CHECK_FALSE(ack->isVisible());
    s.key(Qt::Key_Y);
    s.key(Qt::Key_N);                    // pregnancy; all answered now
    CHECK(s.dialog.focused_item() == 7); // back to the yes that needs acknowledging
    CHECK(ack->isVisible());
    CHECK_FALSE(ack->isChecked());
    CHECK_FALSE(s.start()->isEnabled());
    CHECK(s.label("statusLabel") == "Not yet: Acknowledge Heart problems.");

    note->setFocus();
    QTest::keyClicks(note, "yes, GP letter");
    CHECK(s.dialog.checklist().note(7) == "yes, GP letter");
    CHECK(s.dialog.checklist().answer(7) == Answer::Yes);
    s.dialog.findChild<QListWidget*>()->setFocus();
    s.key(Qt::Key_A);
    CHECK(ack->isChecked());
    CHECK(s.start()->isEnabled());
    CHECK(s.start()->hasFocus());
    s.key(Qt::Key_Return);
    auto gate = s.dialog.take_cleared_gate();
    REQUIRE(gate);
    CHECK(gate->record().answers[7].acknowledged);
    CHECK(gate->record().answers[7].note == "yes, GP letter");
}

TEST_CASE("the dialog shows the disclaimer and the day, and names every control", "[gate-dialog]") {
    Shown s(checklist_for("kneading-prp-lymphatic", 1));
    CHECK(s.label("disclaimer") ==
          "This checklist supports the specialist's judgment; it does not replace it.");
    CHECK(s.dialog.findChild<QLabel*>("disclaimer")->isVisible());
    CHECK(s.label("stageLabel").contains("Day II"));
    CHECK(s.label("stageLabel").endsWith("day\u00a02\u00a0of\u00a03")); // kept on one line
    CHECK(s.label("kindBadge") == "Absolute \u2014 stops the session");

    int named = 0;
    for (auto* w : s.dialog.findChildren<QWidget*>()) {
        if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w) &&
            !qobject_cast<QTextEdit*>(w) && !qobject_cast<QListWidget*>(w))
            continue;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
        CHECK((w->focusPolicy() & Qt::TabFocus) != 0); // reachable by keyboard
        ++named;
    }
    CHECK(named >= 14); // yes, no, ack, note, list, toggle, notes, 4 areas, close, start, ...
}

TEST_CASE("the disclaimer and the day are in the interface's language", "[gate-dialog][i18n]") {
    struct Expected {
        const char* language;
        const char* day; // the complex's second day of three, kept on one line
    };
    for (const Expected& e :
         {Expected{"ru", "день\u00a02\u00a0из\u00a03"}, Expected{"uk", "день\u00a02\u00a0з\u00a03"},
          Expected{"pl", "dzień\u00a02\u00a0z\u00a03"}}) {
        INFO(e.language);
        const test::LanguageScope scope(QString::fromLatin1(e.language));
        Shown s(checklist_for("kneading-prp-lymphatic", 1));
        const QString disclaimer = s.label("disclaimer");
        CHECK(disclaimer.size() > 20);
        if (QLatin1String(e.language) != QLatin1String("pl")) // Cyrillic: no Latin letter at all
            CHECK_FALSE(disclaimer.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))));
        CHECK_FALSE(disclaimer.contains(QStringLiteral("checklist")));
        CHECK_FALSE(disclaimer.contains(QStringLiteral("specialist")));
        const QString day = s.label("stageLabel");
        CHECK(day.endsWith(QString::fromUtf8(e.day)));
        CHECK_FALSE(day.contains(QStringLiteral("day")));
    }
}

TEST_CASE("the dialog works in a dark palette", "[gate-dialog]") {
    const QPalette before = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    QApplication::setPalette(dark);
    {
        Shown s(checklist_for("plastic-facial"));
        const QImage shot = s.dialog.grab().toImage();
        const auto* text = s.dialog.findChild<QLabel*>("itemText");
        CHECK(text->palette().color(QPalette::WindowText).lightness() > 200);
        CHECK(shot.pixelColor(5, 5).lightness() < 60);
    }
    QApplication::setPalette(before);
}

TEST_CASE("A protocol's words are shown as text, never as markup", "[gate-dialog]") {
    auto loaded = gate_loader().load_file(std::filesystem::path(EFFLEUR_PROTOCOLS_DIR) /
                                          "plastic-facial.json");
    REQUIRE(loaded.ok());
    Protocol p = std::move(loaded.value());
    p.title.en = "<b>Bold</b> <img src='x'>";
    Shown s(Checklist(std::make_shared<const Protocol>(std::move(p)), gate_loader().catalog()));
    const auto* label = s.dialog.findChild<QLabel*>(QStringLiteral("protocolLabel"));
    REQUIRE(label);
    CHECK(label->textFormat() == Qt::PlainText);
    CHECK(label->text() == QStringLiteral("<b>Bold</b> <img src='x'>"));
    // Drawn as the characters themselves: as wide as the text, not as one bold word.
    CHECK(label->sizeHint().width() >
          label->fontMetrics().horizontalAdvance(QStringLiteral("<b>Bold</b>")));
}
