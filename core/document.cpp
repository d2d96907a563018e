#include "document.h"

#include "catalogue/defaultcatalogue.h"
#include "catalogue/shippedcatalogue.h"
#include "domain/constituency.h"

#include <QCoreApplication>
#include <QUuid>

namespace pamoja {

namespace {
// Folds a change set into the previous one of the same undo step: updates of one entity keep the
// first 'before' and the last 'after', so a long drag stays one small entry.
void fold(ChangeSet &into, const ChangeSet &next)
{
    for (const Change &c : next.changes) {
        auto it = std::find_if(into.changes.begin(), into.changes.end(), [&](const Change &e) {
            return e.op == Change::Op::Update && c.op == Change::Op::Update && e.kind == c.kind && e.id == c.id;
        });
        if (it == into.changes.end()) {
            into.changes.append(c);
            continue;
        }
        for (auto f = c.after.constBegin(); f != c.after.constEnd(); ++f) {
            if (!it->before.contains(f.key()))
                it->before.insert(f.key(), c.before.value(f.key()));
            it->after.insert(f.key(), f.value());
        }
    }
}
} // namespace

Document::Document(std::unique_ptr<WorkshopStore> store, WorkshopData data)
    : m_store(std::move(store)), m_data(std::move(data))
{
    follow();
}

Document::~Document()
{
    stopProbe();
}

Result<std::unique_ptr<Document>> Document::create(const QString &path, const QString &title, Seed seed,
                                                   const QString &language)
{
    if (seed == Seed::Empty) {
        auto store = WorkshopStore::create(path);
        if (!store)
            return Error{store.error()};
        return std::unique_ptr<Document>(new Document(std::move(*store), WorkshopData()));
    }
    ChangeSet cs;
    Workshop w;
    // In a database createWith() gives it the id it is listed under there.
    w.id = newId();
    w.title = title;
    w.created = QDateTime::currentDateTimeUtc();
    // The prompts and the catalogue are written in the workshop's first language.
    const QString lang = shipped::languages().contains(language) ? language : QStringLiteral("en");
    w.languages = lang;
    cs.insert(w);
    for (int s = step::First; s <= step::Last; ++s) {
        Prompt p;
        p.id = newId();
        p.step = s;
        p.text = shipped::prompt(s, lang);
        cs.insert(p);
    }
    for (const CatalogueItem &item : defaultCatalogue(lang))
        cs.insert(item);
    return createWith(path, cs, QCoreApplication::translate("pamoja::Document", "Create workshop"));
}

Result<std::unique_ptr<Document>> Document::createWith(const QString &path, ChangeSet first, const QString &description,
                                                       const QString &actor)
{
    auto location = WorkshopLocation::parse(path);
    if (!location)
        return Error{location.error()};
    if (!location->isFile()) {
        QUuid id = location->workshop;
        for (Change &c : first.changes)
            if (c.kind == EntityKind::Workshop && c.op == Change::Op::Insert) {
                if (id.isNull())
                    id = c.id;
                c.id = id;
            }
        location->workshop = id.isNull() ? newId() : id;
    }
    // Checked before anything is created, so a change that cannot apply creates nothing.
    WorkshopData data;
    if (Status s = data.check(first); !s)
        return Error{s.error()};
    HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = actor;
    e.description = description;
    e.changes = first;
    e.entryId = idString(QUuid::createUuid());
    // An empty import writes no entry, as apply() writes none for an empty change.
    auto store = WorkshopStore::createWithEntry(*location, first.isEmpty() ? nullptr : &e);
    if (!store)
        return Error{store.error()};
    data.apply(first);
    std::unique_ptr<Document> doc(new Document(std::move(*store), std::move(data)));
    doc->m_actor = actor;
    if (!first.isEmpty())
        doc->remember(e.entryId);
    return doc;
}

Result<std::unique_ptr<Document>> Document::open(const QString &path, WorkshopStore::Access access)
{
    auto store = WorkshopStore::open(path, access);
    if (!store)
        return Error{store.error()};
    auto data = (*store)->load();
    if (!data)
        return Error{data.error()};
    return std::unique_ptr<Document>(new Document(std::move(*store), std::move(*data)));
}

Status Document::commit(const ChangeSet &cs, const QString &description)
{
    if (isReadOnly())
        return Error{QCoreApplication::translate("pamoja::Document", "This workshop is open read-only; the change was not made.")};
    if (Status s = m_data.check(cs); !s)
        return s;
    const QString entryId = idString(QUuid::createUuid());
    if (!m_connected)
        return m_keepWhileOffline ? enqueue(cs, description, entryId) : requireConnection();
    if (Status s = m_store->apply(cs, m_actor, description, entryId); !s) {
        // The server went away: the change is kept here and written when it is back (in a window).
        if (m_store->isPostgres() && m_store->connectionLost()) {
            goOffline();
            return m_keepWhileOffline ? enqueue(cs, description, entryId) : requireConnection();
        }
        return s;
    }
    remember(m_store->lastWrittenEntry());
    m_data.apply(cs);
    Q_EMIT changed(cs);
    return Status::ok();
}

Status Document::apply(const ChangeSet &cs, const QString &description, Undoable undoable, const QString &mergeKey)
{
    if (cs.isEmpty())
        return Status::ok();
    if (Status s = commit(cs, description); !s)
        return s;
    if (undoable == Undoable::No)
        return Status::ok();
    m_undo.resize(m_index);
    if (!mergeKey.isEmpty() && !m_undo.isEmpty() && m_undo.last().mergeKey == mergeKey)
        fold(m_undo.last().forward, cs);
    else
        m_undo.append({description, cs, mergeKey, false, {}, std::nullopt, QString()});
    m_index = m_undo.size();
    Q_EMIT undoStateChanged();
    return Status::ok();
}

Status Document::applyMerge(const ChangeSet &cs, const QList<HistoryEntry> &learned,
                            const std::optional<HistoryEntry> &mergeEntry, const QString &description)
{
    if (learned.isEmpty() && !mergeEntry)
        return Status::ok();
    if (Status s = requireConnection(); !s)
        return s;
    if (isReadOnly())
        return Error{QCoreApplication::translate("pamoja::Document", "This workshop is open read-only; the change was not made.")};
    if (Status s = m_data.check(cs); !s)
        return s;
    auto head = m_store->head();
    if (!head)
        return Error{head.error()};
    if (Status s = m_store->applyMerge(cs, learned, mergeEntry ? &*mergeEntry : nullptr); !s)
        return s;
    for (const HistoryEntry &h : learned)
        remember(h.entryId);
    if (mergeEntry)
        remember(mergeEntry->entryId);
    m_data.apply(cs);
    m_undo.resize(m_index);
    UndoEntry e{description, cs, QString(), true, learned, mergeEntry, *head};
    m_undo.append(e);
    m_index = m_undo.size();
    Q_EMIT changed(cs);
    Q_EMIT undoStateChanged();
    return Status::ok();
}

Status Document::undoMerge(const UndoEntry &e)
{
    const ChangeSet back = e.forward.inverted();
    if (Status s = m_data.check(back); !s)
        return s;
    QStringList ids;
    for (const HistoryEntry &h : e.learned)
        ids.append(h.entryId);
    if (e.mergeEntry)
        ids.append(e.mergeEntry->entryId);
    if (Status s = m_store->forgetMerge(back, ids, e.previousHead); !s)
        return s;
    for (const QString &id : std::as_const(ids))
        m_window.remove(id); // gone by this document's own doing: no reason to read everything again
    m_data.apply(back);
    Q_EMIT changed(back);
    return Status::ok();
}

Status Document::redoMerge(const UndoEntry &e)
{
    if (Status s = m_data.check(e.forward); !s)
        return s;
    if (Status s = m_store->applyMerge(e.forward, e.learned, e.mergeEntry ? &*e.mergeEntry : nullptr); !s)
        return s;
    for (const HistoryEntry &h : e.learned)
        remember(h.entryId);
    if (e.mergeEntry)
        remember(e.mergeEntry->entryId);
    m_data.apply(e.forward);
    Q_EMIT changed(e.forward);
    return Status::ok();
}

Status Document::undo()
{
    if (!canUndo())
        return Error{QCoreApplication::translate("pamoja::Document", "There is nothing to undo.")};
    const UndoEntry &e = m_undo[m_index - 1];
    if (e.workshopMerge) {
        if (isReadOnly())
            return Error{QCoreApplication::translate("pamoja::Document", "This workshop is open read-only; the change was not made.")};
        if (Status s = requireConnection(); !s)
            return s;
        if (Status s = undoMerge(e); !s)
            return Error{QCoreApplication::translate("pamoja::Document", "Cannot undo \"%1\": %2").arg(e.text, s.error())};
    } else if (Status s = commit(e.forward.inverted(), QCoreApplication::translate("pamoja::Document", "Undo: %1").arg(e.text)); !s)
        return Error{QCoreApplication::translate("pamoja::Document", "Cannot undo \"%1\": %2").arg(e.text, s.error())};
    --m_index;
    Q_EMIT undoStateChanged();
    return Status::ok();
}

Status Document::redo()
{
    if (!canRedo())
        return Error{QCoreApplication::translate("pamoja::Document", "There is nothing to redo.")};
    const UndoEntry &e = m_undo[m_index];
    if (e.workshopMerge) {
        if (isReadOnly())
            return Error{QCoreApplication::translate("pamoja::Document", "This workshop is open read-only; the change was not made.")};
        if (Status s = requireConnection(); !s)
            return s;
        if (Status s = redoMerge(e); !s)
            return Error{QCoreApplication::translate("pamoja::Document", "Cannot redo \"%1\": %2").arg(e.text, s.error())};
    } else if (Status s = commit(e.forward, QCoreApplication::translate("pamoja::Document", "Redo: %1").arg(e.text)); !s)
        return Error{QCoreApplication::translate("pamoja::Document", "Cannot redo \"%1\": %2").arg(e.text, s.error())};
    ++m_index;
    Q_EMIT undoStateChanged();
    return Status::ok();
}

void Document::clearUndo()
{
    m_undo.clear();
    m_index = 0;
    Q_EMIT undoStateChanged();
}

} // namespace pamoja
