#include "refreshgate.h"

#include "document.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QEvent>
#include <QWidget>

namespace pamoja {

RefreshGate::RefreshGate(QWidget *watched, std::function<void()> refresh, Hidden hidden)
    : QObject(watched), m_watched(watched), m_refresh(std::move(refresh)), m_hidden(hidden)
{
    setObjectName(QStringLiteral("refreshGate"));
    watched->installEventFilter(this);
    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &RefreshGate::flush);
}

bool RefreshGate::isDocked() const
{
    for (const QWidget *w = m_watched; w; w = w->parentWidget())
        if (qobject_cast<const QDockWidget *>(w))
            return true;
    return false;
}

RefreshGate *RefreshGate::of(QWidget *watched, std::function<void()> refresh, Hidden hidden)
{
    if (auto *gate = watched->findChild<RefreshGate *>(QStringLiteral("refreshGate"), Qt::FindDirectChildrenOnly))
        return gate;
    return new RefreshGate(watched, std::move(refresh), hidden);
}

void RefreshGate::watch(QWidget *watched, Document *document, std::function<bool(const ChangeSet &)> shows,
                        std::function<void()> refresh, Hidden hidden)
{
    if (document) {
        RefreshGate *gate = of(watched, refresh, hidden);
        document->disconnect(gate);
        connect(document, &Document::changed, gate, [gate, shows = std::move(shows)](const ChangeSet &cs) {
            if (shows(cs))
                gate->request();
        });
    }
    refresh();
}

void detachPanel(QObject *panel, Workspace *workspace, std::initializer_list<QAbstractItemView *> views)
{
    for (QAbstractItemView *v : views)
        if (v && v->selectionModel())
            v->selectionModel()->disconnect(panel);
    if (workspace) {
        workspace->disconnect(panel);
        if (Document *doc = workspace->document())
            doc->disconnect(panel);
    }
}

void RefreshGate::request()
{
    m_stale = true;
    if (!m_watched->isVisible() && (m_hidden == Hidden::Defer || m_watched->window()->isVisible()))
        return; // caught up when shown
    if (m_watched->window()->isVisible() && isDocked()) {
        if (!m_timer.isActive())
            m_timer.start();
        return;
    }
    flush();
}

void RefreshGate::flush()
{
    m_timer.stop();
    if (!m_stale)
        return;
    m_stale = false;
    m_refresh();
}

bool RefreshGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Show && m_stale)
        flush();
    return QObject::eventFilter(watched, event);
}

bool onlyMovesNotes(const ChangeSet &cs)
{
    static const QStringList boardOnly{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("collapsed"),
                                       QStringLiteral("colour")};
    for (const Change &c : cs.changes) {
        if (c.op != Change::Op::Update)
            return false;
        for (auto it = c.after.constBegin(); it != c.after.constEnd(); ++it)
            if (!boardOnly.contains(it.key()))
                return false;
    }
    return true;
}

bool touchesAny(const ChangeSet &cs, std::initializer_list<EntityKind> kinds)
{
    for (EntityKind k : kinds)
        if (cs.touches(k))
            return true;
    return false;
}

} // namespace pamoja
