#pragma once
// One publisher, many subscribers: the engine's single notifier.
// Ownership: the Notifier owns the handlers; a Subscription is the subscriber's handle and
// unsubscribes when destroyed or reset. Either may outlive the other. Handlers are called in
// subscription order; a handler may unsubscribe itself or others while being called (those
// removed are not called afterwards). Exceptions from handlers propagate to publish()'s caller.

#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace effleur {

template <class Event> class Notifier {
    struct Entry {
        std::uint64_t id = 0;
        std::shared_ptr<std::function<void(const Event&)>> handler;
    };
    struct Shared {
        std::vector<Entry> entries;
        std::uint64_t next_id = 1;
    };

public:
    using Handler = std::function<void(const Event&)>;

    // Move-only handle; unsubscribes on destruction.
    class Subscription {
    public:
        Subscription() = default;
        Subscription(Subscription&& other) noexcept
            : shared_(std::move(other.shared_)), id_(std::exchange(other.id_, 0)) {}
        Subscription& operator=(Subscription&& other) noexcept {
            if (this != &other) {
                reset();
                shared_ = std::move(other.shared_);
                id_ = std::exchange(other.id_, 0);
            }
            return *this;
        }
        Subscription(const Subscription&) = delete;
        Subscription& operator=(const Subscription&) = delete;
        ~Subscription() { reset(); }

        void reset() {
            if (auto shared = shared_.lock()) {
                std::erase_if(shared->entries, [this](const Entry& e) { return e.id == id_; });
            }
            shared_.reset();
            id_ = 0;
        }
        [[nodiscard]] bool active() const { return id_ != 0 && !shared_.expired(); }

    private:
        friend class Notifier;
        Subscription(std::weak_ptr<Shared> shared, std::uint64_t id)
            : shared_(std::move(shared)), id_(id) {}
        std::weak_ptr<Shared> shared_;
        std::uint64_t id_ = 0;
    };

    Notifier() : shared_(std::make_shared<Shared>()) {}
    Notifier(const Notifier&) = delete;
    Notifier& operator=(const Notifier&) = delete;

    [[nodiscard]] Subscription subscribe(Handler handler) {
        const std::uint64_t id = shared_->next_id++;
        shared_->entries.push_back({id, std::make_shared<Handler>(std::move(handler))});
        return Subscription(shared_, id);
    }

    void publish(const Event& event) const {
        // Iterate over a copy so that handlers may (un)subscribe while being called; skip any
        // that were removed meanwhile.
        const std::vector<Entry> entries = shared_->entries;
        for (const Entry& entry : entries) {
            if (still_subscribed(entry.id))
                (*entry.handler)(event);
        }
    }

    [[nodiscard]] std::size_t size() const { return shared_->entries.size(); }

private:
    [[nodiscard]] bool still_subscribed(std::uint64_t id) const {
        for (const Entry& e : shared_->entries) {
            if (e.id == id)
                return true;
        }
        return false;
    }
    std::shared_ptr<Shared> shared_;
};

} // namespace effleur
