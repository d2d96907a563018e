#pragma once

#include "domain/changeset.h"

#include <QObject>

#include <functional>
#include <initializer_list>

class QWidget;

namespace pamoja {

// Keeps side views from slowing the room down. A view refreshes at once while it can be seen; while it
// is tucked away inside a shown window (a dock tab in the background, a closed dock) it only notes
// that it is stale and catches up when it is shown. Capturing an idea then costs the board's update
// and the one panel in front, not every panel.
class RefreshGate : public QObject
{
    Q_OBJECT

public:
    // The gate of a widget, created on first use (one per widget).
    static RefreshGate *of(QWidget *watched, std::function<void()> refresh);

    void request();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RefreshGate(QWidget *watched, std::function<void()> refresh);

    QWidget *m_watched;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

// Change sets that only move or fold things on the board.
bool onlyMovesNotes(const ChangeSet &cs);
bool touchesAny(const ChangeSet &cs, std::initializer_list<EntityKind> kinds);

} // namespace pamoja
