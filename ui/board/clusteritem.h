#pragma once

#include "domain/entities.h"

#include <QGraphicsItem>
#include <QMap>

namespace pamoja {

class BoardScene;
class NoteItem;

// A cluster frame: a header with the title, a collapse toggle and provenance badges (how many of its
// ideas came from each constituency), and its notes as child items laid out in a grid.
class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    explicit ClusterItem(const QUuid &id);
    ~ClusterItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QUuid &id() const { return m_id; }
    const QString &title() const { return m_title; }
    bool isCollapsed() const { return m_collapsed; }
    const QMap<QString, int> &badges() const { return m_badges; }
    QRectF headerRect() const;
    QRectF toggleRect() const;
    void setShowBadges(bool show) { m_showBadges = show; }

    void setCluster(const Cluster &cluster);
    void addNote(NoteItem *note);
    void removeNote(NoteItem *note);
    const QList<NoteItem *> &notes() const { return m_notes; }
    // Positions the notes, recomputes size and badges.
    void relayout();
    void setTitleEditing(bool editing);
    // Far out, the frame paints its notes as plain cards and the note items are hidden: thousands of
    // items each cost more to visit than to draw.
    void setLowDetail(bool low);
    bool isLowDetail() const { return m_lowDetail; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    BoardScene *board() const;

    QUuid m_id;
    QString m_title;
    QColor m_colour;
    bool m_collapsed = false;
    bool m_showBadges = true;
    bool m_editing = false;
    bool m_lowDetail = false;
    QSizeF m_size;
    QList<NoteItem *> m_notes;
    QMap<QString, int> m_badges;
    QPointF m_pressPos;
};

} // namespace pamoja
