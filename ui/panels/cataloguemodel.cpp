#include "cataloguemodel.h"

#include "catalogue/keywords.h"
#include "catalogue/shippedcatalogue.h"
#include "edits.h"
#include "i18n.h"
#include "planedits.h"
#include "workspace.h"

namespace pamoja {

CatalogueModel::CatalogueModel(Workspace *workspace, const QString &kind, QObject *parent)
    : IdTableModel(workspace, ColumnCount, parent), m_kind(kind), m_language(i18n::preferredLanguage())
{
    refresh();
}

void CatalogueModel::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
    Q_EMIT headerDataChanged(Qt::Horizontal, KeywordsColumn, KeywordsColumn);
}

void CatalogueModel::setKind(const QString &kind)
{
    m_kind = kind;
    refresh();
    Q_EMIT headerDataChanged(Qt::Horizontal, RelationColumn, RelationColumn);
}

void CatalogueModel::refresh()
{
    QList<QUuid> ids;
    if (Document *doc = document())
        for (const CatalogueItem &c : doc->data().catalogue(m_kind))
            ids.append(c.id);
    setIds(ids);
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Document *doc = document();
    const CatalogueItem *c = doc ? doc->data().table<CatalogueItem>().find(idAt(index.row())) : nullptr;
    if (!c)
        return {};
    if (role == Qt::UserRole)
        return c->id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return c->code;
    case NameColumn: return shipped::displayName(*c, m_language);
    case DescriptionColumn: return shipped::displayDescription(*c, m_language);
    case KeywordsColumn:
        // An upgraded file stores none: the shipped keywords of its code are what suggestions use.
        return c->keywords.trimmed().isEmpty() ? keywords::parse(keywords::shippedFor(c->kind, c->code)).value(m_language)
                                               : keywords::in(*c, m_language);
    case ProvenanceColumn: return c->provenance;
    case RelationColumn: {
        if (m_kind == QLatin1StringView("measure"))
            return c->counters;
        if (m_kind == QLatin1StringView("factor")) {
            QStringList codes;
            for (const CatalogueItem &m : edits::measuresCountering(doc->data(), c->code))
                codes.append(m.code);
            return codes.join(QStringLiteral(", "));
        }
        return {};
    }
    case UsesColumn: return role == Qt::EditRole ? QVariant() : QVariant(edits::catalogueItemUses(doc->data(), c->id));
    }
    return {};
}

bool CatalogueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Document *doc = document();
    if (!doc)
        return false;
    const QString text = value.toString().trimmed();
    const int col = index.column();
    if (col == NameColumn && text.isEmpty())
        return false;
    // Unchanged shown text stays the shipped text (in whichever language it is stored).
    if (text == data(index, Qt::EditRole).toString().trimmed())
        return true;
    const ChangeSet cs = edits::modify<CatalogueItem>(doc->data(), idAt(index.row()), [&](CatalogueItem &c) {
        if (col == NameColumn)
            c.name = text;
        else if (col == DescriptionColumn)
            c.description = text;
        else if (col == KeywordsColumn)
            // Editing one language keeps the others: an upgraded file's item starts from the shipped ones.
            c.keywords = keywords::with(c.keywords.trimmed().isEmpty() ? keywords::shippedFor(c.kind, c.code) : c.keywords, m_language,
                                        text.left(keywords::MaxLength));
        else if (col == ProvenanceColumn)
            c.provenance = text;
        else if (col == RelationColumn)
            c.counters = text.toUpper().remove(QLatin1Char(' '));
    });
    return workspace()->apply(cs, tr("Edit catalogue entry"));
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case DescriptionColumn: return tr("Description");
    case KeywordsColumn: return tr("Keywords (%1)").arg(i18n::nativeName(m_language));
    case ProvenanceColumn: return tr("Provenance");
    case RelationColumn:
        return m_kind == QLatin1StringView("measure")  ? tr("Counters factors")
               : m_kind == QLatin1StringView("factor") ? tr("Countered by")
                                                       : QString();
    case UsesColumn: return tr("Used");
    }
    return {};
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int col = index.column();
    if (col == NameColumn || col == DescriptionColumn || col == KeywordsColumn || col == ProvenanceColumn ||
        (col == RelationColumn && m_kind == QLatin1StringView("measure")))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace pamoja
