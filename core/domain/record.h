#pragma once

// Generic views of the entities: a Record is an entity's fields (without its id) in canonical storage
// form: QString for text, ids (no braces, empty for none) and UTC times (ISO 8601 with milliseconds,
// empty for none); int; bool; double. SQL rows, JSON objects and change sets all use this form.

#include "entities.h"

#include <QList>
#include <QVariantMap>

#include <optional>
#include <tuple>
#include <utility>

namespace pamoja {

using Record = QVariantMap;

enum class FieldType { Text, Int, Bool, Real, Id, Time };

struct Field
{
    QString name;
    FieldType type;
};

using EntityTypes = std::tuple<Workshop, Prompt, Organisation, Participant, Cluster, Idea, CatalogueItem, Tag,
                               VotingRound, Vote, SystemChange, Action, Link>;

namespace detail {
inline QVariant toValue(const QString &v) { return v; }
inline QVariant toValue(int v) { return v; }
inline QVariant toValue(bool v) { return v; }
inline QVariant toValue(double v) { return v; }
inline QVariant toValue(const QUuid &v) { return v.isNull() ? QString() : v.toString(QUuid::WithoutBraces); }
QVariant toValue(const QDateTime &v);

inline void fromValue(const QVariant &in, QString &out) { out = in.toString(); }
inline void fromValue(const QVariant &in, int &out) { out = in.toInt(); }
inline void fromValue(const QVariant &in, bool &out) { out = in.toBool(); }
inline void fromValue(const QVariant &in, double &out) { out = in.toDouble(); }
inline void fromValue(const QVariant &in, QUuid &out) { out = QUuid::fromString(in.toString()); }
void fromValue(const QVariant &in, QDateTime &out);

inline FieldType typeOf(const QString *) { return FieldType::Text; }
inline FieldType typeOf(const int *) { return FieldType::Int; }
inline FieldType typeOf(const bool *) { return FieldType::Bool; }
inline FieldType typeOf(const double *) { return FieldType::Real; }
inline FieldType typeOf(const QUuid *) { return FieldType::Id; }
inline FieldType typeOf(const QDateTime *) { return FieldType::Time; }
} // namespace detail

QString idString(const QUuid &id);       // canonical form, no braces
QString timeString(const QDateTime &t); // canonical form, UTC with milliseconds
QUuid newId();

template <class T> Record toRecord(const T &e)
{
    Record r;
    T::visit(e, [&](const char *name, const auto &field) {
        r.insert(QLatin1StringView(name), detail::toValue(field));
    });
    return r;
}

// Applies the fields present in r; absent fields keep their value.
template <class T> void applyRecord(T &e, const Record &r)
{
    T::visit(e, [&](const char *name, auto &field) {
        const auto it = r.constFind(QLatin1StringView(name));
        if (it != r.constEnd())
            detail::fromValue(*it, field);
    });
}

template <class T> T fromRecord(const QUuid &id, const Record &r)
{
    T e;
    e.id = id;
    applyRecord(e, r);
    return e;
}

template <class T> QList<Field> fieldsOf()
{
    QList<Field> fields;
    T e;
    T::visit(e, [&](const char *name, const auto &field) {
        fields.append({QString::fromLatin1(name), detail::typeOf(&field)});
    });
    return fields;
}

template <class F> void forEachEntityType(F &&f)
{
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f.template operator()<std::tuple_element_t<I, EntityTypes>>(), ...);
    }(std::make_index_sequence<std::tuple_size_v<EntityTypes>>());
}

// Calls f.template operator()<T>() for the entity type of kind k.
template <class F> void withEntityType(EntityKind k, F &&f)
{
    forEachEntityType([&]<class T>() {
        if (T::Kind == k)
            f.template operator()<T>();
    });
}

struct KindInfo
{
    EntityKind kind;
    QString name;  // singular, for messages and change logs: "idea"
    QString table; // SQL table and JSON key: "ideas"
    QList<Field> fields;
};

const KindInfo &kindInfo(EntityKind k);
const QList<EntityKind> &allKinds(); // in dependency order: referenced kinds first
std::optional<EntityKind> kindFromName(const QString &name);

// Checks that every value has its field's type and form; unknown keys are errors when strict. Text
// fields may hold no control characters other than tab and line feed (a carriage return included:
// line breaks are stored as LF; normaliseLineBreaks() turns CRLF and CR into LF where text comes in).
enum class TextRule { Check, Skip }; // Skip: a record that is leaving (a removal), whatever it holds
QString recordProblem(EntityKind k, const Record &r, bool requireAll, TextRule text = TextRule::Check);
// The first control character other than tab and line feed in s, or -1.
qsizetype controlCharacterAt(const QString &s);
QString normaliseLineBreaks(QString s);
// Whether name is one of the fields kind k declares in visit().
bool isField(EntityKind k, const QString &name);

bool recordsEqual(EntityKind k, const Record &a, const Record &b);

} // namespace pamoja
