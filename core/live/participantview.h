#pragma once

// What one participant's device may see of the workshop, as plain data. The server builds it from
// the workshop (only revealed ideas, no author names without consent); PageRenderer turns it into
// the page that works without JavaScript, and /api/state answers the same fields as JSON.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pamoja {

struct ParticipantView
{
    struct Idea
    {
        QString id;
        QString text;
        QString language; // may be empty
        QString author;   // empty unless the author consented to be named
    };
    struct MyIdea
    {
        QString id;
        QString text;
        bool revealed = false;                   // once revealed it can no longer be edited or withdrawn
        QString status = QStringLiteral("saved"); // saved | held (private writing keeps it back)
    };
    struct VoteItem
    {
        QString id;
        QString text;
        int myDots = 0;
    };
    struct Round
    {
        QString id;
        QString title;
        QString target = QStringLiteral("ideas"); // ideas | clusters
        int dots = 3;                             // dots per participant
        int maxPerItem = 1;
        int remaining = 3;
        QList<VoteItem> items;
    };
    struct Cluster
    {
        QString id;
        QString title;
        QList<Idea> ideas;
    };

    // The page's language (en, nl, fr, es, pt); unknown codes render in English.
    QString language = QStringLiteral("en");

    // Without a session only the join form is shown (workshop settings below still apply).
    bool joined = false;
    QString joinCode;   // prefills the join form (?code=)
    QString csrf;       // the session's form token, put in every form
    QString displayName; // the participant's name or alias
    bool anonymous = false; // joined anonymously: every idea it sends is anonymous
    QString nextIdeaId; // a fresh id for the no-JavaScript idea form: resubmitting it changes nothing

    // The workshop's settings a device may know.
    QString title;
    QStringList languages{QStringLiteral("en")}; // workshop languages, first is the main one
    QString anonymity = QStringLiteral("optional"); // named | optional | anonymous
    bool askConstituency = false;

    quint64 version = 0;
    bool paused = false;
    int step = 1;
    QString promptText;

    QList<MyIdea> mine;
    std::optional<Round> round;
    QList<Cluster> clusters;
    QList<Idea> loose;

    bool reportPublished = false;
    QStringList reportLanguages;

    // A message about the last form submission (already translated), e.g. a refused vote.
    QString notice;
    bool noticeIsError = false;
};

} // namespace pamoja
