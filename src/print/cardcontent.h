#pragma once
// The card's text as the HTML that QTextDocument reads: the header, the diagrams (images named
// "diagram:N", painted by CardDiagrams), the step table, the rules and cautions, the
// contraindications by kind, the course plan and the source citations. A pure function; every
// word through QCoreApplication::translate("ProtocolCard", ...), every protocol text escaped.

#include "core/catalog.h"
#include "core/protocol.h"
#include "print/carddiagram.h"

#include <QString>

#include <chrono>
#include <set>
#include <string>

namespace effleur::print {

struct CardText {
    std::string language = "en";
    double scale = 1.0;             // type size, as a fraction of the full size
    double px_per_pt = 96.0 / 72.0; // HTML pixels (96 to the inch) in a point
    bool legend_beside = true;      // one panel: its legend beside it; several: under each
    // Rows of the step table (from 0, heads not counted) that begin a new page.
    std::set<int> break_before;
};

[[nodiscard]] QString card_html(const Protocol& protocol, const Catalog& catalog,
                                const CardPlan& plan, const CardText& options);

// A course plan in words ("10\u201315 sessions; every other day; ..."), as HTML with the
// suggested values marked <sup>*</sup>.
[[nodiscard]] QString course_plan_html(const Course& course);

// m:ss, or h:mm:ss from an hour.
[[nodiscard]] QString card_duration(std::chrono::milliseconds d);

} // namespace effleur::print
