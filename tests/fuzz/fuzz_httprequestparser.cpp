// libFuzzer: any bytes, fed whole and split at a byte the input chooses, never crash the parser or
// make it return more body than its cap.
#include "httprequestparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = size ? data[0] % (size + 1) : 0;
    pamoja::HttpRequestParser p(512, 16, 128);
    auto st = p.feed(bytes.left(split));
    while (st == pamoja::HttpRequestParser::State::Complete) {
        if (p.take().body.size() > 128)
            std::abort();
        st = p.state();
    }
    st = p.feed(bytes.mid(split));
    while (st == pamoja::HttpRequestParser::State::Complete) {
        if (p.take().body.size() > 128)
            std::abort();
        st = p.state();
    }
    return 0;
}
