#pragma once
// The protocol library: a searchable, filterable list and the chosen protocol's details
// (summary, course plan, preparation, contraindications, sources) under a preview of its
// diagrams (LibraryPreview, rendered lazily). Broken protocol files are listed with their first
// error, never dropped, show no preview, and cannot be started.
//
// Ownership: the view copies the scan's entries (protocols are shared); it borrows the
// catalogue, which must outlive it. Nothing here throws.

#include "core/catalog.h"
#include "core/loader.h"

#include <QWidget>

#include <memory>
#include <set>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace effleur::ui {

class LibraryPreview;

class LibraryView : public QWidget {
    Q_OBJECT

public:
    LibraryView(const Catalog& catalog, QWidget* parent = nullptr);

    // Ends the loading state (set_loading) too.
    void set_entries(std::vector<LibraryEntry> entries);
    // While the library is being scanned the list is empty and the details pane says so.
    void set_loading(bool loading);
    [[nodiscard]] bool loading() const { return loading_; }
    // The selected protocol; null when none or broken.
    [[nodiscard]] std::shared_ptr<const Protocol> selected() const;
    // The selected entry, broken or not; null when none. Valid until the next set_entries.
    [[nodiscard]] const LibraryEntry* selected_entry() const;
    [[nodiscard]] const std::vector<LibraryEntry>& entries() const { return entries_; }
    // Selects the shown row of this file; false if none.
    bool select_file(const std::filesystem::path& file);
    // Selects the first shown row whose protocol id is `id`; false if none.
    bool select_id(const std::string& id);
    [[nodiscard]] int visible_count() const;
    // "Choose another protocol" after the checklist stopped a session: only the protocols for
    // which none of these contraindications (catalogue ids) is absolute, in any stage (one that
    // only asks to tell the specialist or to weigh it stays), under a line that names them
    // (`names`) with a button that shows every protocol again. An empty set shows every one.
    void exclude_contraindications(std::set<std::string> ids, const QStringList& names);
    [[nodiscard]] const std::set<std::string>& excluded() const { return excluded_; }
    [[nodiscard]] QListWidget* list() const { return list_; }
    [[nodiscard]] QLineEdit* search() const { return search_; }
    [[nodiscard]] LibraryPreview* preview() const { return preview_; }

Q_SIGNALS:
    void startRequested(std::shared_ptr<const Protocol> protocol);
    void rehearseRequested(std::shared_ptr<const Protocol> protocol);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refilter();
    void show_details();
    [[nodiscard]] bool matches(const LibraryEntry& entry) const;

    const Catalog& catalog_;
    std::vector<LibraryEntry> entries_;
    QLineEdit* search_ = nullptr;
    QComboBox* region_ = nullptr;
    QComboBox* audience_ = nullptr;
    QComboBox* duration_ = nullptr;
    QListWidget* list_ = nullptr;
    QTextBrowser* details_ = nullptr;
    LibraryPreview* preview_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* rehearse_ = nullptr;
    std::set<std::string> excluded_; // contraindication ids a protocol must not list
    bool loading_ = false;
    QWidget* exclusion_bar_ = nullptr;
    QLabel* exclusion_note_ = nullptr;
};

// The details pane's HTML for a protocol.
[[nodiscard]] QString protocol_details_html(const Protocol& protocol, const Catalog& catalog);

} // namespace effleur::ui
