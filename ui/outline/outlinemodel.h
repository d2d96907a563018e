#pragma once

#include "domain/changeset.h"
#include "domain/entities.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace pamoja {

class Document;
class Workspace;

// The clusters of the current step with their ideas, as a tree: the accessible alternative to the
// board. Every structural change goes through syncRows(), which turns "what should be there" into
// begin/end insert, remove and move calls, so the two can never disagree.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1, IsClusterRole };
    static QString mimeType() { return QStringLiteral("application/x-pamoja-idea-ids"); }

    explicit OutlineModel(Workspace *workspace, QObject *parent = nullptr);
    ~OutlineModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The idea's language as shown (its own name, "(detected)" when Pamoja detected it); empty when unknown.
    static QString languageLabel(const Idea &idea);
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    QUuid idAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QUuid &id) const;

private:
    struct Group
    {
        QUuid clusterId; // null: ideas in no cluster
        QList<QUuid> ideas;
    };

    void attach(Document *document);
    void reset();
    void onChanged(const ChangeSet &cs);
    void fullSync();
    template <class List, class Key, class Make>
    void syncRows(List &current, const QList<QUuid> &wanted, const QModelIndex &parent, Key key, Make make);
    void syncGroupMembers(Group &group, int row, const QList<QUuid> &wanted);
    QList<QUuid> orderedIdeas(QList<QUuid> ids) const;
    bool isShown(const QUuid &ideaId, QUuid *cluster) const;
    int groupRow(const QUuid &clusterId) const;
    const Group *groupOf(const QModelIndex &index) const;

    Workspace *m_workspace;
    QPointer<Document> m_document;
    int m_step = 1;
    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QUuid, QUuid> m_ideaGroup; // idea -> cluster id of the group it is listed in
};

} // namespace pamoja
