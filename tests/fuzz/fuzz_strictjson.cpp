// libFuzzer: strict JSON never crashes, and what it accepts QJsonDocument reads as an object.
#include "strictjson.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = pamoja::strictjson::parseObject(bytes);
    if (r && QJsonDocument(r.value()).isNull())
        std::abort();
    return 0;
}
