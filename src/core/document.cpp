#include "document.h"

#include "textfile.h"

#include <algorithm>
#include <tuple>

namespace effleur::loading {

Document::Document(std::string owned, std::string_view viewed, std::string name)
    : owned_(std::move(owned)), where_(std::move(name), parsed_.positions) {
    parsed_ = parse_json(viewed.data() == nullptr ? std::string_view(owned_) : viewed);
}

std::unique_ptr<Document> Document::view(std::string_view text, std::string name) {
    if (text.data() == nullptr) {
        text = std::string_view{""};
    }
    return std::unique_ptr<Document>(new Document({}, text, std::move(name)));
}

std::unique_ptr<Document> Document::own(std::string text, std::string name) {
    return std::unique_ptr<Document>(new Document(std::move(text), {}, std::move(name)));
}

Result<std::unique_ptr<Document>> Document::read(const std::filesystem::path& file,
                                                 std::uintmax_t max_bytes, std::string name) {
    auto text = read_text_file(file, max_bytes, name);
    if (!text) {
        return text.errors();
    }
    return own(std::move(text.value()), std::move(name));
}

Diagnostics Document::check(const SchemaSet& schemas, SchemaKind kind) const {
    if (parsed_.error) {
        return {where_.at_offset(parsed_.error->offset, "", parsed_.error->message)};
    }
    return schemas.validate(kind, parsed_, where_);
}

void finish_diagnostics(Diagnostics& diagnostics, std::size_t limit) {
    std::stable_sort(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
        });
    if (diagnostics.size() > limit) {
        const std::size_t more = diagnostics.size() - limit;
        Diagnostic note = diagnostics[limit];
        diagnostics.resize(limit);
        note.line = 0;
        note.column = 0;
        note.pointer.clear();
        note.message = diagnostics.size() + more >= max_located_problems
                           ? std::string("and many more problems")
                           : "and " + std::to_string(more) + " more problems";
        diagnostics.push_back(std::move(note));
    }
}

} // namespace effleur::loading
