#pragma once

#include "domain/changeset.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <initializer_list>

class QAbstractItemView;
class QWidget;

namespace pamoja {

class Document;
class Workspace;

// Keeps side views from slowing the room down. A docked panel in a shown window refreshes shortly after
// a burst of changes, once, so capturing an idea (or fifty arriving from the room) costs the board's
// update and not a rebuild of every list per idea; while it is tucked away (a dock tab in the
// background, a closed dock) it only notes that it is stale and catches up when shown. A panel on its
// own (not docked) refreshes at once.
class RefreshGate : public QObject
{
    Q_OBJECT

public:
    enum class Hidden { RefreshIfOnItsOwn, Defer };
    // The gate of a widget, created on first use (one per widget). Hidden::Defer also defers while
    // the widget is hidden on its own (not inside a shown window), for views too costly to keep
    // current unseen.
    static RefreshGate *of(QWidget *watched, std::function<void()> refresh,
                           Hidden hidden = Hidden::RefreshIfOnItsOwn);

    // Connects the widget's gate to the document: a change for which shows() holds requests a
    // refresh (any earlier document is forgotten). Then refreshes once, for the document as it is.
    static void watch(QWidget *watched, Document *document, std::function<bool(const ChangeSet &)> shows,
                      std::function<void()> refresh, Hidden hidden = Hidden::RefreshIfOnItsOwn);

    void request();
    // Runs a pending refresh now.
    void flush();
    bool isStale() const { return m_stale; }

    // How long a docked panel waits for a burst of changes to end.
    static constexpr int CoalesceMs = 120;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RefreshGate(QWidget *watched, std::function<void()> refresh, Hidden hidden);

    bool isDocked() const;

    QWidget *m_watched;
    std::function<void()> m_refresh;
    QTimer m_timer;
    Hidden m_hidden;
    bool m_stale = false;
};

// For a panel's destructor: its children (views, editors committing their data) are destroyed after
// the destructor's body and must not call back into a half-destroyed panel, so the panel stops
// listening to its views' selections, the workspace and the workshop first.
void detachPanel(QObject *panel, Workspace *workspace, std::initializer_list<QAbstractItemView *> views);

// Change sets that only move or fold things on the board.
bool onlyMovesNotes(const ChangeSet &cs);
bool touchesAny(const ChangeSet &cs, std::initializer_list<EntityKind> kinds);

} // namespace pamoja
