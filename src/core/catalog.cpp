#include "catalog.h"

#include <algorithm>

namespace effleur {

namespace {

template <class T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::vector<std::string> MassageLine::points() const {
    std::vector<std::string> all;
    all.reserve(via.size() + 2);
    all.push_back(from);
    all.insert(all.end(), via.begin(), via.end());
    all.push_back(to);
    return all;
}

const Landmark* Diagram::landmark(std::string_view wanted) const {
    return find_by_id(landmarks, wanted);
}

const MassageLine* Diagram::line(std::string_view wanted) const {
    return find_by_id(lines, wanted);
}

const Diagram* Catalog::diagram(std::string_view id) const {
    return find_by_id(diagrams, id);
}

const MassageLine* Catalog::line(std::string_view id, const Diagram** owner) const {
    for (const auto& d : diagrams) {
        if (const MassageLine* found = d.line(id)) {
            if (owner != nullptr) {
                *owner = &d;
            }
            return found;
        }
    }
    if (owner != nullptr) {
        *owner = nullptr;
    }
    return nullptr;
}

const ContraindicationItem* Catalog::contraindication(std::string_view id) const {
    return find_by_id(contraindications, id);
}

const SourceText* Catalog::source(std::string_view id) const {
    return find_by_id(sources, id);
}

} // namespace effleur
