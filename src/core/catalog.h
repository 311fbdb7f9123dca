#pragma once
// The shared catalogues that protocols refer to by id: diagrams (landmarks, massage lines,
// regions), contraindications, and source texts. Written once, used by every protocol.
// Loaded from a catalogue folder by loader.h; plain data, no Qt.

#include "protocol.h"

#include <map>
#include <string>
#include <vector>

namespace effleur {

// A named anatomical point. Its position lives in the diagram art (a later layer); here it is a
// name. A bilateral landmark exists on both sides; the catalogue names it once.
struct Landmark {
    std::string id;
    Text name;
    bool bilateral = false;
};

// A massage line drawn from one landmark to another through optional via points. It is
// bilateral (drawn once, mirrored) when any of its landmarks is.
struct MassageLine {
    std::string id;
    Text name;
    std::string from;
    std::vector<std::string> via;
    std::string to;
    bool bilateral = false; // derived from the landmarks at load time
    Text note;

    // from, via..., to
    [[nodiscard]] std::vector<std::string> points() const;
};

struct Diagram {
    std::string id; // e.g. "face-front"
    Text title;
    std::vector<Landmark> landmarks;
    std::vector<MassageLine> lines;
    std::map<std::string, std::vector<std::string>, std::less<>> regions; // region -> landmarks

    [[nodiscard]] const Landmark* landmark(std::string_view wanted) const;
    [[nodiscard]] const MassageLine* line(std::string_view wanted) const;
};

struct ContraindicationItem {
    std::string id;
    Text text;    // as the client is asked, in plain words
    Text details; // optional explanation
};

struct SourceText {
    std::string id; // e.g. "004"
    Text title;
    std::string file; // the source text's file name, for reference
    Text summary;
};

struct Catalog {
    std::vector<Diagram> diagrams;
    std::vector<ContraindicationItem> contraindications;
    std::vector<SourceText> sources;

    [[nodiscard]] const Diagram* diagram(std::string_view id) const;
    // The diagram that holds a line, and the line; nullptr if none.
    [[nodiscard]] const MassageLine* line(std::string_view id,
                                          const Diagram** owner = nullptr) const;
    [[nodiscard]] const ContraindicationItem* contraindication(std::string_view id) const;
    [[nodiscard]] const SourceText* source(std::string_view id) const;
};

} // namespace effleur
