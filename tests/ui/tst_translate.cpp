// Machine translation in the window (issue 13): Edit > Translate Ideas... translates the chosen step
// into one of the workshop's languages with Apertium, with progress and cancel, as one undo step;
// ideas it cannot translate are counted and the missing pair named (Dutch); View > Show Translations
// shows the translation under the words on the board, in the outline and in the presenter view,
// marked "MT"; Edit Translation corrects it (a person's, undoable).
#include "uitestutil.h"

#include "edits.h"
#include "outline/outlinemodel.h"
#include "outline/outlineview.h"
#include "presenter/presentercanvas.h"
#include "presenter/presenterwindow.h"
#include "translate/translatedialog.h"
#include "translate/translationeditdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

using namespace pamoja;
using namespace pamoja::uitest;

// Until the translation pass fills in translations/pamoja_en.ts, English plurals read "idea(s)".
bool saysPlural(const QString &text, const QString &expected)
{
    auto canonical = [](QString s) {
        return s.remove(QStringLiteral("(s)")).replace(QStringLiteral("ideas"), QStringLiteral("idea")).replace(QStringLiteral("translations"), QStringLiteral("translation"));
    };
    return canonical(text).contains(canonical(expected));
}

class TestTranslate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;
    QUuid m_en1, m_en2, m_es, m_nl, m_unknown, m_step2;

    Workspace *ws() const { return m_window->workspace(); }
    const WorkshopData &data() const { return ws()->document()->data(); }
    const Idea &idea(const QUuid &id) const { return *data().table<Idea>().find(id); }
    QUuid add(int step, const QString &text, const QString &language)
    {
        edits::IdeaDraft d;
        d.step = step;
        d.text = text;
        d.language = language;
        QUuid id;
        auto cs = edits::addIdea(data(), d, &id);
        if (!cs || !ws()->apply(*cs, QStringLiteral("Add idea")))
            return {};
        return id;
    }
    static void selectLanguage(TranslateDialog &dlg, const QString &code)
    {
        dlg.languageBox()->setCurrentIndex(dlg.languageBox()->findData(code));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().remove(QStringLiteral("view/showTranslations"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Translate"), m_dir.filePath(QStringLiteral("t%1.pamoja").arg(++m_n))));
        QVERIFY(ws()->apply(edits::modify<Workshop>(data(), data().workshop().id, [](Workshop &w) { w.languages = QStringLiteral("en,fr,nl"); }),
                            QStringLiteral("Languages")));
        m_en1 = add(1, QStringLiteral("Clean water for the villages"), QStringLiteral("en"));
        m_en2 = add(1, QStringLiteral("The women decide the budget"), QStringLiteral("en"));
        m_es = add(1, QStringLiteral("Las organizaciones locales deciden"), QStringLiteral("es"));
        m_nl = add(1, QStringLiteral("Gedeelde besluitvorming over budgetten"), QStringLiteral("nl"));
        m_unknown = add(1, QStringLiteral("ok"), QString());
        m_step2 = add(2, QStringLiteral("Direct funding"), QStringLiteral("en"));
        QVERIFY(!m_en1.isNull() && !m_nl.isNull() && !m_unknown.isNull() && !m_step2.isNull());
    }
    void cleanup() { m_window.reset(); }

    void translateStepShowAndUndo()
    {
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("translateIdeas"))->isEnabled());
        TranslateDialog dlg(ws(), m_window.get());
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        // The workshop's languages, the current step.
        QCOMPARE(dlg.languageBox()->count(), 3);
        QCOMPARE(dlg.stepBox()->currentData().toInt(), 1);
        selectLanguage(dlg, QStringLiteral("fr"));
        const QString summary = dlg.summaryLabel()->text();
        QVERIFY2(saysPlural(summary, QStringLiteral("3 ideas to translate into French")), qPrintable(summary));
        QVERIFY2(saysPlural(summary, QStringLiteral("1 idea whose language is unknown")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Dutch")) && summary.contains(QStringLiteral("French")), qPrintable(summary));
        QVERIFY(dlg.translateButton()->isEnabled());
        QVERIFY(saveScreenshot(&dlg, QStringLiteral("translate-dialog")));

        const int undoBefore = ws()->document()->canUndo();
        QTest::mouseClick(dlg.translateButton(), Qt::LeftButton);
        QVERIFY(dlg.isRunning() || !idea(m_en1).translation.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!dlg.isRunning(), 120000);
        QCOMPARE(dlg.progressBar()->value(), dlg.progressBar()->maximum());
        QVERIFY2(saysPlural(dlg.summaryLabel()->text(), QStringLiteral("Translated 3 ideas into French")), qPrintable(dlg.summaryLabel()->text()));
        QVERIFY(undoBefore);
        for (const QUuid &id : {m_en1, m_en2, m_es}) {
            QVERIFY2(!idea(id).translation.isEmpty(), qPrintable(idea(id).text));
            QCOMPARE(idea(id).translationLanguage, QStringLiteral("fr"));
            QCOMPARE(idea(id).translationSource, QStringLiteral("machine"));
        }
        QCOMPARE(idea(m_en1).text, QStringLiteral("Clean water for the villages")); // never replaced
        QVERIFY(idea(m_nl).translation.isEmpty());
        QVERIFY(idea(m_unknown).translation.isEmpty());
        QVERIFY(idea(m_step2).translation.isEmpty());
        QVERIFY(saysPlural(ws()->document()->undoText(), QStringLiteral("Translate 3 ideas")));
        dlg.close();

        // Off by default: the board shows the words alone.
        NoteItem *note = m_window->board()->scene()->note(m_en1);
        QVERIFY(note);
        QVERIFY(!note->showsTranslation());
        QAction *show = m_window->findChild<QAction *>(QStringLiteral("showTranslations"));
        QVERIFY(show && show->isCheckable() && !show->isChecked());
        show->trigger();
        QVERIFY(ws()->showTranslations());
        QVERIFY(QSettings().value(QStringLiteral("view/showTranslations")).toBool());
        QVERIFY(note->showsTranslation());
        QVERIFY(!m_window->board()->scene()->note(m_nl)->showsTranslation());
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("translate-board")));

        m_window->showOutline();
        OutlineModel *model = m_window->outline()->outlineModel();
        QTRY_VERIFY(model->indexOf(m_en1).isValid());
        const QString shown = model->data(model->indexOf(m_en1), Qt::DisplayRole).toString();
        QVERIFY2(shown.startsWith(QStringLiteral("Clean water for the villages\nMT")), qPrintable(shown));
        const QString spoken = model->data(model->indexOf(m_en1), Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("Machine translation (French)")), qPrintable(spoken));
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("translate-outline")));

        m_window->setPresenterVisible(true);
        PresenterWindow *p = m_window->presenter();
        QVERIFY(p);
        QApplication::processEvents();
        bool found = false;
        for (int page = 0; page < p->canvas()->pageCount(); ++page) {
            p->canvas()->setCurrentPage(page);
            for (const PresenterCanvas::Box &b : p->canvas()->boxes())
                if (b.id == m_en1) {
                    found = true;
                    QVERIFY2(b.translation.startsWith(QStringLiteral("MT")), qPrintable(b.translation));
                    QVERIFY(b.translationRect.top() >= b.textRect.bottom());
                    QVERIFY(b.rect.contains(b.translationRect));
                }
        }
        QVERIFY(found);
        QVERIFY(saveScreenshot(p, QStringLiteral("translate-presenter")));
        show->trigger();
        for (const PresenterCanvas::Box &b : p->canvas()->boxes())
            QVERIFY(b.translation.isEmpty());
        QVERIFY(!note->showsTranslation());
        m_window->setPresenterVisible(false);

        // One undo step takes the whole run back.
        QVERIFY(ws()->document()->undo());
        for (const QUuid &id : {m_en1, m_en2, m_es})
            QVERIFY(idea(id).translation.isEmpty());
    }

    void noPairForDutch()
    {
        TranslateDialog dlg(ws(), m_window.get());
        selectLanguage(dlg, QStringLiteral("nl"));
        const QString summary = dlg.summaryLabel()->text();
        QVERIFY2(saysPlural(summary, QStringLiteral("0 ideas to translate into Dutch")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("No translation from English to Dutch")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("No translation from Spanish to Dutch")), qPrintable(summary));
        QVERIFY(!dlg.translateButton()->isEnabled());
    }

    void missingApertium()
    {
        TranslateDialog dlg(ws(), m_window.get(), translation::Apertium(QString(), {}));
        selectLanguage(dlg, QStringLiteral("fr"));
        QVERIFY2(dlg.summaryLabel()->text().contains(QStringLiteral("Apertium is not installed")), qPrintable(dlg.summaryLabel()->text()));
        QVERIFY(!dlg.translateButton()->isEnabled());
    }

    void cancelStoresNothing()
    {
        TranslateDialog dlg(ws(), m_window.get());
        dlg.stepBox()->setCurrentIndex(dlg.stepBox()->findData(0));
        selectLanguage(dlg, QStringLiteral("fr"));
        QTest::mouseClick(dlg.translateButton(), Qt::LeftButton);
        QVERIFY(dlg.isRunning());
        QVERIFY(!dlg.languageBox()->isEnabled());
        QTest::mouseClick(dlg.cancelButton(), Qt::LeftButton);
        QVERIFY(!dlg.isRunning());
        QVERIFY2(dlg.summaryLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(dlg.summaryLabel()->text()));
        for (const Idea &i : data().table<Idea>().items())
            QVERIFY(i.translation.isEmpty());
    }

    void correctTranslation()
    {
        TranslateDialog run(ws(), m_window.get());
        selectLanguage(run, QStringLiteral("fr"));
        QTest::mouseClick(run.translateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run.isRunning(), 120000);
        QCOMPARE(idea(m_en1).translationSource, QStringLiteral("machine"));

        TranslationEditDialog dlg(ws(), m_en1, m_window.get());
        QCOMPARE(dlg.editor()->toPlainText(), idea(m_en1).translation);
        QCOMPARE(dlg.languageBox()->currentData().toString(), QStringLiteral("fr"));
        dlg.editor()->setFocus();
        dlg.editor()->selectAll();
        typeText(dlg.editor(), QStringLiteral("De l'eau propre pour les villages"));
        dlg.accept();
        QCOMPARE(idea(m_en1).translation, QStringLiteral("De l'eau propre pour les villages"));
        QCOMPARE(idea(m_en1).translationSource, QStringLiteral("person"));
        QCOMPARE(ws()->document()->undoText(), QStringLiteral("Correct translation"));
        // A new run keeps the correction.
        TranslateDialog again(ws(), m_window.get());
        selectLanguage(again, QStringLiteral("fr"));
        QVERIFY(saysPlural(again.summaryLabel()->text(), QStringLiteral("1 translation made or corrected by a person")));
        // Undo brings the machine translation back.
        QVERIFY(ws()->document()->undo());
        QCOMPARE(idea(m_en1).translationSource, QStringLiteral("machine"));
    }
};

QTEST_MAIN(TestTranslate)
#include "tst_translate.moc"
