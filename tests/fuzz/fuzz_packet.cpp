// Contribution packets of the offline form (core/exchange/packet.*): any bytes, also as they arrive
// pasted into an e-mail. Whatever is read writes back to a packet that reads the same, and plans into
// changes the workshop it names accepts.

#include "exchange/packet.h"
#include "fuzzsupport.h"

using namespace pamoja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    (void)packet::contains(input);
    auto parsed = packet::parse(input);
    if (!parsed)
        return 0;
    fuzz::require(!parsed->ideas.isEmpty() && parsed->ideas.size() <= packet::MaxIdeas,
                  "a packet holds 1 to 500 ideas");
    auto again = packet::parse(packet::write(*parsed));
    fuzz::require(bool(again), "a packet read back from its own writing");
    fuzz::require(again && again->ideas.size() == parsed->ideas.size(), "the same ideas read back");
    WorkshopData workshop;
    Workshop w;
    w.id = parsed->workshopId;
    w.title = QStringLiteral("Fuzz");
    workshop.put(w);
    auto plan = packet::plan(workshop, *parsed);
    if (plan) {
        fuzz::require(plan->added == parsed->ideas.size(), "every idea planned");
        fuzz::require(bool(workshop.check(plan->changes)), "the plan is accepted by the workshop");
        workshop.apply(plan->changes);
        auto twice = packet::plan(workshop, *parsed);
        fuzz::require(twice && twice->added == 0 && twice->changes.isEmpty(), "a second import adds nothing");
    }
    return 0;
}
