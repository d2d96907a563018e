// Board > Suggest Groups in the real window (issue 13): computed off the GUI thread, then each
// proposal is accepted (an ordinary cluster, one undo step; an unchecked idea stays out; the edited
// title is used), rejected, or all accepted in one undo step; near-duplicates are merged (undoable);
// with ideas selected only those are grouped; Cancel closes it while it computes.
#include "uitestutil.h"

#include "edits.h"
#include "grouping/suggestgroupsdialog.h"

#include <QAction>
#include <QPushButton>
#include <QTreeWidget>

using namespace pamoja;
using namespace pamoja::uitest;

class TestSuggestGroupsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;
    QList<QUuid> m_ideas;

    Workspace *ws() const { return m_window->workspace(); }
    Document *doc() const { return ws()->document(); }

    void addIdeas()
    {
        const QList<QPair<QString, QString>> texts{
            {QStringLiteral("Flexible core funding instead of small project budgets"), QStringLiteral("en")},
            {QStringLiteral("Flexible core funding instead of small project budgets!"), QStringLiteral("en")},
            {QStringLiteral("Un financement institutionnel souple et un budget pour les salaires"),
             QStringLiteral("fr")},
            {QStringLiteral("Los socios del Sur administran el presupuesto y los fondos"),
             QStringLiteral("es")},
            {QStringLiteral("Southern partners have a seat and a vote on the steering committee"),
             QStringLiteral("en")},
            {QStringLiteral("Zuidelijke partners hebben een stem in de stuurgroep en beslissen mee"),
             QStringLiteral("nl")},
            {QStringLiteral("As decisões são tomadas em conjunto, com voto igual para cada parceiro"),
             QStringLiteral("pt")},
        };
        ChangeSet cs;
        m_ideas.clear();
        for (const auto &[text, language] : texts) {
            Idea i;
            i.id = newId();
            i.text = i.originalText = text;
            i.language = language;
            i.languageConfidence = 100;
            i.created = i.modified = QDateTime::currentDateTimeUtc();
            cs.insert(i);
            m_ideas.append(i.id);
        }
        QVERIFY(ws()->apply(cs, QStringLiteral("Add ideas")));
    }

    SuggestGroupsDialog *openDialog()
    {
        m_window->action(QStringLiteral("suggestGroups"))->trigger();
        auto *d = m_window->findChild<SuggestGroupsDialog *>();
        if (d)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!d->isComputing(), 20000); }();
        return d;
    }
    int clusters() const { return int(doc()->data().clusters(1).size()); }
    QPushButton *button(SuggestGroupsDialog *d, const char *name) const
    {
        return d->findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Groups"),
                                         m_dir.filePath(QStringLiteral("g%1.pamoja").arg(++m_n))));
        addIdeas();
    }
    void cleanup() { m_window.reset(); }

    void menuAndAccessibleNames()
    {
        QAction *a = m_window->action(QStringLiteral("suggestGroups"));
        QVERIFY(a);
        QCOMPARE(a->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
        SuggestGroupsDialog *d = openDialog();
        QVERIFY(d);
        for (QWidget *w : d->findChildren<QPushButton *>())
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY(!d->proposals()->accessibleName().isEmpty());
        QVERIFY(!d->duplicates()->accessibleName().isEmpty());
    }

    // Accept with one idea unchecked and the title edited: one cluster, one undo step.
    void acceptOneAndUndo()
    {
        SuggestGroupsDialog *d = openDialog();
        QVERIFY(d);
        QTreeWidget *tree = d->proposals();
        QVERIFY(tree->topLevelItemCount() >= 2);
        QTreeWidgetItem *first = tree->topLevelItem(0);
        QVERIFY(first->childCount() >= 3);
        const int count = first->childCount();
        first->setText(0, QStringLiteral("Money, edited"));
        first->child(0)->setCheckState(0, Qt::Unchecked);
        const QUuid dropped = first->child(0)->data(0, Qt::UserRole).toUuid();
        tree->setCurrentItem(first);
        const int proposals = tree->topLevelItemCount();
        QTest::mouseClick(button(d, "accept"), Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), proposals - 1);
        QCOMPARE(clusters(), 1);
        const Cluster c = doc()->data().clusters(1).first();
        QCOMPARE(c.title, QStringLiteral("Money, edited"));
        QCOMPARE(doc()->data().ideasInCluster(c.id).size(), count - 1);
        QVERIFY(doc()->data().table<Idea>().find(dropped)->clusterId.isNull());
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(clusters(), 0);
        for (const QUuid &id : m_ideas)
            QVERIFY(doc()->data().table<Idea>().find(id)->clusterId.isNull());
    }

    void rejectChangesNothing()
    {
        SuggestGroupsDialog *d = openDialog();
        QVERIFY(d);
        const int proposals = d->proposals()->topLevelItemCount();
        d->proposals()->setCurrentItem(d->proposals()->topLevelItem(0));
        QTest::mouseClick(button(d, "reject"), Qt::LeftButton);
        QCOMPARE(d->proposals()->topLevelItemCount(), proposals - 1);
        QCOMPARE(clusters(), 0);
    }

    void acceptAllIsOneUndoStep()
    {
        SuggestGroupsDialog *d = openDialog();
        QVERIFY(d);
        const int proposals = d->proposals()->topLevelItemCount();
        QVERIFY(proposals >= 2);
        QTest::mouseClick(button(d, "acceptAll"), Qt::LeftButton);
        QCOMPARE(clusters(), proposals);
        QCOMPARE(d->proposals()->topLevelItemCount(), 0);
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(clusters(), 0);
    }

    void mergeDuplicateAndUndo()
    {
        SuggestGroupsDialog *d = openDialog();
        QVERIFY(d);
        QCOMPARE(d->duplicates()->topLevelItemCount(), 1);
        d->duplicates()->setCurrentItem(d->duplicates()->topLevelItem(0));
        const QUuid duplicate = d->duplicates()->topLevelItem(0)->data(0, Qt::UserRole).toUuid();
        QTest::mouseClick(button(d, "merge"), Qt::LeftButton);
        QCOMPARE(d->duplicates()->topLevelItemCount(), 0);
        QVERIFY(!doc()->data().table<Idea>().find(duplicate)->mergedInto.isNull());
        m_window->action(QStringLiteral("undo"))->trigger();
        QVERIFY(doc()->data().table<Idea>().find(duplicate)->mergedInto.isNull());
    }

    // With ideas selected, only they are grouped.
    void selectionOnly()
    {
        ws()->setSelection({m_ideas[4], m_ideas[5], m_ideas[6]});
        SuggestGroupsDialog *d = openDialog();
        QVERIFY(d);
        QCOMPARE(d->duplicates()->topLevelItemCount(), 0);
        QSet<QUuid> grouped;
        for (int i = 0; i < d->proposals()->topLevelItemCount(); ++i)
            for (int c = 0; c < d->proposals()->topLevelItem(i)->childCount(); ++c)
                grouped.insert(d->proposals()->topLevelItem(i)->child(c)->data(0, Qt::UserRole).toUuid());
        QVERIFY(!grouped.isEmpty());
        QVERIFY(grouped.size() <= 3);
        for (const QUuid &id : grouped)
            QVERIFY(id == m_ideas[4] || id == m_ideas[5] || id == m_ideas[6]);
    }

    void cancelWhileComputing()
    {
        m_window->action(QStringLiteral("suggestGroups"))->trigger();
        QPointer<SuggestGroupsDialog> d = m_window->findChild<SuggestGroupsDialog *>();
        QVERIFY(d);
        auto *cancel = d->findChild<QPushButton *>(QStringLiteral("cancel"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(d.isNull()); // closed and deleted; the worker is waited for, nothing crashes
        QCOMPARE(clusters(), 0);
    }
};

QTEST_MAIN(TestSuggestGroupsUi)
#include "tst_suggestgroups.moc"
