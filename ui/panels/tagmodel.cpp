#include "tagmodel.h"

#include "catalogue/shippedcatalogue.h"
#include "i18n.h"
#include "edits.h"
#include "workspace.h"

#include <QSet>

namespace pamoja {

TagModel::TagModel(Workspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    refresh();
}

void TagModel::refresh()
{
    QList<Row> rows;
    if (Document *doc = (m_workspace ? m_workspace->document() : nullptr)) {
        const WorkshopData &d = doc->data();
        const int step = m_workspace->step();
        const QString language = i18n::preferredLanguage();
        QSet<QUuid> targets;
        for (const Idea &i : d.ideas(step))
            targets.insert(i.id);
        for (const Cluster &c : d.clusters(step))
            targets.insert(c.id);
        QHash<QUuid, int> counts;
        QHash<QUuid, int> inSelection;
        const QList<QUuid> &sel = m_workspace->selection();
        const QSet<QUuid> selected(sel.cbegin(), sel.cend());
        for (const Tag &t : d.table<Tag>().items()) {
            if (targets.contains(t.targetId))
                ++counts[t.itemId];
            if (selected.contains(t.targetId))
                ++inSelection[t.itemId];
        }
        for (const QString &kind : {QStringLiteral("theme"), QStringLiteral("factor")}) {
            for (const CatalogueItem &c : d.catalogue(kind)) {
                Row r;
                r.id = c.id;
                r.code = c.code;
                r.name = shipped::displayName(c, language);
                r.kind = kind == QLatin1StringView("theme") ? tr("Theme") : tr("Factor");
                const QString description = shipped::displayDescription(c, language);
                r.toolTip = description.isEmpty() ? c.provenance : description + QLatin1Char('\n') + c.provenance;
                r.count = counts.value(c.id);
                const int n = inSelection.value(c.id);
                r.state = n == 0 ? Qt::Unchecked : n >= selected.size() ? Qt::Checked : Qt::PartiallyChecked;
                rows.append(r);
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QUuid TagModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QUuid();
}

int TagModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int TagModel::countOf(const QUuid &id) const
{
    const int r = rowOf(id);
    return r < 0 ? 0 : m_rows[r].count;
}

int TagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == CountRole)
        return r.count;
    if (role == Qt::ToolTipRole)
        return r.toolTip;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return QStringLiteral("%1 %2").arg(r.code, r.name);
        if (role == Qt::CheckStateRole && m_workspace && !m_workspace->selection().isEmpty())
            return r.state;
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return r.kind;
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return r.count;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

bool TagModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Document *doc = (m_workspace ? m_workspace->document() : nullptr);
    if (!doc || m_workspace->selection().isEmpty())
        return false;
    const Row &r = m_rows.at(index.row());
    const bool on = value.toInt() != Qt::Unchecked;
    const ChangeSet cs = on ? edits::addTag(doc->data(), m_workspace->selection(), r.id)
                            : edits::removeTag(doc->data(), m_workspace->selection(), r.id);
    return m_workspace->apply(cs, on ? tr("Tag with %1").arg(r.name) : tr("Remove tag %1").arg(r.name));
}

QVariant TagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Tag");
    case KindColumn: return tr("Kind");
    case CountColumn: return tr("Count");
    }
    return {};
}

Qt::ItemFlags TagModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn && m_workspace && !m_workspace->selection().isEmpty())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace pamoja
