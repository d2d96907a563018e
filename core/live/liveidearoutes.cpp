// The idea routes of docs/http-api.md: a device submits, edits or withdraws its own idea (POST
// /api/ideas, PATCH and DELETE /api/ideas/ID, and the page's forms). The routing and the other
// routes are in liveroutes.cpp.
#include "document.h"
#include "edits.h"
#include "liveserver_p.h"
#include "strictjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>

namespace pamoja {

Submission LiveServer::Private::submitIdea(DeviceSession &s, const QJsonObject &o)
{
    if (Status st = strictjson::checkFields(o, {{"id", strictjson::Type::Uuid, true},
                                                {"text", strictjson::Type::String, true},
                                                {"language", strictjson::Type::String, false},
                                                {"anonymous", strictjson::Type::Bool, false}});
        !st)
        return failure(400, st.error());
    const QUuid id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    const QString text = o.value(QStringLiteral("text")).toString();
    if (Status st = strictjson::checkText(text, config.limits.maxTextChars, QCoreApplication::translate("pamoja::LiveServer", "text")); !st)
        return failure(400, st.error());

    // The same id again: the same answer, nothing changes (a phone retrying after a lost answer, also
    // through another server).
    auto sameAgain = [&](const Idea &existing) -> std::optional<Submission> {
        if (!owns(s, id) && existing.originalText != text.trimmed())
            return std::nullopt;
        Submission same;
        const bool waiting = isHeld(id) || (shared && existing.hidden && existing.source == QLatin1StringView("device"));
        same.body = {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("status"), waiting ? QStringLiteral("held") : QStringLiteral("saved")}};
        return same;
    };
    if (const Idea *existing = doc->data().table<Idea>().find(id)) {
        if (auto same = sameAgain(*existing))
            return *same;
        return failure(409, QCoreApplication::translate("pamoja::LiveServer", "That id belongs to another idea."));
    }
    if (Submission t = throttle(s); !t.error.isEmpty())
        return t;

    const Workshop &w = doc->data().workshop();
    bool anonymous = s.anonymous || o.value(QStringLiteral("anonymous")).toBool() || w.anonymity == QLatin1StringView("anonymous");
    if (w.anonymity == QLatin1StringView("named") && !s.anonymous)
        anonymous = false;
    const QString language = o.value(QStringLiteral("language")).toString();
    if (!language.isEmpty() && !isLanguageCode(language))
        return failure(400, QCoreApplication::translate("pamoja::LiveServer", "Unknown language code."));
    // Without a language given with the idea it is detected (edits::makeIdea): the session's language is
    // the one the participant reads the page in, which says nothing reliable about what they wrote.

    edits::IdeaDraft draft;
    draft.id = id;
    draft.step = w.activeStep;
    draft.text = text;
    draft.authorId = anonymous ? QUuid() : s.participantId;
    draft.constituency = anonymous ? s.constituency : QString();
    draft.language = language;
    draft.source = QStringLiteral("device");
    auto idea = edits::makeIdea(doc->data(), draft);
    if (!idea)
        return failure(400, idea.error());
    const bool hold = config.moderation;
    if (hold)
        idea->hidden = true; // committed, so nothing acknowledged is lost, but not shown until approved
    ChangeSet cs;
    cs.insert(*idea);
    // Shared between servers: the row that makes the idea this device's, and puts a held one in the
    // moderation queue, is written BEFORE the idea. Were it written after, a failure between the two
    // would leave an acknowledged idea hidden and in no queue, out of everyone's reach; this way a
    // failure is answered "try again" with nothing committed (the same id then writes both).
    if (shared) {
        // The database is out of reach: say so at once rather than after a statement times out.
        if (!doc->isConnected())
            return failure(503, QCoreApplication::translate("pamoja::LiveServer", "The idea could not be saved; please try again."));
        if (Status st = shared->addIdea(id, s.token, hold, s.label, QDateTime::currentMSecsSinceEpoch()); !st) {
            Q_EMIT q->problem(QCoreApplication::translate("pamoja::LiveServer", "A change from a participant's device could not be saved: %1").arg(st.error()));
            return failure(500, QCoreApplication::translate("pamoja::LiveServer", "The idea could not be saved; please try again."));
        }
        // The id is another device's (its row was there first): not this device's to send.
        if (!shared->owns(id, s.token))
            return failure(409, QCoreApplication::translate("pamoja::LiveServer", "That id belongs to another idea."));
    }
    if (Status st = applyAs(s, cs, QCoreApplication::translate("pamoja::LiveServer", "Idea from a participant's device"), anonymous, !shared); !st) {
        // Another server stored the same id first (the store refuses a second insert): read its
        // change now and answer as for a retry.
        if (shared) {
            doc->catchUp();
            if (const Idea *existing = doc->data().table<Idea>().find(id))
                if (auto same = sameAgain(*existing))
                    return *same;
            // Saved nowhere (the database decides, not what this server has followed): this
            // device's row goes again. Should that fail too, the row names an idea that does not
            // exist: no queue shows it, and a retry with the same id takes it over.
            if (Status gone = shared->removeUnsavedIdea(id, s.token); !gone)
                qWarning() << "could not remove the row of an idea that was not saved:" << gone.error();
            Q_EMIT q->problem(QCoreApplication::translate("pamoja::LiveServer", "A change from a participant's device could not be saved: %1").arg(st.error()));
        }
        return failure(500, QCoreApplication::translate("pamoja::LiveServer", "The idea could not be saved; please try again."));
    }
    markOwn(s, *idea, hold);
    Submission ok;
    ok.body = {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
               {QStringLiteral("status"), hold ? QStringLiteral("held") : QStringLiteral("saved")}};
    return ok;
}

const Idea *LiveServer::Private::ownIdea(const DeviceSession &s, const QUuid &id)
{
    if (!owns(s, id))
        return nullptr;
    // Sent through another server a moment ago: this document may not have followed it yet.
    if (shared && !doc->data().table<Idea>().contains(id))
        doc->catchUp();
    return doc->data().table<Idea>().find(id);
}

Submission LiveServer::Private::editIdea(DeviceSession &s, const QUuid &id, const QString &text)
{
    const Idea *idea = ownIdea(s, id);
    if (!idea)
        return failure(404, QCoreApplication::translate("pamoja::LiveServer", "No such idea of yours."));
    if (idea->revealed && !idea->hidden && !isHeld(id))
        return failure(409, QCoreApplication::translate("pamoja::LiveServer", "This idea is already on the board and can no longer be changed."));
    if (Status st = strictjson::checkText(text, config.limits.maxTextChars, QCoreApplication::translate("pamoja::LiveServer", "text")); !st)
        return failure(400, st.error());
    if (text.trimmed().isEmpty())
        return failure(400, QCoreApplication::translate("pamoja::LiveServer", "An idea needs some text."));
    if (Submission t = throttle(s); !t.error.isEmpty())
        return t;
    const ChangeSet cs = edits::editIdeaText(doc->data(), id, text);
    if (!cs.isEmpty())
        if (Status st = applyAs(s, cs, QCoreApplication::translate("pamoja::LiveServer", "A participant edited their idea"), idea->authorId.isNull()); !st)
            return failure(500, QCoreApplication::translate("pamoja::LiveServer", "The change could not be saved; please try again."));
    const bool waiting = isHeld(id);
    if (waiting) {
        if (held.contains(id))
            held[id].text = text.trimmed();
        Q_EMIT q->heldIdeasChanged();
    }
    Submission ok;
    ok.body = {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
               {QStringLiteral("status"), waiting ? QStringLiteral("held") : QStringLiteral("saved")}};
    return ok;
}

Submission LiveServer::Private::withdrawIdea(DeviceSession &s, const QUuid &id)
{
    const Idea *idea = ownIdea(s, id);
    if (!idea)
        return failure(404, QCoreApplication::translate("pamoja::LiveServer", "No such idea of yours."));
    if (idea->revealed && !idea->hidden && !isHeld(id))
        return failure(409, QCoreApplication::translate("pamoja::LiveServer", "This idea is already on the board and can no longer be withdrawn."));
    if (Submission t = throttle(s); !t.error.isEmpty())
        return t;
    const bool anonymous = idea->authorId.isNull();
    const ChangeSet cs = edits::removeIdeas(doc->data(), {id});
    if (Status st = applyAs(s, cs, QCoreApplication::translate("pamoja::LiveServer", "A participant withdrew their idea"), anonymous); !st)
        return failure(500, QCoreApplication::translate("pamoja::LiveServer", "The change could not be saved; please try again."));
    s.ownIdeas.remove(id);
    if (shared || held.contains(id))
        forgetHeld(id, true); // also its row in the shared table

    Submission ok;
    ok.body = {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}, {QStringLiteral("status"), QStringLiteral("withdrawn")}};
    return ok;
}

} // namespace pamoja
