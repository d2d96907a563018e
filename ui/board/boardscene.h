#pragma once

#include "domain/changeset.h"
#include "domain/entities.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace pamoja {

class ClusterItem;
class Document;
class InlineEditor;
class NoteItem;
class Workspace;

enum class BoardMode {
    Facilitator, // everything that is revealed; hidden ideas faint; editing allowed
    Presenter,   // only revealed, not hidden ideas; read-only; no provenance badges
};

// The notes and clusters of the workspace's current step. Follows Document::changed incrementally:
// only the items a change set names are touched, so a capture costs the same on an empty board and
// on one with thousands of notes. Edits made on the board go through Workspace::apply.
class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    BoardScene(Workspace *workspace, BoardMode mode, QObject *parent = nullptr);
    ~BoardScene() override;

    BoardMode mode() const { return m_mode; }
    Workspace *workspace() const { return m_workspace; }
    NoteItem *note(const QUuid &id) const { return m_notes.value(id); }
    ClusterItem *cluster(const QUuid &id) const { return m_clusters.value(id); }
    QList<QUuid> noteIds() const { return m_notes.keys(); }
    QList<QUuid> clusterIds() const { return m_clusters.keys(); }
    int noteCount() const { return int(m_notes.size()); }
    // Ideas of the step still held back by private writing.
    int hiddenCount() const { return m_hiddenCount; }
    QList<QUuid> selectedIdeaIds() const;
    QList<QUuid> selectedClusterIds() const;
    // Bounding rectangle of all items, kept up to date without walking them.
    QRectF contentRect() const;

    // Edits (facilitator mode); each returns false when nothing was done.
    void notesDropped(NoteItem *grabbed);
    // A cluster dragged and let go at dropPos (scene coordinates).
    void clusterMoved(ClusterItem *cluster, const QPointF &dropPos);
    // Moves the ideas of one cluster into another (same step); everything pointing at it follows.
    bool mergeClusters(const QUuid &target, const QUuid &source);
    // Moves the selected loose notes and clusters by (dx, dy); repeated nudges of the same
    // selection are one undo step.
    bool nudgeSelected(double dx, double dy);
    void toggleCollapsed(const QUuid &clusterId);
    void renameCluster(const QUuid &clusterId);
    void editNote(const QUuid &ideaId);
    bool setClusterColour(const QUuid &clusterId, const QString &colour);
    bool mergeSelected();
    // Puts the duplicates merged into the selected ideas back on the board as ideas of their own.
    bool separateSelected();
    bool selectionHasDuplicates() const;
    bool deleteSelected();
    bool ungroupSelected();
    bool groupSelected();
    bool setSelectedHidden(bool hidden);
    // Clears the review flag a merge of workshops set on the selected ideas.
    bool markSelectedReviewed();
    bool revealHidden();
    // "Original words: ..." and merged duplicates; empty when there is nothing to show.
    QString originalWords(const QUuid &ideaId) const;
    bool isEditing() const;
    // Set by the view when the zoom crosses the level where note text is unreadable.
    void setLowDetail(bool low);
    bool isLowDetail() const { return m_lowDetail; }

    static QStringList palette();

Q_SIGNALS:
    void hiddenCountChanged(int count);
    // Ideas that arrived on this board (captured, from a device, imported), in the order they came.
    void notesAdded(const QList<QUuid> &ids);
    void contentChanged();

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void attach(Document *document);
    void rebuild();
    void onChanged(const ChangeSet &cs);
    bool isShown(const Idea &idea) const;
    void syncIdea(const QUuid &id, QSet<QUuid> &relayout);
    void syncCluster(const QUuid &id);
    void removeNote(NoteItem *note, QSet<QUuid> &relayout);
    void updateDimming(NoteItem *note, const Idea &idea);
    void refilter();
    void recountHidden();
    int duplicatesOf(const QUuid &id) const;
    void sceneSelectionChanged();
    void workspaceSelectionChanged();
    void startEditor(QGraphicsItem *on, const QString &text, double width, std::function<void(const QString &)> fn);

    Workspace *m_workspace;
    BoardMode m_mode;
    int m_step = 1;
    QPointer<Document> m_document;
    QHash<QUuid, NoteItem *> m_notes;
    QHash<QUuid, ClusterItem *> m_clusters;
    QHash<QUuid, int> m_duplicates; // idea id -> ideas merged into it
    int m_hiddenCount = 0;
    bool m_syncingSelection = false;
    bool m_lowDetail = false;
    QPointer<InlineEditor> m_editor;
};

} // namespace pamoja
