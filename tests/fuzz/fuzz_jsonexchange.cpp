// The "pamoja-workshop" JSON import (core/exchange/jsonexchange.*): any bytes, into an empty workshop
// and into one with content. Whatever is accepted must apply, and export again to JSON that imports.

#include "exchange/jsonexchange.h"
#include "fuzzsupport.h"

#include <QFile>

using namespace pamoja;

namespace {

const WorkshopData &withContent()
{
    static const WorkshopData data = [] {
        WorkshopData d;
        QFile f(QStringLiteral(PAMOJA_SOURCE_DIR "/tests/data/json/valid.json"));
        if (f.open(QIODevice::ReadOnly))
            if (auto plan = exchange::planImport(f.readAll(), d); plan && d.check(plan->changes))
                d.apply(plan->changes);
        return d;
    }();
    return data;
}

void importInto(const QByteArray &json, const WorkshopData &target)
{
    auto plan = exchange::planImport(json, target);
    if (!plan) {
        fuzz::require(!plan.error().isEmpty(), "a refused import says why");
        return;
    }
    WorkshopData after = target;
    if (!after.check(plan->changes))
        return; // the document refuses it with a message
    after.apply(plan->changes);
    const QByteArray again = exchange::toJson(after);
    auto reread = exchange::planImport(again, after);
    fuzz::require(bool(reread), "an export of imported data imports again:", reread.error());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::bytes(data, size);
    importInto(json, WorkshopData());
    importInto(json, withContent());
    return 0;
}
