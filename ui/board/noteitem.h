#pragma once

#include "domain/entities.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace pamoja {

class BoardScene;

// One idea on the board. A plain QGraphicsItem (no QObject) so thousands stay cheap; text layout is
// cached in a QStaticText and skipped entirely when zoomed far out.
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    explicit NoteItem(const QUuid &id);
    ~NoteItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QUuid &id() const { return m_id; }
    const QUuid &clusterId() const { return m_clusterId; }
    qint64 created() const { return m_created; }
    const QString &text() const { return m_text; }
    const QString &constituency() const { return m_constituency; }

    void setIdea(const Idea &idea, int duplicates);
    // Draws the idea's translation (if any) under its words, smaller and in italics, with its mark.
    void setShowTranslation(bool show);
    const QString &translation() const { return m_translation; }
    bool showsTranslation() const { return m_showTranslation && !m_translation.isEmpty(); }
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    bool needsReview() const { return m_review; } // flagged by a merge of workshops

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    BoardScene *board() const;
    void refreshText();

    QUuid m_id;
    QUuid m_clusterId;
    qint64 m_created = 0;
    QString m_text;
    QString m_constituency;
    QStaticText m_static;
    QStaticText m_translationStatic;
    QString m_translation;
    QString m_translationMark;
    bool m_showTranslation = false;
    int m_duplicates = 0;
    bool m_edited = false;
    bool m_hidden = false; // hidden by the facilitator (drawn faint, never in the presenter view)
    bool m_dimmed = false; // does not match the search or tag filter
    bool m_review = false;
    QPointF m_pressPos;
};

} // namespace pamoja
