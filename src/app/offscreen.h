#pragma once
// What the verbs that paint PDFs (card, journal pdf, journal course-pdf) share: an application
// on the offscreen platform, so that no display is needed whatever the session's, with the
// interface words in the language asked for; and the paper a --paper word names.

#include "print/protocolcard.h"

#include <QGuiApplication>

#include <memory>
#include <string>

namespace effleur::app {

class OffscreenApp {
public:
    // `language`: as --language gives it ("" for the user's own).
    explicit OffscreenApp(const std::string& language);
    ~OffscreenApp();
    OffscreenApp(const OffscreenApp&) = delete;
    OffscreenApp& operator=(const OffscreenApp&) = delete;

private:
    int argc_ = 1;
    char name_[8] = "effleur";
    char* argv_[2] = {name_, nullptr};
    std::unique_ptr<QGuiApplication> app_; // keeps argc_ by reference: declared after it
};

// "a4" or "letter"; anything else is the locale's own paper.
[[nodiscard]] print::Paper paper_named(const std::string& word);

} // namespace effleur::app
