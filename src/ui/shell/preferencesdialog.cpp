#include "ui/shell/preferencesdialog.h"

#include "ui/common/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace effleur::ui {

namespace {

const QString voice_key = QStringLiteral("cues/voice");
const QString rate_key = QStringLiteral("cues/rate");
const QString volume_key = QStringLiteral("cues/volume");
const QString chime_key = QStringLiteral("cues/chime-volume");
const QString muted_key = QStringLiteral("cues/muted");

QString text(std::string_view s) {
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QString settings_key(const KeyBinding& b) {
    return QStringLiteral("keys/") + text(b.name);
}

const KeyBinding& binding(SessionAction action) {
    for (const KeyBinding& b : default_key_table)
        if (b.action == action)
            return b;
    return default_key_table.front();
}

QString joined(const QList<QKeySequence>& keys) {
    QStringList parts;
    for (const QKeySequence& k : keys)
        parts << k.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

QSlider* slider(int low, int high, const QString& name) {
    auto* s = new QSlider(Qt::Horizontal);
    s->setRange(low, high);
    s->setPageStep(10);
    s->setFocusPolicy(Qt::StrongFocus);
    s->setAccessibleName(name);
    s->setMinimumWidth(240);
    return s;
}

int percent(double v) {
    return static_cast<int>(std::lround(v * 100.0));
}

} // namespace

// Takes the next key pressed while it has focus. Tab and Shift+Tab still move the focus, so the
// dialog stays usable from the keyboard; every other key, Escape included, can be a session key.
class KeyCapture final : public QLineEdit {
public:
    std::function<void(const QKeySequence&)> on_key;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        const int key = event->key();
        if (key == Qt::Key_unknown || key == Qt::Key_Shift || key == Qt::Key_Control ||
            key == Qt::Key_Alt || key == Qt::Key_Meta || key == Qt::Key_AltGr) {
            event->accept();
            return;
        }
        Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        // "+" needs Shift on many layouts, yet the session matches the bare symbol.
        const bool symbol = key >= Qt::Key_Exclam && key <= Qt::Key_AsciiTilde &&
                            !(key >= Qt::Key_A && key <= Qt::Key_Z) &&
                            !(key >= Qt::Key_0 && key <= Qt::Key_9);
        if (symbol)
            mods &= ~Qt::ShiftModifier;
        event->accept();
        if (on_key)
            on_key(QKeySequence(QKeyCombination(mods, static_cast<Qt::Key>(key))));
    }
};

VoiceSettings voice_settings(const QSettings& s) {
    VoiceSettings v;
    v.voice = s.value(voice_key).toString();
    v.rate = std::clamp(s.value(rate_key, 0.0).toDouble(), -1.0, 1.0);
    v.volume = std::clamp(s.value(volume_key, 1.0).toDouble(), 0.0, 1.0);
    return v;
}

double chime_volume(const QSettings& s) {
    return std::clamp(s.value(chime_key, 0.8).toDouble(), 0.0, 1.0);
}

void apply_cue_settings(CuePlayer& cues, const QSettings& s) {
    cues.speaker().set_voice(voice_settings(s));
    cues.chimes().set_volume(chime_volume(s));
    cues.set_muted(s.value(muted_key, false).toBool());
}

PreferencesDialog::PreferencesDialog(QSettings& settings, CuePlayer& cues, QWidget* parent)
    : QDialog(parent), settings_(settings), cues_(cues) {
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Preference pages"));
    tabs->addTab(build_keys(), tr("&Keys"));
    tabs->addTab(build_voice(), tr("&Voice and chimes"));
    tabs->addTab(build_language(), tr("&Language"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter on a key row starts a remap; it must not close the dialog.
    for (QAbstractButton* b : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b))
            push->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

PreferencesDialog::~PreferencesDialog() = default;

QWidget* PreferencesDialog::build_keys() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(
        tr("Choose an action (click it, or Enter), then press its new key. Tab moves on."));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    table_ = new QTableWidget(static_cast<int>(default_key_table.size()), 2, page);
    table_->setObjectName(QStringLiteral("key-table"));
    table_->setAccessibleName(tr("Session keys"));
    table_->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setTabKeyNavigation(false);
    fill_keys();
    table_->resizeColumnToContents(0);
    table_->setColumnWidth(0, table_->columnWidth(0) + 24);
    table_->setCurrentCell(0, 0);
    // Every action in view at once: a hidden row is a key the therapist never finds.
    int height = table_->horizontalHeader()->sizeHint().height() + 2 * table_->frameWidth();
    for (int r = 0; r < table_->rowCount(); ++r)
        height += table_->rowHeight(r);
    table_->setMinimumHeight(height);
    connect(table_, &QTableWidget::activated, this, &PreferencesDialog::begin_capture);
    connect(table_, &QTableWidget::clicked, this, &PreferencesDialog::begin_capture);
    layout->addWidget(table_);

    auto* row = new QFormLayout;
    capture_ = new KeyCapture;
    capture_->setObjectName(QStringLiteral("key-capture"));
    capture_->setAccessibleName(tr("New key for the chosen action"));
    capture_->setReadOnly(true);
    capture_->setPlaceholderText(tr("Choose an action above"));
    capture_->on_key = [this](const QKeySequence& key) {
        const int r = table_->currentRow();
        if (r < 0)
            return;
        const SessionAction action = default_key_table[static_cast<std::size_t>(r)].action;
        if (remap(action, key))
            table_->setFocus(); // done: back to the list for the next one
    };
    auto* capture_label = new QLabel(tr("&New key:"));
    capture_label->setBuddy(capture_);
    row->addRow(capture_label, capture_);
    layout->addLayout(row);

    message_ = new QLabel(page);
    message_->setObjectName(QStringLiteral("key-message"));
    message_->setAccessibleName(tr("Key message"));
    message_->setWordWrap(true);
    // Room for a two-line refusal, so that the table does not jump when one appears.
    message_->setMinimumHeight(2 * message_->fontMetrics().lineSpacing());
    layout->addWidget(message_);

    auto* restore = new QPushButton(tr("&Restore defaults"), page);
    restore->setObjectName(QStringLiteral("restore-keys"));
    restore->setAccessibleName(tr("Restore default keys"));
    restore->setAutoDefault(false);
    connect(restore, &QPushButton::clicked, this, &PreferencesDialog::restore_default_keys);
    layout->addWidget(restore, 0, Qt::AlignLeft);
    return page;
}

void PreferencesDialog::fill_keys() {
    int r = 0;
    for (const KeyBinding& b : default_key_table) {
        auto* label = new QTableWidgetItem(action_label(b.action));
        auto* keys = new QTableWidgetItem(joined(keys_for(b.action, &settings_)));
        table_->setItem(r, 0, label);
        table_->setItem(r, 1, keys);
        ++r;
    }
}

void PreferencesDialog::begin_capture() {
    const int r = table_->currentRow();
    if (r < 0)
        return;
    const KeyBinding& b = default_key_table[static_cast<std::size_t>(r)];
    capture_->clear();
    capture_->setPlaceholderText(tr("Press the new key for %1").arg(action_label(b.action)));
    capture_->setFocus();
}

bool PreferencesDialog::remap(SessionAction action, const QKeySequence& key) {
    const KeyBinding& target = binding(action);
    for (const KeyBinding& b : default_key_table) {
        if (b.action == action || !keys_for(b.action, &settings_).contains(key))
            continue;
        message_->setText(tr("%1 already means \u201c%2\u201d. Choose another key, "
                             "or give \u201c%2\u201d a new key first.")
                              .arg(key.toString(QKeySequence::NativeText), action_label(b.action)));
        capture_->clear();
        return false;
    }
    settings_.setValue(settings_key(target), key.toString(QKeySequence::PortableText));
    fill_keys();
    capture_->setText(key.toString(QKeySequence::NativeText));
    message_->setText(
        tr("\u201c%1\u201d is now %2.")
            .arg(action_label(target.action), key.toString(QKeySequence::NativeText)));
    Q_EMIT keysChanged();
    return true;
}

void PreferencesDialog::restore_default_keys() {
    for (const KeyBinding& b : default_key_table)
        settings_.remove(settings_key(b));
    fill_keys();
    capture_->clear();
    message_->setText(tr("The default keys are back."));
    Q_EMIT keysChanged();
}

QString PreferencesDialog::message() const {
    return message_->text();
}

QWidget* PreferencesDialog::build_voice() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    const VoiceSettings saved = voice_settings(settings_);

    voice_ = new QComboBox;
    voice_->setObjectName(QStringLiteral("voice"));
    voice_->setAccessibleName(tr("Voice"));
    voice_->addItem(tr("The engine's default"), QString());
    for (const QString& name : cues_.speaker().voices())
        voice_->addItem(name, name);
    voice_->setCurrentIndex(std::max(0, voice_->findData(saved.voice)));
    form->addRow(tr("&Voice:"), voice_);

    rate_ = slider(-100, 100, tr("Speaking rate"));
    rate_->setObjectName(QStringLiteral("rate"));
    rate_->setValue(percent(saved.rate));
    form->addRow(tr("&Rate (slower \u2013 faster):"), rate_);

    volume_ = slider(0, 100, tr("Voice volume"));
    volume_->setObjectName(QStringLiteral("volume"));
    volume_->setValue(percent(saved.volume));
    form->addRow(tr("V&oice volume:"), volume_);

    chimes_ = slider(0, 100, tr("Chimes volume"));
    chimes_->setObjectName(QStringLiteral("chime-volume"));
    chimes_->setValue(percent(chime_volume(settings_)));
    form->addRow(tr("&Chimes volume:"), chimes_);

    auto* test = new QPushButton(tr("&Test the voice"));
    test->setObjectName(QStringLiteral("test-voice"));
    test->setAccessibleName(tr("Test the voice"));
    test->setAutoDefault(false);
    // Heard even when muted: the therapist asked for it.
    connect(test, &QPushButton::clicked, this, [this] {
        const QString source =
            QStringLiteral("Effleurage along the spine, slow and light. Halfway.");
        const QString words = tr("Effleurage along the spine, slow and light. Halfway.");
        cues_.speaker().say_in(words, words == source ? QStringLiteral("en") : language());
    });
    form->addRow(QString(), test);

    mute_ = new QCheckBox(tr("&Mute cues (Ctrl+M)"));
    mute_->setObjectName(QStringLiteral("mute"));
    mute_->setAccessibleName(tr("Mute cues"));
    mute_->setChecked(cues_.muted());
    connect(mute_, &QCheckBox::toggled, this, [this](bool on) {
        cues_.set_muted(on);
        settings_.setValue(muted_key, on);
        Q_EMIT mutedChanged(on);
    });
    form->addRow(QString(), mute_);

    // Said once, here; the log says it once too.
    voice_note_ = new QLabel;
    voice_note_->setObjectName(QStringLiteral("voice-note"));
    voice_note_->setWordWrap(true);
    voice_note_->setTextFormat(Qt::PlainText);
    form->addRow(voice_note_);
    // English has flite; a machine without any audio device says so in the log.
    if (language() != QLatin1String("en") && !cues_.speaker().speaks(language()))
        voice_note_->setText(
            tr("The cues cannot be spoken in %1 on this computer: no voice for it was found "
               "(the voices come with speech-dispatcher-espeak-ng). The chimes still ring.")
                .arg(QLocale(language()).nativeLanguageName()));
    else
        voice_note_->hide();

    connect(voice_, &QComboBox::currentIndexChanged, this, &PreferencesDialog::save_voice);
    for (QSlider* s : {rate_, volume_, chimes_})
        connect(s, &QSlider::valueChanged, this, &PreferencesDialog::save_voice);
    return page;
}

QWidget* PreferencesDialog::build_language() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    language_ = new QComboBox;
    language_->setObjectName(QStringLiteral("language"));
    language_->setAccessibleName(tr("Interface language"));
    QString system_name;
    for (const LanguageChoice& l : offered_languages())
        if (l.code == system_language())
            system_name = l.name;
    language_->addItem(tr("System default (%1)").arg(system_name), QString());
    // Each language in its own words, so that it can be found by someone who reads only it.
    for (const LanguageChoice& l : offered_languages())
        language_->addItem(l.name, l.code);
    language_->setCurrentIndex(std::max(0, language_->findData(saved_language(settings_))));
    auto* label = new QLabel(tr("&Interface language:"));
    label->setBuddy(language_);
    form->addRow(label, language_);
    layout->addLayout(form);

    language_note_ = new QLabel;
    language_note_->setObjectName(QStringLiteral("language-note"));
    language_note_->setWordWrap(true);
    language_note_->setTextFormat(Qt::PlainText);
    layout->addWidget(language_note_);
    layout->addStretch(1);

    const auto update_note = [this] {
        const QString chosen = chosen_language(settings_);
        if (chosen == language()) {
            language_note_->setText(
                tr("A new language applies the next time Effleur starts, so that a running "
                   "session is never disturbed."));
            return;
        }
        QString name = chosen;
        for (const LanguageChoice& l : offered_languages())
            if (l.code == chosen)
                name = l.name;
        language_note_->setText(tr("Effleur will be in %1 from the next start. Until then it "
                                   "stays as it is, and so does a running session.")
                                    .arg(name));
    };
    connect(language_, &QComboBox::currentIndexChanged, this, [this, update_note] {
        save_language(settings_, language_->currentData().toString());
        update_note();
    });
    update_note();
    return page;
}

void PreferencesDialog::choose_language(const QString& code) {
    language_->setCurrentIndex(std::max(0, language_->findData(code)));
}

QString PreferencesDialog::language_note() const {
    return language_note_->text();
}

QString PreferencesDialog::voice_note() const {
    return voice_note_->text();
}

void PreferencesDialog::save_voice() {
    const VoiceSettings v{voice_->currentData().toString(), rate_->value() / 100.0,
                          volume_->value() / 100.0};
    settings_.setValue(voice_key, v.voice);
    settings_.setValue(rate_key, v.rate);
    settings_.setValue(volume_key, v.volume);
    settings_.setValue(chime_key, chimes_->value() / 100.0);
    cues_.speaker().set_voice(v);
    cues_.chimes().set_volume(chimes_->value() / 100.0);
}

} // namespace effleur::ui
