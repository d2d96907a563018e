#include "mergehistory.h"

#include <QCryptographicHash>

namespace pamoja::merge {

namespace {

// Entries are the same in both files when they were written before the copy: same time, actor,
// description and changes. Sequence numbers are not compared: they are local to one file.
QByteArray signature(const HistoryEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(timeString(e.at).toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(e.actor.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(e.description.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(e.changes.toJson());
    return h.result();
}

QString valueText(FieldType type, const QVariant &v)
{
    switch (type) {
    case FieldType::Int: return QString::number(v.toInt());
    case FieldType::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case FieldType::Real: return QString::number(v.toDouble(), 'g', 17);
    default: return v.toString();
    }
}

} // namespace

bool SideFacts::hasSeen(const QUuid &id, quint64 version) const
{
    const auto it = seen.constFind(id);
    return it != seen.constEnd() && it->contains(version);
}

QString canonical(EntityKind kind, const Record &record, bool withReview)
{
    QString out;
    for (const Field &f : kindInfo(kind).fields) {
        if (!withReview && kind == EntityKind::Idea && f.name == QLatin1StringView("review"))
            continue;
        out += f.name;
        out += QLatin1Char('=');
        out += valueText(f.type, record.value(f.name));
        out += QChar(0x1f);
    }
    return out;
}

quint64 versionHash(EntityKind kind, const Record &record)
{
    const QByteArray digest = QCryptographicHash::hash(canonical(kind, record).toUtf8(), QCryptographicHash::Sha1);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | quint8(digest.at(i));
    return h;
}

SideFacts sideFacts(const Side &side, const QList<HistoryEntry> &other)
{
    QSet<QByteArray> shared;
    shared.reserve(other.size());
    for (const HistoryEntry &e : other)
        shared.insert(signature(e));
    QList<const HistoryEntry *> own;
    for (const HistoryEntry &e : side.history)
        if (!shared.contains(signature(e)))
            own.append(&e);

    SideFacts facts;
    QHash<QUuid, EntityKind> &kinds = facts.kinds;
    for (const HistoryEntry *e : own)
        for (const Change &c : e->changes.changes) {
            facts.touched.insert(c.id);
            kinds.insert(c.id, c.kind);
            if (c.op == Change::Op::Remove)
                facts.removed.insert(c.id);
        }
    // Walk the own entries backwards from the current state, undoing each change: every state passed
    // through is a version this side held.
    QHash<QUuid, std::optional<Record>> state;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it) {
        state.insert(it.key(), side.data.record(it.value(), it.key()));
        if (const auto &r = state[it.key()]) {
            facts.seen[it.key()].insert(versionHash(it.value(), *r));
            facts.versions[it.key()].append(*r);
        }
    }
    for (auto e = own.crbegin(); e != own.crend(); ++e) {
        const QList<Change> &changes = (*e)->changes.changes;
        for (auto c = changes.crbegin(); c != changes.crend(); ++c) {
            std::optional<Record> &r = state[c->id];
            switch (c->op) {
            case Change::Op::Insert: r.reset(); break;
            case Change::Op::Remove: r = c->before; break;
            case Change::Op::Update:
                if (!r)
                    r = Record();
                for (auto f = c->before.constBegin(); f != c->before.constEnd(); ++f)
                    r->insert(f.key(), f.value());
                break;
            }
            if (r) {
                facts.seen[c->id].insert(versionHash(c->kind, *r));
                facts.versions[c->id].append(*r);
            }
        }
    }
    for (QList<Record> &v : facts.versions)
        std::reverse(v.begin(), v.end());
    return facts;
}

} // namespace pamoja::merge
