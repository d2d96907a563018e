// What the outline shows for each row, and the edits it accepts (rename, edit words, drag and drop).
#include "board/boardstyle.h"
#include "document.h"
#include "edits.h"
#include "outlinemodel.h"
#include "translate/translationtext.h"
#include "workspace.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>

namespace pamoja {

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const WorkshopData &d = m_document->data();
    const bool isCluster = !groupOf(index);
    const QUuid id = idAt(index);
    if (role == IdRole)
        return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
    if (role == IsClusterRole)
        return isCluster;
    if (isCluster) {
        const Group &g = *m_groups[index.row()];
        const Cluster *c = d.table<Cluster>().find(g.clusterId);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return c ? tr("%1 (%n idea(s))", nullptr, int(g.ideas.size())).arg(c->title)
                     : tr("Not in a cluster (%n idea(s))", nullptr, int(g.ideas.size()));
        case Qt::EditRole: return c ? c->title : QString();
        case Qt::DecorationRole: return c ? QColor(c->colour) : QVariant();
        case Qt::ToolTipRole: {
            if (!c)
                return tr("Ideas not yet in a cluster");
            QMap<QString, int> counts;
            for (const QUuid &i : g.ideas)
                if (const Idea *idea = d.table<Idea>().find(i))
                    ++counts[idea->constituency];
            QStringList lines{c->title};
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                lines << tr("%1: %n idea(s)", nullptr, it.value()).arg(boardstyle::constituencyShort(it.key()));
            return lines.join(QLatin1Char('\n'));
        }
        default: return {};
        }
    }
    const Idea *idea = d.table<Idea>().find(id);
    if (!idea)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QString s = idea->hidden ? tr("%1 [hidden from the presenter view]").arg(idea->text) : idea->text;
        // The translation on a line of its own under the words, after its "MT" mark.
        if (m_workspace->showTranslations() && !idea->translation.isEmpty())
            s += QStringLiteral("\n") + translationtext::mark(*idea) + QStringLiteral(" \u00b7 ") + idea->translation;
        return s;
    }
    case Qt::EditRole: return idea->text;
    case Qt::AccessibleTextRole: {
        QString s = idea->text;
        if (!idea->constituency.isEmpty())
            s += QStringLiteral(" (") + boardstyle::constituencyShort(idea->constituency) + QLatin1Char(')');
        if (const QString language = languageLabel(*idea); !language.isEmpty())
            s += QStringLiteral(", ") + language;
        if (m_workspace->showTranslations() && !idea->translation.isEmpty())
            s += QStringLiteral(". ") + translationtext::sentence(*idea);
        return s;
    }
    case Qt::ToolTipRole: {
        QString tip = idea->text != idea->originalText ? tr("Original words: %1").arg(idea->originalText) : idea->text;
        if (const QString language = languageLabel(*idea); !language.isEmpty())
            tip += QLatin1Char('\n') + tr("Language: %1").arg(language);
        if (!idea->translation.isEmpty())
            tip += QLatin1Char('\n') + translationtext::sentence(*idea);
        return tip;
    }
    case Qt::DecorationRole: return boardstyle::constituencyColour(idea->constituency);
    default: return {};
    }
}

QString OutlineModel::languageLabel(const Idea &idea)
{
    // Nothing when unknown: Pamoja never claims a language nobody gave and it could not tell.
    if (idea.language.isEmpty())
        return {};
    // Each language by its own name, as in the report (Qt 6.4 has no translated language names);
    // QLocale("en") calls itself "American English", the language alone is meant.
    const QLocale locale(idea.language);
    QString name = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    if (locale.language() == QLocale::C || name.isEmpty())
        name = idea.language;
    return edits::languageDetected(idea) ? tr("%1 (detected)", "a language Pamoja detected from the idea's text").arg(name) : name;
}

bool OutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_document)
        return false;
    const QUuid id = idAt(index);
    const QString text = value.toString().simplified();
    if (text.isEmpty() || id.isNull())
        return false;
    if (!groupOf(index))
        return m_workspace->apply(
            edits::modify<Cluster>(m_document->data(), id, [&](Cluster &c) { c.title = text; }),
            tr("Rename cluster to \"%1\"").arg(text));
    return m_workspace->apply(edits::editIdeaText(m_document->data(), id, value.toString()),
                              tr("Edit an idea's words"));
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool writable = m_document && !m_document->isReadOnly();
    if (!groupOf(index)) {
        if (writable)
            f |= Qt::ItemIsDropEnabled;
        if (writable && !idAt(index).isNull())
            f |= Qt::ItemIsEditable;
    } else if (writable) {
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    }
    return f;
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Clusters and ideas");
    return {};
}

QStringList OutlineModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && groupOf(i))
            ids << idAt(i).toString(QUuid::WithoutBraces);
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    return data && data->hasFormat(mimeType()) && (action == Qt::MoveAction || action == Qt::CopyAction) &&
           parent.isValid() && m_document && !m_document->isReadOnly();
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on an idea: into that idea's group.
    const QModelIndex groupIndex = groupOf(parent) ? parent.parent() : parent;
    if (!groupIndex.isValid())
        return false;
    const QUuid cluster = m_groups[groupIndex.row()]->clusterId;
    QList<QUuid> ids;
    for (const QByteArray &line : data->data(mimeType()).split('\n'))
        if (const QUuid id = QUuid::fromString(QString::fromUtf8(line)); !id.isNull())
            ids.append(id);
    const ChangeSet cs = edits::setCluster(m_document->data(), ids, cluster);
    if (cs.isEmpty())
        return false;
    m_workspace->apply(cs, tr("Move %n idea(s) to another cluster", nullptr, int(ids.size())));
    // The rows move through Document::changed; the view must not remove anything itself.
    return false;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OutlineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace pamoja
