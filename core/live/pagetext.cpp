#include "pagetext.h"

#include "i18n.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace pamoja {

namespace {
struct Entry
{
    const char *key;
    const char *source;
};

// Keys are what the script and the renderer ask for; "%1" and "%2" are filled in by both.
// Sorted by key so lookups can bisect.
const Entry Strings[] = {
    {"addDot", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Add a dot to: %1")},
    {"allAnonymous", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                       "This workshop is anonymous: your name is not asked and not kept.")},
    {"anonymous", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Take part anonymously")},
    {"anonymousHint", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                        "You get an alias such as “Participant 7”. Anonymous ideas store no name.")},
    {"board", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Ideas shared so far")},
    {"boardEmpty", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "No ideas have been revealed yet.")},
    {"brand", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Pamoja workshop")},
    {"cancel", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Cancel")},
    {"code", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Workshop code")},
    {"codeHint", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Six letters and digits, shown by the facilitator.")},
    {"codeWrong", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                    "That code is not right. Check it on the facilitator's screen.")},
    {"confirmWithdraw", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Withdraw this idea?")},
    {"constituency", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Whom do you speak for?")},
    {"constituencyDonor", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "A donor")},
    {"constituencyNorth", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "A Northern CSO")},
    {"constituencyOther", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Someone else")},
    {"constituencySouth", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "A Southern CSO")},
    {"delivered", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your idea has been received.")},
    {"dotsLeft", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Dots left: %1 of %2")},
    {"dotsOn", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "My dots: %1")},
    {"download", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Download the report (PDF, %1)")},
    {"edit", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Edit")},
    {"editLabel", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Edit your idea")},
    {"empty", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Please write your idea first.")},
    {"error", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Something went wrong. Please try again.")},
    {"formAbout", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "About you")},
    {"formAdd", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Add this idea")},
    {"formAdded", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Idea added. You can write another one.")},
    {"formChanged", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "You changed your ideas after saving: save again so the new version is sent.")},
    {"formConstituencyNone", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "I would rather not say")},
    {"formCopied", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Copied. Paste it into an e-mail to the facilitator.")},
    {"formCopy", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Copy the text")},
    {"formCopyFailed", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Copying did not work here: select all of the text and copy it yourself.")},
    {"formCount", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Ideas written so far: %1")},
    {"formDownload", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Download the file")},
    {"formIntro", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Write your ideas here, even without an internet connection. When you are done, save your contribution and send it to the facilitator, by e-mail or on a USB stick.")},
    {"formKept", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your ideas are kept in this browser on this device until you send them.")},
    {"formNameAnonymous", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Leave your name empty to take part anonymously: then no name is kept with your ideas.")},
    {"formNameRequired", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "This workshop asks for your name. Please write it first.")},
    {"formNoIdeas", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Write at least one idea first.")},
    {"formNoScript", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "This form needs JavaScript to save your contribution, and JavaScript is switched off in this browser. You can still take part: write your ideas in an e-mail to the facilitator, with the question each one answers, and your name if you want it kept with them.")},
    {"formPacket", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your contribution as text")},
    {"formPacketHint", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Copy all of it, from BEGIN to END, into an e-mail to the facilitator. Nothing needs to be changed in it.")},
    {"formRemove", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Remove")},
    {"formRemoveLabel", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Remove the idea: %1")},
    {"formRemoved", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Idea removed.")},
    {"formSave", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Save my contribution")},
    {"formSaveHint", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "This makes a small file to send to the facilitator, and shows the same text to paste into an e-mail. Nothing is sent by itself.")},
    {"formSaved", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your contribution is ready: send the file or the text to the facilitator.")},
    {"formSend", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Send it")},
    {"formTitle", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Offline contribution form")},
    {"formYourIdeas", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your ideas for this question")},
    {"held", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Received. The facilitator looks at it before it is shared.")},
    {"idea", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your idea")},
    {"ideaHint", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "One idea at a time, in any language.")},
    {"join", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Join")},
    {"joinTitle", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Join the workshop")},
    {"joined", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "You take part as %1.")},
    {"language", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Language")},
    {"leave", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Leave on this phone")},
    {"live", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Connected. The page updates by itself.")},
    {"loose", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Not in a group")},
    {"mine", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "My ideas")},
    {"mineEmpty", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "You have not sent an idea yet.")},
    {"name", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your name")},
    {"nameHint", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "As you would like others to see it.")},
    {"noScript", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                   "Without JavaScript, reload the page to see what is new.")},
    {"offline", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                  "No connection. Your ideas are kept on this phone and sent when it is back.")},
    {"paused", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "The facilitator has paused new ideas for now.")},
    {"pending", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Waiting to be sent")},
    {"pendingCount", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Still to send: %1")},
    {"prompt", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "The question")},
    {"removeDot", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Remove a dot from: %1")},
    {"report", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "The report")},
    {"revealed", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Shared with everyone")},
    {"save", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Save")},
    {"saveDots", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Save my dots")},
    {"saved", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Received. Others see it once the facilitator shares the ideas.")},
    {"send", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Send")},
    {"sendAnonymously", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Send without my name")},
    {"skip", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Skip to the content")},
    {"step1", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Step 1: Envision")},
    {"step2", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Step 2: System change")},
    {"step3", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Step 3: Action")},
    {"tooLate", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                  "This idea has been shared with everyone and can no longer be changed.")},
    {"vote", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Vote")},
    {"voteHint", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                   "You have %1 dots. Put up to %2 on one item.")},
    {"voteRefused", QT_TRANSLATE_NOOP("pamoja::ParticipantPage",
                                      "That vote was not taken: no dots left, or the round has closed.")},
    {"withdraw", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Withdraw")},
    {"withdrawn", QT_TRANSLATE_NOOP("pamoja::ParticipantPage", "Your idea has been withdrawn.")},
};

const Entry *find(const char *key)
{
    const auto *end = std::end(Strings);
    const auto *it = std::lower_bound(std::begin(Strings), end, key,
                                      [](const Entry &e, const char *k) { return std::strcmp(e.key, k) < 0; });
    return it != end && std::strcmp(it->key, key) == 0 ? it : nullptr;
}
} // namespace

PageText::PageText(const QString &language)
    : m_language(i18n::supportedLanguages().contains(language) ? language : QStringLiteral("en"))
{
    if (m_language != QLatin1StringView("en"))
        m_translator = i18n::translator(m_language);
}

PageText::~PageText() = default;

int PageText::count()
{
    return int(std::size(Strings));
}

const char *PageText::key(int i)
{
    return i >= 0 && i < count() ? Strings[i].key : "";
}

const char *PageText::source(int i)
{
    return i >= 0 && i < count() ? Strings[i].source : "";
}

bool PageText::translated(const char *key) const
{
    const Entry *e = find(key);
    if (!e)
        return false;
    if (m_language == QLatin1StringView("en"))
        return true;
    return m_translator && !m_translator->translate("pamoja::ParticipantPage", e->source).isEmpty();
}

QString PageText::text(const char *key) const
{
    const Entry *e = find(key);
    if (!e)
        return QStringLiteral("[%1]").arg(QString::fromUtf8(key));
    if (m_translator) {
        const QString t = m_translator->translate("pamoja::ParticipantPage", e->source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(e->source);
}

QByteArray PageText::json() const
{
    QJsonObject o;
    for (const Entry &e : Strings)
        o.insert(QString::fromUtf8(e.key), text(e.key));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray PageText::json(const QList<QByteArray> &keys) const
{
    QJsonObject o;
    for (const QByteArray &k : keys)
        o.insert(QString::fromUtf8(k), text(k.constData()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace pamoja
