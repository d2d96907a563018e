// File > Merge Workshop... in the real window: the participants taken as the same person reviewed
// first, the summary before anything changes, cancel, apply as one undoable step (undo forgets the
// learned history), the flag on a note and clearing it, refusals as messages.

#include "../ui/uitestutil.h"
#include "mergesupport.h"

#include "common/messagebox.h"

#include <QAction>

using namespace pamoja;
using namespace pamoja::testing;
using namespace pamoja::uitest;

class TestUiMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_target, m_source;
    QUuid m_added, m_conflict, m_zoeHere, m_zoeThere;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setTestMode(true);
        Copy base = makeBase(m_dir.filePath(QStringLiteral("facilitator.pamoja")));
        m_target = base.path;
        m_source = m_dir.filePath(QStringLiteral("breakout.pamoja"));
        Copy source = fork(base, m_source);
        for (const Idea &i : base.doc->data().table<Idea>().all())
            if (i.text == QLatin1StringView("Base idea 0"))
                m_conflict = i.id;
        QVERIFY(!m_conflict.isNull());
        edits::IdeaDraft d;
        d.text = QStringLiteral("Written in the breakout room");
        QVERIFY(source.doc->apply(*edits::addIdea(source.doc->data(), d, &m_added), QStringLiteral("add")));
        QVERIFY(base.doc->apply(edits::editIdeaText(base.doc->data(), m_conflict, QStringLiteral("facilitator's words")), QStringLiteral("edit")));
        QTest::qWait(5);
        QVERIFY(source.doc->apply(edits::editIdeaText(source.doc->data(), m_conflict, QStringLiteral("breakout's words")), QStringLiteral("edit")));
        // The same person typed in on both laptops.
        for (auto [doc, id] : {std::pair{base.doc.get(), &m_zoeHere}, std::pair{source.doc.get(), &m_zoeThere}}) {
            Participant p;
            p.name = QStringLiteral("Zoe Mwangi");
            p.constituency = QStringLiteral("south");
            auto cs = edits::addParticipant(doc->data(), p, QStringLiteral("Tana Forum"), id);
            QVERIFY(cs && doc->apply(*cs, QStringLiteral("add participant")));
        }
    }

    void mergeFromTheFileMenu()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_target));
        Document *doc = w.workspace()->document();
        QVERIFY(doc);
        QAction *merge = w.action(QStringLiteral("merge"));
        QVERIFY(merge && merge->isEnabled());
        const QByteArray before = exchange::toJson(doc->data());
        const qint64 entriesBefore = doc->store().historyCount().value();

        // The participant review comes first; cancelled at the summary, nothing changes.
        FileDialog::setNextFileName(m_source);
        MessageBox::setNextAnswers({QMessageBox::Yes, QMessageBox::Cancel});
        merge->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2 added, 1 updated, 0 removed.")), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("1 ideas flagged for review.")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("1 participants taken as ones already here")));
        QCOMPARE(exchange::toJson(doc->data()), before);

        // Kept separate at the review, then confirmed: one step, the new note on the board, the
        // conflict flagged on its note, both Zoes there.
        FileDialog::setNextFileName(m_source);
        MessageBox::setNextAnswers({QMessageBox::No, QMessageBox::Yes});
        merge->trigger();
        QVERIFY2(!MessageBox::lastText().contains(QStringLiteral("participants taken")), qPrintable(MessageBox::lastText()));
        QVERIFY(doc->data().table<Idea>().contains(m_added));
        QVERIFY(doc->data().table<Participant>().contains(m_zoeHere));
        QVERIFY(doc->data().table<Participant>().contains(m_zoeThere));
        const Idea *conflict = doc->data().table<Idea>().find(m_conflict);
        QCOMPARE(conflict->text, QStringLiteral("breakout's words"));
        QVERIFY(conflict->review);
        QVERIFY2(w.lastMessage().contains(QStringLiteral("1 flagged")), qPrintable(w.lastMessage()));
        BoardScene *scene = w.board()->scene();
        QVERIFY(scene->note(m_added));
        QVERIFY(scene->note(m_conflict)->needsReview());
        QVERIFY(!scene->note(m_added)->needsReview());
        QVERIFY(saveScreenshot(&w, QStringLiteral("merge-flagged")));
        // Edit > Show Only Ideas Flagged for Review dims the others.
        QAction *filter = w.action(QStringLiteral("reviewFilter"));
        QVERIFY(filter && filter->isCheckable());
        filter->setChecked(true);
        QVERIFY(!scene->note(m_conflict)->isDimmed());
        QVERIFY(scene->note(m_added)->isDimmed());
        filter->setChecked(false);
        QVERIFY(!scene->note(m_added)->isDimmed());
        QVERIFY(w.action(QStringLiteral("undo"))->text().contains(QStringLiteral("Merge workshop breakout.pamoja")));

        // Again: nothing to merge, said in a message, nothing changed.
        const QByteArray merged = exchange::toJson(doc->data());
        FileDialog::setNextFileName(m_source);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        merge->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("nothing")), qPrintable(MessageBox::lastText()));
        QCOMPARE(exchange::toJson(doc->data()), merged);

        // The facilitator looks at the flagged note and clears the flag.
        scene->clearSelection();
        scene->note(m_conflict)->setSelected(true);
        QAction *reviewed = w.board()->view()->reviewedAction();
        QVERIFY(reviewed->isEnabled());
        reviewed->trigger();
        QVERIFY(!doc->data().table<Idea>().find(m_conflict)->review);
        QVERIFY(!scene->note(m_conflict)->needsReview());

        // Undo the clearing, then the whole merge in one step: the state and the learned history go.
        w.action(QStringLiteral("undo"))->trigger();
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(exchange::toJson(doc->data()), before);
        QVERIFY(!scene->note(m_added));
        // The clearing and its undo stay in the history; the learned entries and the merge entry do not.
        QCOMPARE(doc->store().historyCount().value(), entriesBefore + 2);

        // Merging again brings everything back.
        FileDialog::setNextFileName(m_source);
        MessageBox::setNextAnswers({QMessageBox::No, QMessageBox::Yes});
        merge->trigger();
        QVERIFY(doc->data().table<Idea>().contains(m_added));
        QCOMPARE(doc->data().table<Idea>().find(m_conflict)->text, QStringLiteral("breakout's words"));
    }

    void refusalsAreMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("the open workshop") << "{target}" << "being merged into";
        QTest::newRow("not a workshop") << "{notes}" << "not a Pamoja workshop";
        QTest::newRow("another workshop") << "{other}" << "not a copy of this workshop";
        QTest::newRow("cancelled file dialog") << "" << "";
    }
    void refusalsAreMessages()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString notes = m_dir.filePath(QStringLiteral("notes.pamoja"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not sqlite at all\n");
        f.close();
        const QString other = m_dir.filePath(QStringLiteral("other.pamoja"));
        if (!QFileInfo::exists(other))
            makeBase(other, 0);
        file.replace(QStringLiteral("{target}"), m_target).replace(QStringLiteral("{notes}"), notes).replace(QStringLiteral("{other}"), other);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_target));
        const QByteArray before = exchange::toJson(w.workspace()->document()->data());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(file);
        w.action(QStringLiteral("merge"))->trigger();
        if (!message.isEmpty())
            QVERIFY2(MessageBox::lastText().contains(message), qPrintable(MessageBox::lastText()));
        QCOMPARE(exchange::toJson(w.workspace()->document()->data()), before);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
};

QTEST_MAIN(TestUiMerge)
#include "tst_uimerge.moc"
