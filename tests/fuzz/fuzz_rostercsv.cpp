// The participant roster CSV (core/exchange/rostercsv.*): any bytes; a valid roster must turn into
// changes the workshop accepts. The simplest harness: copy it for a new parser.

#include "exchange/rostercsv.h"
#include "fuzzsupport.h"

using namespace pamoja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    auto parsed = roster::parse(input, WorkshopData());
    if (parsed && parsed->isValid()) {
        auto cs = roster::changes(WorkshopData(), *parsed);
        fuzz::require(bool(cs), "a valid roster gives changes:", cs.error());
        WorkshopData after;
        if (after.check(*cs))
            after.apply(*cs);
    }
    // The splitter alone, with both separators.
    const QString text = QString::fromUtf8(input.left(roster::MaxBytes));
    (void)roster::splitCsv(text, QLatin1Char(','));
    (void)roster::splitCsv(text, QLatin1Char(';'));
    return 0;
}
