// File > Open Repository... against the throwaway PostgreSQL cluster of scripts/test
// (PAMOJA_TEST_POSTGRES): connect, list, open; a wrong password is said and opens nothing; the
// password is never kept in the settings, the title bar or the recent list.
#include "../core/postgrestestsupport.h"
#include "uitestutil.h"

#include "common/messagebox.h"
#include "repository/openrepositorydialog.h"
#include "panels/historymodel.h"
#include "edits.h"
#include "store/workshoplocation.h"

#include <QDialogButtonBox>
#include <QGraphicsView>
#include <QScrollBar>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

using namespace pamoja;
using namespace pamoja::uitest;

class TestOpenRepository : public QObject
{
    Q_OBJECT

    // Fills the dialog's fields from a location, with the given password.
    static void fill(OpenRepositoryDialog *d, const WorkshopLocation &l, const QString &password)
    {
        d->findChild<QLineEdit *>(QStringLiteral("repositoryHost"))->setText(l.host);
        d->findChild<QSpinBox *>(QStringLiteral("repositoryPort"))->setValue(l.port);
        d->findChild<QLineEdit *>(QStringLiteral("repositoryDatabase"))->setText(l.database);
        d->findChild<QLineEdit *>(QStringLiteral("repositoryUser"))->setText(l.user);
        d->findChild<QLineEdit *>(QStringLiteral("repositoryPassword"))->setText(password);
    }

    static bool connectAndWait(OpenRepositoryDialog *d)
    {
        QSignalSpy listed(d, &OpenRepositoryDialog::listed);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("repositoryConnect")), Qt::LeftButton);
        return listed.wait(30000);
    }

    static QTreeWidgetItem *itemTitled(OpenRepositoryDialog *d, const QString &title)
    {
        auto *list = d->findChild<QTreeWidget *>(QStringLiteral("repositoryWorkshops"));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == title)
                return list->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString base = qEnvironmentVariable("PAMOJA_TEST_POSTGRES");
        if (base.isEmpty())
            QFAIL("PAMOJA_TEST_POSTGRES is not set: run this through scripts/test, which starts a throwaway PostgreSQL.");
        auto parsed = WorkshopLocation::parse(base);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        m_base = *parsed;
        QVERIFY(m_base.password.size() >= 8);
        // A workshop with a title of its own in the shared test database.
        m_title = QStringLiteral("Nairobi %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        const QString file = m_dir.filePath(QStringLiteral("w.pamoja"));
        {
            auto doc = Document::create(file, m_title);
            QVERIFY2(doc, qPrintable(doc.error()));
            edits::IdeaDraft draft;
            draft.text = QStringLiteral("Southern partners hold the budget");
            auto added = edits::addIdea((*doc)->data(), draft);
            QVERIFY2(added, qPrintable(added.error()));
            QVERIFY((*doc)->apply(*added, QStringLiteral("Add idea")));
            auto copied = (*doc)->store().copyTo(base);
            QVERIFY2(copied, qPrintable(copied.error()));
            m_location = *copied; // without the password
            m_withPassword = m_location;
            m_withPassword.replace(QStringLiteral("postgresql://%1@").arg(m_base.user),
                                   QStringLiteral("postgresql://%1:%2@").arg(m_base.user, m_base.password));
            QVERIFY(m_withPassword != m_location);
        }
    }

    void connectListAndOpen()
    {
        MainWindow w;
        w.show();
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *d = qobject_cast<OpenRepositoryDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            fill(d, m_base, m_base.password);
            QVERIFY(connectAndWait(d));
            QTreeWidgetItem *item = itemTitled(d, m_title);
            QVERIFY2(item, qPrintable(d->findChild<QLabel *>(QStringLiteral("repositoryStatus"))->text()));
            d->findChild<QTreeWidget *>(QStringLiteral("repositoryWorkshops"))->setCurrentItem(item);
            saveScreenshot(d, QStringLiteral("open-repository"));
            checked = true;
            d->accept();
        });
        w.action(QStringLiteral("openRepository"))->trigger();
        QVERIFY(checked);
        QVERIFY(w.workspace()->document());
        QCOMPARE(w.workspace()->document()->data().workshop().title, m_title);
        QCOMPARE(ideasOf(&w).size(), 1);
        // What the window shows and keeps has no password.
        QVERIFY(!w.windowTitle().contains(m_base.password));
        QVERIFY(!w.workspace()->document()->path().contains(m_base.password));
        const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
        QCOMPARE(recent.value(0), w.workspace()->document()->path());
        QVERIFY(recent.value(0).startsWith(QLatin1StringView("postgresql://")));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(m_base.password), qPrintable(key));
        QCOMPARE(settings.value(QStringLiteral("repository/database")).toString(), m_base.database);

        // An idea added in the window is in the database.
        capture(&w, QStringLiteral("Decisions are made where the work happens"));
        w.action(QStringLiteral("close"))->trigger();
        auto again = Document::open(m_withPassword, WorkshopStore::Access::ReadOnly);
        QVERIFY2(again, qPrintable(again.error()));
        int ideas = 0;
        for (const Idea &i : (*again)->data().table<Idea>().items())
            ideas += i.text == QLatin1StringView("Decisions are made where the work happens");
        QCOMPARE(ideas, 1);
    }

    // The next time, the fields are filled from the settings, except the password.
    void rememberedWithoutPassword()
    {
        OpenRepositoryDialog d;
        QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("repositoryHost"))->text(), m_base.host);
        QCOMPARE(d.findChild<QSpinBox *>(QStringLiteral("repositoryPort"))->value(), m_base.port);
        QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("repositoryUser"))->text(), m_base.user);
        QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("repositoryPassword"))->text(), QString());
    }

    void wrongPasswordOpensNothing()
    {
        OpenRepositoryDialog d;
        fill(&d, m_base, QStringLiteral("not-the-password"));
        QVERIFY(connectAndWait(&d));
        const QString status = d.findChild<QLabel *>(QStringLiteral("repositoryStatus"))->text();
        QVERIFY2(status.contains(QLatin1StringView("Could not connect")), qPrintable(status));
        QVERIFY(!status.contains(QLatin1StringView("not-the-password")));
        QCOMPARE(d.findChild<QTreeWidget *>(QStringLiteral("repositoryWorkshops"))->topLevelItemCount(), 0);
        QVERIFY(!d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
        QCOMPARE(d.location(), QString());
    }

    // Another window (or server) adds an idea and edits one: this window's board follows within a
    // second, in place: the facilitator's selection and the view's scroll position stay.
    void boardFollowsAnotherWriter()
    {
        MainWindow w;
        w.resize(900, 700);
        w.show();
        QVERIFY(w.openFile(m_withPassword));
        BoardScene *scene = w.board()->scene();
        const QList<Idea> before = ideasOf(&w);
        QVERIFY(!before.isEmpty());
        const QUuid selected = before.first().id;
        w.workspace()->setSelection({selected});
        QGraphicsView *view = w.board()->findChild<QGraphicsView *>();
        QVERIFY(view);
        QTest::qWait(200); // the window's layout settles first
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        // What the facilitator sees: the part of the board in the middle of the view.
        const auto centre = [view] { return view->mapToScene(view->viewport()->rect().center()); };
        const QPointF seen = centre();

        auto other = Document::open(m_withPassword);
        QVERIFY2(other, qPrintable(other.error()));
        // An edit: the note changes where it is; nothing moves.
        QVERIFY((*other)->apply(edits::editIdeaText((*other)->data(), selected, QStringLiteral("Edited in the other window")), QStringLiteral("edit")));
        QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->document()->data().table<Idea>().find(selected)->text, QStringLiteral("Edited in the other window"), 1000);
        QCOMPARE(w.workspace()->selection(), QList<QUuid>{selected});
        QVERIFY(scene->note(selected) && scene->note(selected)->isSelected());
        QVERIFY2(QLineF(centre(), seen).length() < 1.0,
                 qPrintable(QStringLiteral("the view moved from %1,%2 to %3,%4").arg(seen.x()).arg(seen.y()).arg(centre().x()).arg(centre().y())));
        // A new idea appears on the board and comes into sight, as a participant's does; the selection stays.
        edits::IdeaDraft draft;
        draft.text = QStringLiteral("Written in the other window");
        QUuid added;
        auto cs = edits::addIdea((*other)->data(), draft, &added);
        QVERIFY(cs);
        QVERIFY((*other)->apply(*cs, QStringLiteral("Add idea")));
        QTRY_VERIFY_WITH_TIMEOUT(scene->note(added) != nullptr, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(view->viewport()->rect().intersects(view->mapFromScene(scene->note(added)->sceneBoundingRect()).boundingRect()), 1000);
        QCOMPARE(w.workspace()->selection(), QList<QUuid>{selected});
        QVERIFY(scene->note(selected)->isSelected());
        saveScreenshot(&w, QStringLiteral("board-follows-another-writer"));
    }

    // A burst from another writer (a room's ideas through the servers) reaches the window's board and
    // history panel as batches: every entry is there, the board draws each idea, and the history
    // takes the new rows at the top without reading the whole log again (no reset of its model).
    void historyAndBoardFollowABurst()
    {
        MainWindow w;
        w.resize(900, 700);
        w.show();
        QVERIFY(w.openFile(m_withPassword));
        auto *historyView = w.findChild<QTableView *>(QStringLiteral("historyView"));
        QVERIFY(historyView);
        QAbstractItemModel *history = historyView->model();
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rowsBefore = history->rowCount();
        const qsizetype ideasBefore = ideasOf(&w).size();
        QSignalSpy resets(history, &QAbstractItemModel::modelReset);
        QSignalSpy changed(w.workspace()->document(), &Document::changed);

        auto other = Document::open(m_withPassword);
        QVERIFY2(other, qPrintable(other.error()));
        (*other)->setActor(QStringLiteral("Device 7"));
        QList<QUuid> added;
        for (int i = 0; i < 40; ++i) {
            edits::IdeaDraft draft;
            draft.text = QStringLiteral("Burst idea %1").arg(i);
            QUuid id;
            auto cs = edits::addIdea((*other)->data(), draft, &id);
            QVERIFY(cs);
            QVERIFY((*other)->apply(*cs, QStringLiteral("Add idea %1").arg(i)));
            added.append(id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ideasOf(&w).size(), ideasBefore + 40, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), rowsBefore + 40, 10000);
        for (const QUuid &id : std::as_const(added))
            QVERIFY(w.board()->scene()->note(id));
        QCOMPARE(resets.size(), 0);
        QVERIFY2(changed.size() < 40, qPrintable(QStringLiteral("%1 signals for 40 entries").arg(changed.size())));
        // Newest first, each once, by the other writer.
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(history->index(i, HistoryModel::DescriptionColumn).data().toString(), QStringLiteral("Add idea %1").arg(39 - i));
            QCOMPARE(history->index(i, HistoryModel::ActorColumn).data().toString(), QStringLiteral("Device 7"));
        }
    }

    // Fields changed while the list was on its way: that list is of another database and cannot be
    // opened from.
    void fieldsChangedWhileListing()
    {
        OpenRepositoryDialog d;
        fill(&d, m_base, m_base.password);
        QSignalSpy listed(&d, &OpenRepositoryDialog::listed);
        d.connectToDatabase();
        d.findChild<QLineEdit *>(QStringLiteral("repositoryDatabase"))->setText(QStringLiteral("another"));
        QVERIFY(listed.wait(30000));
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("repositoryStatus"))->text(), QStringLiteral("The connection details changed; connect again."));
        QCOMPARE(d.findChild<QTreeWidget *>(QStringLiteral("repositoryWorkshops"))->topLevelItemCount(), 0);
        QVERIFY(!d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
        QCOMPARE(d.location(), QString());
    }

    // Cancel while connecting closes at once: the listing finishes on its worker thread, and its
    // result, arriving after the dialog is gone, touches nothing (a result delivered to the deleted
    // dialog would use freed widgets, or at least remember the fields in the settings); a new dialog
    // lists as before.
    void closingWhileListing()
    {
        QSettings().remove(QStringLiteral("repository"));
        // In a database of its own, so the lock below holds up no other test running beside it.
        const QString cluster = qEnvironmentVariable("PAMOJA_TEST_POSTGRES");
        const QString own = test::ownTestDatabase(cluster, QStringLiteral("pamoja_closing"));
        QVERIFY(!own.isEmpty());
        const auto ownLocation = WorkshopLocation::parse(own);
        QVERIFY2(ownLocation, qPrintable(ownLocation.error()));
        QVERIFY(Document::create(own, QStringLiteral("Listed while closing"))); // its list of workshops
        // The listing waits behind a lock on the database's list of workshops, so the dialog is
        // deleted while the listing is certainly under way, and its result comes after.
        test::withDirectConnection(*ownLocation, QStringLiteral("blocker"), [&](QSqlDatabase &db) {
            QVERIFY2(db.open() && db.transaction(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("LOCK TABLE public.pamoja_workshops IN ACCESS EXCLUSIVE MODE")),
                     qPrintable(q.lastError().text()));
            auto d = std::make_unique<OpenRepositoryDialog>();
            fill(d.get(), *ownLocation, ownLocation->password);
            d->connectToDatabase();
            // The listing's query waits for the lock (no other statement reads the list this way).
            // The activity is read afresh each time: a transaction otherwise keeps its first snapshot.
            const auto listingWaits = [&] {
                return q.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()")) &&
                       q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                             "AND datname = 'pamoja_closing' AND wait_event_type = 'Lock' AND query LIKE "
                                             "'SELECT id, namespace, version, created FROM public.pamoja_workshops%'")) &&
                       q.next() && q.value(0).toInt() > 0;
            };
            QTRY_VERIFY_WITH_TIMEOUT(listingWaits(), 30000);
            d.reset();
            QVERIFY(db.rollback()); // the listing goes on and its result arrives
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        // Whatever the listing posted to the main thread is delivered now.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!QSettings().contains(QStringLiteral("repository/database")));

        OpenRepositoryDialog again;
        fill(&again, m_base, m_base.password);
        QSignalSpy listed(&again, &OpenRepositoryDialog::listed);
        again.connectToDatabase();
        QVERIFY(listed.wait(30000));
        QVERIFY2(itemTitled(&again, m_title),
                 qPrintable(again.findChild<QLabel *>(QStringLiteral("repositoryStatus"))->text()));
        QVERIFY(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
        QVERIFY(!again.location().isEmpty());
        // A listing that arrives does remember the fields: what the check above relies on.
        QCOMPARE(QSettings().value(QStringLiteral("repository/database")).toString(), m_base.database);
        test::ownTestDatabase(cluster, QStringLiteral("pamoja_closing"), /*drop*/ true);
    }

    void missingFieldsAreSaid()
    {
        OpenRepositoryDialog d;
        fill(&d, m_base, m_base.password);
        d.findChild<QLineEdit *>(QStringLiteral("repositoryDatabase"))->clear();
        d.connectToDatabase();
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("repositoryStatus"))->text(), QStringLiteral("Give the server and the database."));
    }

    // A password with the characters a URI reserves still connects (it is percent-encoded).
    void locationEscapesTheFields()
    {
        OpenRepositoryDialog d;
        WorkshopLocation l = m_base;
        l.user = QStringLiteral("a@b:c/d");
        fill(&d, l, QStringLiteral("p@ss:w/rd?#&"));
        const QString uri = d.databaseLocation();
        QVERIFY(!uri.isEmpty());
        auto parsed = WorkshopLocation::parse(uri);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->user, QStringLiteral("a@b:c/d"));
        QCOMPARE(parsed->password, QStringLiteral("p@ss:w/rd?#&"));
        QCOMPARE(parsed->host, m_base.host);
        QCOMPARE(parsed->database, m_base.database);
        QVERIFY(!parsed->display().contains(QLatin1StringView("p@ss")));
    }

    // The window opens a location from the command line or the recent list through the same path.
    void openFileTakesALocation()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_withPassword));
        QCOMPARE(w.workspace()->document()->data().workshop().title, m_title);
        QVERIFY(!w.openFile(QStringLiteral("postgresql://%1:wrong@%2:%3/%4?workshop=%5")
                                .arg(m_base.user, m_base.host, QString::number(m_base.port), m_base.database,
                                     QUuid::createUuid().toString(QUuid::WithoutBraces))));
        QVERIFY(!w.lastMessage().contains(QLatin1StringView("wrong")));
        // The workshop that was open stays open.
        QCOMPARE(w.workspace()->document()->data().workshop().title, m_title);
    }

    // The connection is lost while the facilitator works: the status bar says so and what is kept;
    // what is typed shows on the board at once; closing asks first; the window reconnects and the
    // idea reaches the database once.
    void lostConnectionIsShownAndNothingLost()
    {
        MessageBox::setTestMode(true);
        Document::setConnectionCheckInterval(0); // the test decides when the window tries again
        MainWindow w;
        w.resize(900, 700);
        w.show();
        QVERIFY(w.openFile(m_withPassword));
        Document *doc = w.workspace()->document();
        QVERIFY(doc && doc->isConnected());
        auto *status = w.findChild<QLabel *>();
        for (auto *label : w.findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1StringView("Connection to the database"))
                status = label;
        QVERIFY(status && status->accessibleName() == QLatin1StringView("Connection to the database"));
        QVERIFY(!status->isVisible());

        // The server process of the window's connection is terminated, as a server restart would.
        test::terminateSession(m_base, *doc);
        if (QTest::currentTestFailed())
            return;

        const QString text = QStringLiteral("Typed while the network was down %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(6));
        capture(&w, text);
        QVERIFY(!doc->isConnected());
        QCOMPARE(doc->queuedChanges().size(), 1);
        const QList<Idea> shown = ideasOf(&w);
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [&](const Idea &i) { return i.text == text; }));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1StringView("1 change")), qPrintable(status->text()));
        QVERIFY2(w.lastMessage().isEmpty(), qPrintable(w.lastMessage())); // nothing failed: the change is kept
        saveScreenshot(&w, QStringLiteral("connection-lost"));

        // Closing asks: the change exists only here. "Retry" keeps the window open and reconnects.
        MessageBox::setNextAnswer(QMessageBox::Retry);
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(MessageBox::lastText().contains(QLatin1StringView("1 change")));
        QTRY_VERIFY_WITH_TIMEOUT(doc->isConnected(), 10000);
        QVERIFY(!status->isVisible());
        QVERIFY(w.close());

        auto again = Document::open(m_withPassword, WorkshopStore::Access::ReadOnly);
        QVERIFY2(again, qPrintable(again.error()));
        int found = 0;
        for (const Idea &i : (*again)->data().table<Idea>().items())
            found += i.text == text;
        QCOMPARE(found, 1);
        Document::setConnectionCheckInterval(10000);
    }

private:
    QTemporaryDir m_dir;
    WorkshopLocation m_base;
    QString m_title;
    QString m_location;
    QString m_withPassword;
};

QTEST_MAIN(TestOpenRepository)
#include "tst_openrepository.moc"
