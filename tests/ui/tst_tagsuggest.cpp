// Suggested tags in the window (issue 13): the Tags panel suggests themes and factors for the
// selected ideas with a score; accepting one is an ordinary tag (one undo step), rejecting one keeps
// it from being offered again for that idea, Accept All tags the whole selection in one undo step,
// and a large selection is scored off the GUI thread. The catalogue shows in the interface language.
#include "uitestutil.h"

#include "catalogue/shippedcatalogue.h"
#include "edits.h"
#include "i18n.h"
#include "panels/suggestionspanel.h"
#include "panels/tagmodel.h"
#include "panels/tagspanel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace pamoja;
using namespace pamoja::uitest;

class TestTagSuggestUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;

    Workspace *ws() const { return m_window->workspace(); }
    Document *doc() const { return ws()->document(); }
    SuggestionsPanel *panel() const { return m_window->findChild<SuggestionsPanel *>(); }
    QPushButton *button(const char *name) const
    {
        return panel()->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    QList<QUuid> addIdeas(const QStringList &texts, const QString &language)
    {
        ChangeSet cs;
        QList<QUuid> ids;
        for (const QString &t : texts) {
            Idea i;
            i.id = newId();
            i.text = i.originalText = t;
            i.language = language;
            i.languageConfidence = 100;
            i.created = i.modified = QDateTime::currentDateTimeUtc();
            cs.insert(i);
            ids.append(i.id);
        }
        [&] { QVERIFY(ws()->apply(cs, QStringLiteral("Add ideas"))); }();
        return ids;
    }
    QString codeOf(const QUuid &item) const { return doc()->data().table<CatalogueItem>().find(item)->code; }
    QStringList tagCodes(const QUuid &idea) const
    {
        QStringList codes;
        for (const QUuid &item : doc()->data().tagItemsOf(idea))
            codes.append(codeOf(item));
        codes.sort();
        return codes;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Suggestions"),
                                         m_dir.filePath(QStringLiteral("s%1.pamoja").arg(++m_n))));
        QVERIFY(panel());
    }
    void cleanup()
    {
        m_window.reset();
        i18n::setPreferredLanguage(QString());
    }

    void acceptOneIsAnUndoableTag()
    {
        const QList<QUuid> ids = addIdeas({QStringLiteral("The budget and the overhead costs of the grant")},
                                          QStringLiteral("en"));
        ws()->setSelection(ids);
        QVERIFY(!panel()->rows().isEmpty());
        QCOMPARE(codeOf(panel()->rows().first().itemId), QStringLiteral("T05"));
        QVERIFY(panel()->rows().first().score >= TagSuggester::MinimumScore);
        QCOMPARE(panel()->view()->topLevelItemCount(), panel()->rows().size());
        QVERIFY(panel()->view()->topLevelItem(0)->text(1).startsWith(QStringLiteral("T05 ")));
        QVERIFY(!panel()->view()->topLevelItem(0)->text(2).isEmpty()); // the score

        QTest::mouseClick(button("acceptSuggestion"), Qt::LeftButton);
        QCOMPARE(tagCodes(ids.first()), QStringList{QStringLiteral("T05")});
        QVERIFY(doc()->undoText().contains(QStringLiteral("T05")));
        // Once a tag, no longer a suggestion (the panel refreshes shortly after a change).
        auto offers = [&](const QString &code) {
            return std::any_of(panel()->rows().cbegin(), panel()->rows().cend(),
                               [&](const SuggestionsPanel::Row &r) { return codeOf(r.itemId) == code; });
        };
        QTRY_VERIFY(!offers(QStringLiteral("T05")));
        QVERIFY(doc()->undo());
        QCOMPARE(tagCodes(ids.first()), QStringList());
        QTRY_VERIFY(offers(QStringLiteral("T05")));
    }

    void rejectedIsNotOfferedAgain()
    {
        const QList<QUuid> ids = addIdeas({QStringLiteral("The budget and the overhead costs of the grant"),
                                           QStringLiteral("More money for salaries in the budget")},
                                          QStringLiteral("en"));
        ws()->setSelection({ids.first()});
        const QUuid rejected = panel()->rows().first().itemId;
        QTest::mouseClick(button("rejectSuggestion"), Qt::LeftButton);
        for (const auto &r : panel()->rows())
            QVERIFY(r.itemId != rejected);
        QCOMPARE(tagCodes(ids.first()), QStringList()); // nothing written
        // Still offered for the other idea, and not again for the first after the selection changes.
        ws()->setSelection(ids);
        bool forOther = false;
        for (const auto &r : panel()->rows()) {
            QVERIFY(!(r.ideaId == ids.first() && r.itemId == rejected));
            forOther = forOther || (r.ideaId == ids.last() && r.itemId == rejected);
        }
        QVERIFY(forOther);
    }

    void acceptAllIsOneUndoStep()
    {
        const QList<QUuid> ids =
            addIdeas({QStringLiteral("The budget and the overhead costs of the grant"),
                      QStringLiteral("Les décisions sont votées ensemble par le comité de pilotage"),
                      QStringLiteral("As comunidades locais e a sua apropriação")},
                     QString());
        ws()->setSelection(ids);
        const int shown = int(panel()->rows().size());
        QVERIFY(shown >= 3);
        const QList<SuggestionsPanel::Row> accepted = panel()->rows();
        QTest::mouseClick(button("acceptAllSuggestions"), Qt::LeftButton);
        int tags = 0;
        for (const QUuid &id : ids)
            tags += int(tagCodes(id).size());
        QCOMPARE(tags, shown);
        QVERIFY(tagCodes(ids[0]).contains(QStringLiteral("T05")));
        QVERIFY(tagCodes(ids[1]).contains(QStringLiteral("T04")));
        QVERIFY(tagCodes(ids[2]).contains(QStringLiteral("T09")));
        // What was accepted is not offered again.
        QTRY_VERIFY(std::none_of(panel()->rows().cbegin(), panel()->rows().cend(), [&](const SuggestionsPanel::Row &r) {
            return std::any_of(accepted.cbegin(), accepted.cend(), [&](const SuggestionsPanel::Row &a) {
                return a.ideaId == r.ideaId && a.itemId == r.itemId;
            });
        }));
        QVERIFY(doc()->undo());
        for (const QUuid &id : ids)
            QCOMPARE(tagCodes(id), QStringList());
    }

    // More than GuiThreadLimit ideas: scored in the background, the window answers meanwhile.
    void largeSelectionOffTheGuiThread()
    {
        QStringList texts;
        for (int i = 0; i < SuggestionsPanel::GuiThreadLimit + 300; ++i)
            texts.append(QStringLiteral("Risk sharing and insurance against fraud, case %1").arg(i));
        const QList<QUuid> ids = addIdeas(texts, QStringLiteral("en"));
        QSignalSpy ready(panel(), &SuggestionsPanel::suggestionsReady);
        ws()->setSelection(ids);
        QVERIFY(panel()->isComputing());
        QVERIFY(ready.wait(20000));
        QVERIFY(!panel()->isComputing());
        QCOMPARE(panel()->rows().size() % ids.size(), 0);
        QVERIFY(panel()->rows().size() >= ids.size());
        QCOMPARE(codeOf(panel()->rows().first().itemId), QStringLiteral("T06"));
        // A new selection meanwhile wins over a stale result.
        ws()->setSelection(ids);
        ws()->setSelection({ids.first()});
        QTRY_VERIFY(!panel()->isComputing());
        QTest::qWait(50);
        for (const auto &r : panel()->rows())
            QCOMPARE(r.ideaId, ids.first());
    }

    // A workshop created with the interface in French has French prompts and catalogue; the tags
    // panel shows shipped names in the interface language, a facilitator's edit as written.
    void catalogueInTheInterfaceLanguage()
    {
        i18n::setPreferredLanguage(QStringLiteral("fr"));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Atelier"),
                                         m_dir.filePath(QStringLiteral("fr%1.pamoja").arg(++m_n))));
        QCOMPARE(doc()->data().workshop().languages, QStringLiteral("fr"));
        for (const Prompt &p : doc()->data().table<Prompt>().items())
            QCOMPARE(p.text, shipped::prompt(p.step, QStringLiteral("fr")));
        TagsPanel *tags = m_window->findChild<TagsPanel *>();
        QVERIFY(tags);
        auto nameOf = [&](const QString &code) {
            tags->model()->refresh();
            for (int r = 0; r < tags->model()->rowCount(); ++r)
                if (const QString shown = tags->model()->index(r, TagModel::NameColumn).data().toString();
                    shown.startsWith(code + QLatin1Char(' ')))
                    return shown.mid(code.size() + 1);
            return QString();
        };
        QCOMPARE(nameOf(QStringLiteral("T05")), QStringLiteral("Ressources et finances"));
        // The interface switches to Spanish: shipped names follow.
        i18n::setPreferredLanguage(QStringLiteral("es"));
        QCOMPARE(nameOf(QStringLiteral("T05")), QStringLiteral("Recursos y finanzas"));
        // Edited: shown as written.
        const CatalogueItem *t05 = nullptr;
        for (const CatalogueItem &c : doc()->data().table<CatalogueItem>().items())
            if (c.code == QLatin1StringView("T05"))
                t05 = doc()->data().table<CatalogueItem>().find(c.id);
        QVERIFY(t05);
        QVERIFY(ws()->apply(
            edits::modify<CatalogueItem>(doc()->data(), t05->id,
                                         [](CatalogueItem &c) { c.name = QStringLiteral("Argent"); }),
            QStringLiteral("Edit")));
        QCOMPARE(nameOf(QStringLiteral("T05")), QStringLiteral("Argent"));
    }
};

QTEST_MAIN(TestTagSuggestUi)
#include "tst_tagsuggest.moc"
