#include "interventions.h"

#include "../domain/record.h"

#include <QCoreApplication>

namespace pamoja {

QList<Intervention> interventionsIn(const ChangeSet &cs)
{
    QList<Intervention> out;
    auto add = [&](Intervention i) {
        if (!out.contains(i))
            out.append(i);
    };
    int votesRemoved = 0, votesInserted = 0;
    for (const Change &c : cs.changes) {
        switch (c.kind) {
        case EntityKind::Idea:
            if (c.op == Change::Op::Remove)
                add(Intervention::Delete);
            else if (c.op == Change::Op::Update) {
                if (c.after.contains(QStringLiteral("text")) || c.after.contains(QStringLiteral("translation")))
                    add(Intervention::Edit);
                if (c.after.contains(QStringLiteral("merged_into")))
                    add(Intervention::Merge);
                if (c.after.contains(QStringLiteral("hidden")))
                    add(Intervention::Hide);
            }
            break;
        case EntityKind::Cluster:
        case EntityKind::SystemChange:
        case EntityKind::Action:
        case EntityKind::Participant:
            if (c.op == Change::Op::Remove)
                add(Intervention::Delete);
            break;
        case EntityKind::Vote:
            if (c.op == Change::Op::Remove)
                ++votesRemoved;
            else if (c.op == Change::Op::Insert)
                ++votesInserted;
            break;
        case EntityKind::Workshop:
            if (c.op == Change::Op::Update && c.after.contains(QStringLiteral("anonymity")))
                add(Intervention::Anonymity);
            break;
        default:
            break;
        }
    }
    if (votesRemoved >= 2 && votesInserted == 0)
        add(Intervention::VoteReset);
    return out;
}

QString interventionLabel(Intervention i)
{
    switch (i) {
    case Intervention::Edit: return QCoreApplication::translate("pamoja::Interventions", "edit");
    case Intervention::Merge: return QCoreApplication::translate("pamoja::Interventions", "merge");
    case Intervention::Hide: return QCoreApplication::translate("pamoja::Interventions", "hide");
    case Intervention::Delete: return QCoreApplication::translate("pamoja::Interventions", "delete");
    case Intervention::VoteReset: return QCoreApplication::translate("pamoja::Interventions", "vote reset");
    case Intervention::Anonymity: return QCoreApplication::translate("pamoja::Interventions", "anonymity change");
    }
    return {};
}

QStringList earlierState(const ChangeSet &cs)
{
    QStringList out;
    for (const Change &c : cs.changes) {
        const QString kind = kindInfo(c.kind).name;
        QStringList fields;
        for (auto it = c.before.constBegin(); it != c.before.constEnd(); ++it) {
            const QString v = it.value().toString();
            if (c.op == Change::Op::Remove && v.isEmpty())
                continue;
            fields.append(QStringLiteral("%1 = \"%2\"").arg(it.key(), v.left(500)));
        }
        switch (c.op) {
        case Change::Op::Insert:
            out.append(QCoreApplication::translate("pamoja::Interventions", "%1 %2: did not exist before.").arg(kind, idString(c.id)));
            break;
        case Change::Op::Update:
            out.append(QCoreApplication::translate("pamoja::Interventions", "%1 %2 was: %3").arg(kind, idString(c.id), fields.join(QStringLiteral(", "))));
            break;
        case Change::Op::Remove:
            out.append(QCoreApplication::translate("pamoja::Interventions", "%1 %2 (removed) was: %3").arg(kind, idString(c.id), fields.join(QStringLiteral(", "))));
            break;
        }
    }
    return out;
}

} // namespace pamoja
