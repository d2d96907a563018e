#include "planmodels.h"

#include "choicedelegate.h"
#include "domain/constituency.h"
#include "edits.h"
#include "planedits.h"
#include "votingmodels.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace pamoja {

namespace {
QStringList linkedLabels(const WorkshopData &d, const QUuid &id, bool incoming)
{
    QStringList out;
    for (const Link &l : d.table<Link>().items()) {
        const QUuid other = incoming ? (l.toId == id ? l.fromId : QUuid()) : (l.fromId == id ? l.toId : QUuid());
        if (other.isNull())
            continue;
        if (const SystemChange *sc = d.table<SystemChange>().find(other))
            out.append(sc->title);
        else if (const QString t = targetLabel(d, other); !t.isEmpty())
            out.append(t);
    }
    out.sort();
    return out;
}
} // namespace

SystemChangeModel::SystemChangeModel(Workspace *workspace, QObject *parent)
    : IdTableModel(workspace, ColumnCount, parent)
{
    refresh();
}

void SystemChangeModel::refresh()
{
    QList<QUuid> ids;
    if (Document *doc = document()) {
        auto list = doc->data().table<SystemChange>().all();
        std::stable_sort(list.begin(), list.end(), [](const SystemChange &a, const SystemChange &b) { return a.created < b.created; });
        for (const SystemChange &sc : list)
            ids.append(sc.id);
    }
    setIds(ids);
}

QVariant SystemChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Document *doc = document();
    const SystemChange *sc = doc ? doc->data().table<SystemChange>().find(idAt(index.row())) : nullptr;
    if (!sc)
        return {};
    if (role == Qt::UserRole)
        return sc->id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn: return sc->title;
    case ActorColumn: return sc->targetActor;
    case PolicyColumn: return sc->policyElement;
    case CurrentColumn: return sc->currentState;
    case ProposedColumn: return sc->proposedChange;
    case VisionsColumn: return linkedLabels(doc->data(), sc->id, true).join(QStringLiteral("; "));
    case FactorsColumn: {
        QStringList codes;
        for (const QUuid &item : doc->data().tagItemsOf(sc->id))
            if (const CatalogueItem *c = doc->data().table<CatalogueItem>().find(item))
                codes.append(c->code);
        codes.sort();
        return codes.join(QStringLiteral(", "));
    }
    }
    return {};
}

bool SystemChangeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Document *doc = document();
    if (role != Qt::EditRole || !doc || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString().trimmed();
    const int col = index.column();
    if (col == TitleColumn && text.isEmpty())
        return false;
    const ChangeSet cs = edits::modify<SystemChange>(doc->data(), idAt(index.row()), [&](SystemChange &sc) {
        switch (col) {
        case TitleColumn: sc.title = text; break;
        case ActorColumn: sc.targetActor = text; break;
        case PolicyColumn: sc.policyElement = text; break;
        case CurrentColumn: sc.currentState = text; break;
        case ProposedColumn: sc.proposedChange = text; break;
        }
    });
    return workspace()->apply(cs, tr("Edit system change"));
}

QVariant SystemChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("System change");
    case ActorColumn: return tr("Target actor");
    case PolicyColumn: return tr("Policy element");
    case CurrentColumn: return tr("Current state");
    case ProposedColumn: return tr("Proposed change");
    case VisionsColumn: return tr("Serves visions");
    case FactorsColumn: return tr("Counters factors");
    }
    return {};
}

Qt::ItemFlags SystemChangeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() <= ProposedColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

ActionModel::ActionModel(Workspace *workspace, QObject *parent) : IdTableModel(workspace, ColumnCount, parent)
{
    refresh();
}

void ActionModel::refresh()
{
    QList<QUuid> ids;
    if (Document *doc = document()) {
        auto list = doc->data().table<Action>().all();
        std::stable_sort(list.begin(), list.end(), [](const Action &a, const Action &b) { return a.created < b.created; });
        for (const Action &a : list)
            ids.append(a.id);
    }
    setIds(ids);
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Document *doc = document();
    const Action *a = doc ? doc->data().table<Action>().find(idAt(index.row())) : nullptr;
    if (!a)
        return {};
    const WorkshopData &d = doc->data();
    const int col = index.column();
    const bool sameSide = edits::ownersOnSameSide(d, *a);
    if (role == Qt::UserRole)
        return a->id;
    if (role == ChoiceDelegate::ChoicesRole) {
        QVariantList choices;
        if (col == OwnerColumn || col == CoOwnerColumn) {
            choices.append(QVariant(ChoiceDelegate::choice(tr("(nobody)"), QUuid())));
            for (const Participant &p : d.participants())
                choices.append(QVariant(ChoiceDelegate::choice(tr("%1 (%2)").arg(p.name, constituency::label(p.constituency)), p.id)));
            return choices;
        }
        if (col == StatusColumn) {
            for (const QString &s : edits::actionStatuses())
                choices.append(QVariant(ChoiceDelegate::choice(edits::actionStatusLabel(s), s)));
            return choices;
        }
        return {};
    }
    if (role == Qt::BackgroundRole && col == WarningColumn && sameSide)
        return QBrush(QColor(255, 224, 178));
    if (role == Qt::EditRole) {
        switch (col) {
        case DescriptionColumn: return a->description;
        case OwnerColumn: return a->ownerId;
        case CoOwnerColumn: return a->coOwnerId;
        case DueColumn: return a->dueDate;
        case StatusColumn: return a->status;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (col) {
    case DescriptionColumn: return a->description;
    case OwnerColumn: return d.participantName(a->ownerId);
    case CoOwnerColumn: return d.participantName(a->coOwnerId);
    case DueColumn: return a->dueDate;
    case StatusColumn: return edits::actionStatusLabel(a->status);
    case ChangesColumn: return linkedLabels(d, a->id, true).join(QStringLiteral("; "));
    case OriginColumn: return a->origin;
    case WarningColumn:
        if (!sameSide)
            return {};
        return role == Qt::ToolTipRole
                   ? tr("Both owners are %1; a Northern and a Southern co-owner share power better.")
                         .arg(constituency::label(d.participant(a->ownerId)->constituency))
                   : tr("\u26A0 Same side");
    }
    return {};
}

bool ActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Document *doc = document();
    if (role != Qt::EditRole || !doc || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int col = index.column();
    const QString text = value.toString().trimmed();
    if (col == DescriptionColumn && text.isEmpty())
        return false;
    if (col == DueColumn && !text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid()) {
        workspace()->reportError(tr("Write the due date as year-month-day, for example 2026-03-31."));
        return false;
    }
    if (col == StatusColumn && !edits::actionStatuses().contains(text))
        return false;
    const ChangeSet cs = edits::modify<Action>(doc->data(), idAt(index.row()), [&](Action &a) {
        switch (col) {
        case DescriptionColumn: a.description = text; break;
        case OwnerColumn: a.ownerId = value.toUuid(); break;
        case CoOwnerColumn: a.coOwnerId = value.toUuid(); break;
        case DueColumn: a.dueDate = text; break;
        case StatusColumn: a.status = text; break;
        }
    });
    return workspace()->apply(cs, tr("Edit action"));
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn: return tr("Action");
    case OwnerColumn: return tr("Owner");
    case CoOwnerColumn: return tr("Co-owner");
    case DueColumn: return tr("Due");
    case StatusColumn: return tr("Status");
    case ChangesColumn: return tr("System changes");
    case OriginColumn: return tr("From workshop");
    case WarningColumn: return tr("Balance");
    }
    return {};
}

Qt::ItemFlags ActionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() <= StatusColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace pamoja
