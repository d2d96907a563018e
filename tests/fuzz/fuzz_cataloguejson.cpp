// The catalogue JSON import (core/exchange/cataloguejson.*), into a workshop with the default
// catalogue. Whatever is accepted must apply, and its export must import again.

#include "catalogue/defaultcatalogue.h"
#include "exchange/cataloguejson.h"
#include "fuzzsupport.h"

using namespace pamoja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const WorkshopData base = [] {
        WorkshopData d;
        ChangeSet cs;
        for (const CatalogueItem &item : defaultCatalogue())
            cs.insert(item);
        if (d.check(cs))
            d.apply(cs);
        return d;
    }();
    auto plan = cataloguejson::planImport(fuzz::bytes(data, size), base);
    if (!plan) {
        fuzz::require(!plan.error().isEmpty(), "a refused catalogue says why");
        return 0;
    }
    WorkshopData after = base;
    if (!after.check(plan->changes))
        return 0;
    after.apply(plan->changes);
    auto again = cataloguejson::planImport(cataloguejson::toJson(after), after);
    fuzz::require(bool(again), "an exported catalogue imports again:", again.error());
    return 0;
}
