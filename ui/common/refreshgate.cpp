#include "refreshgate.h"

#include <QEvent>
#include <QWidget>

namespace pamoja {

RefreshGate::RefreshGate(QWidget *watched, std::function<void()> refresh)
    : QObject(watched), m_watched(watched), m_refresh(std::move(refresh))
{
    setObjectName(QStringLiteral("refreshGate"));
    watched->installEventFilter(this);
}

RefreshGate *RefreshGate::of(QWidget *watched, std::function<void()> refresh)
{
    if (auto *gate = watched->findChild<RefreshGate *>(QStringLiteral("refreshGate"), Qt::FindDirectChildrenOnly))
        return gate;
    return new RefreshGate(watched, std::move(refresh));
}

void RefreshGate::request()
{
    if (!m_watched->isVisible() && m_watched->window()->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refresh();
}

bool RefreshGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_refresh();
    }
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
