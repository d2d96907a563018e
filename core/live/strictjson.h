#pragma once

// Strict reading of the JSON bodies devices send: one object, valid UTF-8, no duplicate keys (which
// QJsonDocument silently resolves to the last one), no lone surrogates, a depth cap, no trailing
// bytes; then only the keys a route knows, each of its type. Fuzzed by tests/live/fuzz_strictjson.

#include "result.h"

#include <QJsonObject>

#include <initializer_list>

namespace pamoja::strictjson {

Result<QJsonObject> parseObject(const QByteArray &bytes, int maxDepth = 8);

enum class Type { String, Bool, Int, Uuid };
struct Field
{
    const char *name;
    Type type;
    bool required;
};
// Unknown keys, missing required keys and wrong types are refused; null counts as absent for an
// optional key. Int: an integral number within
// the range of int. Uuid: a string in canonical 8-4-4-4-12 form (braces allowed).
Status checkFields(const QJsonObject &object, std::initializer_list<Field> fields);

// Text a device may send (an idea, a name): refuses control characters other than tab and line
// breaks, and the bidirectional embedding, override and isolate controls (U+202A-U+202E,
// U+2066-U+2069) that can make shown text read differently from what is stored; marks
// (U+200E, U+200F) are fine. Checks the length in characters.
Status checkText(const QString &text, int maxChars, const QString &fieldName);

} // namespace pamoja::strictjson
