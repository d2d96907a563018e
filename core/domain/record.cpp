#include "record.h"

#include <QCoreApplication>
#include <QHash>

namespace pamoja {

QVariant detail::toValue(const QDateTime &v)
{
    return timeString(v);
}

namespace {
// The canonical form "2026-03-01T09:15:30.123Z", parsed by hand: QDateTime::fromString is the
// slowest part of opening a large workshop. Anything else goes to fromString().
bool parseCanonicalTime(const QString &s, QDateTime &out)
{
    if (s.size() != 24 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-') || s[10] != QLatin1Char('T') ||
        s[13] != QLatin1Char(':') || s[16] != QLatin1Char(':') || s[19] != QLatin1Char('.') || s[23] != QLatin1Char('Z'))
        return false;
    bool ok = true;
    auto num = [&](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            const int d = s[i].unicode() - '0';
            if (d < 0 || d > 9)
                ok = false;
            v = v * 10 + d;
        }
        return v;
    };
    const QDate date(num(0, 4), num(5, 2), num(8, 2));
    const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
    if (!ok || !date.isValid() || !time.isValid())
        return false;
    out = QDateTime(date, time, Qt::UTC);
    return true;
}
} // namespace

void detail::fromValue(const QVariant &in, QDateTime &out)
{
    const QString s = in.toString();
    if (s.isEmpty())
        out = QDateTime();
    else if (!parseCanonicalTime(s, out))
        out = QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QString idString(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString timeString(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    if (d.year() < 0 || d.year() > 9999)
        return u.toString(Qt::ISODateWithMs);
    // Same text as toString(Qt::ISODateWithMs), without its formatting machinery (this runs for
    // every change and every history row).
    QString s(24, Qt::Uninitialized);
    QChar *p = s.data();
    auto put = [&p](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            p[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        p += digits;
    };
    auto sep = [&p](char16_t c) { *p++ = QChar(c); };
    put(d.year(), 4);
    sep(u'-');
    put(d.month(), 2);
    sep(u'-');
    put(d.day(), 2);
    sep(u'T');
    put(tm.hour(), 2);
    sep(u':');
    put(tm.minute(), 2);
    sep(u':');
    put(tm.second(), 2);
    sep(u'.');
    put(tm.msec(), 3);
    sep(u'Z');
    return s;
}

QUuid newId()
{
    return QUuid::createUuid();
}

namespace {

QString tableFor(EntityKind k)
{
    switch (k) {
    case EntityKind::Workshop: return QStringLiteral("workshop");
    case EntityKind::Prompt: return QStringLiteral("prompts");
    case EntityKind::Organisation: return QStringLiteral("organisations");
    case EntityKind::Participant: return QStringLiteral("participants");
    case EntityKind::Cluster: return QStringLiteral("clusters");
    case EntityKind::Idea: return QStringLiteral("ideas");
    case EntityKind::CatalogueItem: return QStringLiteral("catalogue");
    case EntityKind::Tag: return QStringLiteral("tags");
    case EntityKind::VotingRound: return QStringLiteral("voting_rounds");
    case EntityKind::Vote: return QStringLiteral("votes");
    case EntityKind::SystemChange: return QStringLiteral("system_changes");
    case EntityKind::Action: return QStringLiteral("actions");
    case EntityKind::Link: return QStringLiteral("links");
    }
    return {};
}

QString nameFor(EntityKind k)
{
    switch (k) {
    case EntityKind::Workshop: return QStringLiteral("workshop");
    case EntityKind::Prompt: return QStringLiteral("prompt");
    case EntityKind::Organisation: return QStringLiteral("organisation");
    case EntityKind::Participant: return QStringLiteral("participant");
    case EntityKind::Cluster: return QStringLiteral("cluster");
    case EntityKind::Idea: return QStringLiteral("idea");
    case EntityKind::CatalogueItem: return QStringLiteral("catalogue_item");
    case EntityKind::Tag: return QStringLiteral("tag");
    case EntityKind::VotingRound: return QStringLiteral("voting_round");
    case EntityKind::Vote: return QStringLiteral("vote");
    case EntityKind::SystemChange: return QStringLiteral("system_change");
    case EntityKind::Action: return QStringLiteral("action");
    case EntityKind::Link: return QStringLiteral("link");
    }
    return {};
}

struct Registry
{
    QHash<int, KindInfo> infos;
    QList<EntityKind> order;
    Registry()
    {
        forEachEntityType([this]<class T>() {
            infos.insert(int(T::Kind), KindInfo{T::Kind, nameFor(T::Kind), tableFor(T::Kind), fieldsOf<T>()});
            order.append(T::Kind);
        });
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

bool valueHasType(const QVariant &v, FieldType t)
{
    switch (t) {
    case FieldType::Text: return v.typeId() == QMetaType::QString;
    case FieldType::Int: return v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong;
    case FieldType::Bool: return v.typeId() == QMetaType::Bool;
    case FieldType::Real:
        return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int ||
               v.typeId() == QMetaType::LongLong;
    case FieldType::Id: {
        if (v.typeId() != QMetaType::QString)
            return false;
        const QString s = v.toString();
        return s.isEmpty() || (s.size() == 36 && !QUuid::fromString(s).isNull());
    }
    case FieldType::Time: {
        if (v.typeId() != QMetaType::QString)
            return false;
        const QString s = v.toString();
        QDateTime t;
        return s.isEmpty() || parseCanonicalTime(s, t) || QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
    }
    }
    return false;
}

} // namespace

const KindInfo &kindInfo(EntityKind k)
{
    return *registry().infos.constFind(int(k));
}

const QList<EntityKind> &allKinds()
{
    return registry().order;
}

std::optional<EntityKind> kindFromName(const QString &name)
{
    for (EntityKind k : allKinds())
        if (kindInfo(k).name == name || kindInfo(k).table == name)
            return k;
    return std::nullopt;
}

qsizetype controlCharacterAt(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f))
            return i;
    }
    return -1;
}

QString normaliseLineBreaks(QString s)
{
    if (!s.contains(QLatin1Char('\r')))
        return s;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s;
}

bool isField(EntityKind k, const QString &name)
{
    const QList<Field> &fields = kindInfo(k).fields;
    return std::any_of(fields.cbegin(), fields.cend(), [&](const Field &f) { return f.name == name; });
}

QString recordProblem(EntityKind k, const Record &r, bool requireAll, TextRule text)
{
    const KindInfo &info = kindInfo(k);
    qsizetype found = 0;
    for (const Field &f : info.fields) {
        const auto it = r.constFind(f.name);
        if (it == r.constEnd()) {
            if (requireAll)
                return QCoreApplication::translate("pamoja::Record", "%1 has no field \"%2\".")
                    .arg(info.name, f.name);
            continue;
        }
        ++found;
        if (!valueHasType(*it, f.type))
            return QCoreApplication::translate("pamoja::Record", "Field \"%2\" of %1 has a wrong type or form.")
                .arg(info.name, f.name);
        if (f.type == FieldType::Text && text == TextRule::Check) {
            const QString s = it->toString();
            if (const qsizetype at = controlCharacterAt(s); at >= 0)
                return QCoreApplication::translate("pamoja::Record", "Field \"%2\" of %1 contains a control character (%3 at "
                                                   "position %4); only tabs and line breaks are allowed in text.")
                    .arg(info.name, f.name,
                         QStringLiteral("U+") + QString::number(s.at(at).unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper(),
                         QString::number(at + 1));
        }
    }
    if (found == r.size())
        return {}; // every key is a known field
    for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
        const bool known = std::any_of(info.fields.cbegin(), info.fields.cend(),
                                       [&](const Field &f) { return f.name == it.key(); });
        if (!known)
            return QCoreApplication::translate("pamoja::Record", "%1 has an unknown field \"%2\".")
                .arg(info.name, it.key());
    }
    return {};
}

bool recordsEqual(EntityKind k, const Record &a, const Record &b)
{
    for (const Field &f : kindInfo(k).fields) {
        const QVariant va = a.value(f.name), vb = b.value(f.name);
        if (f.type == FieldType::Real) {
            if (va.toDouble() != vb.toDouble())
                return false;
        } else if (f.type == FieldType::Int) {
            if (va.toLongLong() != vb.toLongLong())
                return false;
        } else if (va != vb) {
            return false;
        }
    }
    return true;
}

} // namespace pamoja
