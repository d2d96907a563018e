// Ideas from text, Markdown and CSV files (core/exchange/ideaimport.*, textdecode.*, csv.*): any bytes;
// whatever is read must plan into changes the workshop accepts, and decoded text holds no control
// characters but tab, line feed and carriage return.

#include "exchange/csv.h"
#include "exchange/ideaimport.h"
#include "exchange/textdecode.h"
#include "fuzzsupport.h"

using namespace pamoja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    if (auto decoded = text::decode(input)) {
        for (const QChar c : decoded->text) {
            const char16_t u = c.unicode();
            fuzz::require(u >= 0x20 || u == '\t' || u == '\n' || u == '\r', "decoded text has no control characters");
            fuzz::require(u != 0x7F, "decoded text has no DEL");
        }
        (void)csv::split(decoded->text, csv::detectSeparator(decoded->text), {200, 16, 1000});
    }
    for (const QString &name : {QStringLiteral("x.txt"), QStringLiteral("x.md"), QStringLiteral("x.csv")}) {
        auto parsed = ideaimport::parse(input, name);
        if (!parsed)
            continue;
        fuzz::require(!parsed->rows.isEmpty(), "a parsed file holds ideas");
        WorkshopData workshop;
        auto plan = ideaimport::plan(workshop, *parsed, 1);
        if (plan) {
            fuzz::require(plan->ideas == parsed->rows.size(), "every row planned");
            fuzz::require(bool(workshop.check(plan->changes)), "the plan is accepted by the workshop");
        }
    }
    return 0;
}
