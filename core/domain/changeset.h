#pragma once

#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace pamoja {

// One step of an edit: an entity inserted, some of its fields updated, or removed. Before and after
// hold exactly what is needed to reverse it, so every change set can be inverted for undo.
struct Change
{
    enum class Op { Insert, Update, Remove };
    Op op = Op::Update;
    EntityKind kind = EntityKind::Idea;
    QUuid id;
    Record before; // Update: the changed fields' old values; Remove: the whole record
    Record after;  // Update: the changed fields' new values; Insert: the whole record

    Change inverted() const;
};

class ChangeSet
{
public:
    QList<Change> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    ChangeSet inverted() const;
    bool touches(EntityKind k) const;
    // Adds other's changes after these. A change to an entity this set already changes is folded
    // into it, so builders compose ("remove these ideas, then this cluster") without touching an
    // entity twice: an update or removal of an entity already removed is dropped; updates of one
    // entity become one; a removal replaces an earlier update (and is moved after it); an update
    // of an inserted entity goes into the insert; a removal of one cancels the insert.
    void append(const ChangeSet &other);

    template <class T> void insert(const T &e)
    {
        changes.append({Change::Op::Insert, T::Kind, e.id, {}, toRecord(e)});
    }
    template <class T> void remove(const T &e)
    {
        changes.append({Change::Op::Remove, T::Kind, e.id, toRecord(e), {}});
    }
    // Records only the fields that differ; nothing when none do.
    template <class T> void update(const T &before, const T &after)
    {
        addUpdate(T::Kind, before.id, toRecord(before), toRecord(after));
    }
    void addUpdate(EntityKind kind, const QUuid &id, const Record &before, const Record &after);

    // Compact JSON for the history log. fromJson() refuses what toJson() would not have written
    // (unknown kinds or operations, missing ids), rather than reading it as something else.
    QByteArray toJson() const;
    static Result<ChangeSet> fromJson(const QByteArray &json);
};

} // namespace pamoja
