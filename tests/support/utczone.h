#pragma once
// Local dates worked out in UTC while one of these lives, so that a date is the same whatever
// zone runs the tests: TZ is set to UTC, and put back as it was (or unset) afterwards.
// Plain C++ (the storage tests have no widgets).

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace effleur::test {

class UtcZone {
public:
    UtcZone() {
        if (const char* old = std::getenv("TZ"))
            old_ = old;
        ::setenv("TZ", "UTC", 1);
        ::tzset();
    }
    ~UtcZone() {
        if (old_)
            ::setenv("TZ", old_->c_str(), 1);
        else
            ::unsetenv("TZ");
        ::tzset();
    }
    UtcZone(const UtcZone&) = delete;
    UtcZone& operator=(const UtcZone&) = delete;

private:
    std::optional<std::string> old_;
};

} // namespace effleur::test
