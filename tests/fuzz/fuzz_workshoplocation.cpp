// libFuzzer: a workshop location (file path or postgresql:// URI) never crashes the parser; what it
// accepts as a URI is shown without its password and reads back as the same place.
#include "fuzzsupport.h"
#include "store/workshoplocation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace pamoja;
    fuzz::ensureApplication();
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const auto l = WorkshopLocation::parse(text);
    if (!l) {
        fuzz::require(!l.error().isEmpty(), "a refusal has a message");
        return 0;
    }
    if (l->isFile()) {
        fuzz::require(l->path == text, "a file location keeps its path", text);
        return 0;
    }
    const QString shown = l->display();
    const auto again = WorkshopLocation::parse(shown);
    fuzz::require(bool(again), "what is shown reads back", shown);
    fuzz::require(again->display() == shown, "reading back keeps the place", shown);
    fuzz::require(again->host == l->host && again->port == l->port && again->user == l->user && again->database == l->database
                      && again->workshop == l->workshop && again->options == l->options,
                  "reading back keeps every part", shown);
    fuzz::require(again->password.isEmpty(), "the password is not shown", shown);
    return 0;
}
