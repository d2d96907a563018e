#include "participantmodel.h"

#include "choicedelegate.h"
#include "domain/constituency.h"
#include "rosteredits.h"
#include "workspace.h"

namespace pamoja {

ParticipantModel::ParticipantModel(Workspace *workspace, QObject *parent)
    : IdTableModel(workspace, ColumnCount, parent)
{
    refresh();
}

void ParticipantModel::refresh()
{
    QList<QUuid> ids;
    if (Document *doc = document())
        for (const Participant &p : doc->data().participants())
            ids.append(p.id);
    setIds(ids);
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Document *doc = document();
    const Participant *p = doc ? doc->data().participant(idAt(index.row())) : nullptr;
    if (!p)
        return {};
    const int col = index.column();
    if (role == Qt::UserRole)
        return p->id;
    if (role == ChoiceDelegate::ChoicesRole) {
        QVariantList choices;
        if (col == ConstituencyColumn)
            for (const QString &c : constituency::codes())
                choices.append(QVariant(ChoiceDelegate::choice(constituency::label(c), c)));
        else if (col == RoleColumn)
            for (const QString &r : edits::participantRoles())
                choices.append(QVariant(ChoiceDelegate::choice(edits::participantRoleLabel(r), r)));
        else
            return {};
        return choices;
    }
    if (role == Qt::CheckStateRole) {
        if (col == ConsentColumn)
            return p->consent ? Qt::Checked : Qt::Unchecked;
        if (col == PresentColumn)
            return p->present ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::AccessibleTextRole)
        return {};
    switch (col) {
    case NameColumn: return p->name;
    case OrganisationColumn: {
        const Organisation *o = doc->data().table<Organisation>().find(p->organisationId);
        return o ? o->name : QString();
    }
    case ConstituencyColumn: return edit ? p->constituency : constituency::label(p->constituency);
    case CountryColumn: return p->country;
    case LanguageColumn: return p->language;
    case RoleColumn: return edit ? p->role : edits::participantRoleLabel(p->role);
    case ConsentColumn:
        return role == Qt::AccessibleTextRole ? (p->consent ? tr("may be named") : tr("not named")) : QVariant();
    case PresentColumn:
        return role == Qt::AccessibleTextRole ? (p->present ? tr("present") : tr("absent")) : QVariant();
    }
    return {};
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Document *doc = document();
    if (!doc || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Participant *cur = doc->data().participant(idAt(index.row()));
    if (!cur)
        return false;
    Participant next = *cur;
    std::optional<QString> org;
    const int col = index.column();
    if (role == Qt::CheckStateRole && (col == ConsentColumn || col == PresentColumn)) {
        const bool on = value.toInt() == Qt::Checked;
        (col == ConsentColumn ? next.consent : next.present) = on;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (col) {
        case NameColumn: next.name = text; break;
        case OrganisationColumn: org = text; break;
        case ConstituencyColumn: next.constituency = text; break;
        case CountryColumn: next.country = text; break;
        case LanguageColumn: next.language = text.toLower(); break;
        case RoleColumn: next.role = text; break;
        default: return false;
        }
    } else {
        return false;
    }
    return workspace()->apply(edits::editParticipant(doc->data(), next, org), tr("Edit participant %1").arg(cur->name));
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name or alias");
    case OrganisationColumn: return tr("Organisation");
    case ConstituencyColumn: return tr("Constituency");
    case CountryColumn: return tr("Country");
    case LanguageColumn: return tr("Language");
    case RoleColumn: return tr("Role");
    case ConsentColumn: return tr("May be named");
    case PresentColumn: return tr("Present");
    }
    return {};
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ConsentColumn || index.column() == PresentColumn)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace pamoja
