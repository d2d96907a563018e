// The language of each idea in the window (issue 13): ideas captured without a language get the
// detected one; Edit > Detect Languages fills in unknown languages in one undoable change and leaves
// given ones alone.
#include "uitestutil.h"

#include "edits.h"
#include "outline/outlinemodel.h"
#include "outline/outlineview.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>

using namespace pamoja;
using namespace pamoja::uitest;

namespace {

QAction *menuAction(QMainWindow *w, const QString &menuTitle, const QString &name)
{
    for (QAction *top : w->menuBar()->actions())
        if (top->menu() && top->text().remove(QLatin1Char('&')) == menuTitle)
            for (QAction *a : top->menu()->actions())
                if (a->objectName() == name)
                    return a;
    return nullptr;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;

    Workspace *ws() const { return m_window->workspace(); }
    const WorkshopData &data() const { return ws()->document()->data(); }
    const Idea &idea(const QUuid &id) const { return *data().table<Idea>().find(id); }
    QUuid captured(const QString &text)
    {
        const QSet<QUuid> before = [&] {
            QSet<QUuid> s;
            for (const Idea &i : data().table<Idea>().items())
                s.insert(i.id);
            return s;
        }();
        capture(m_window.get(), text);
        for (const Idea &i : data().table<Idea>().items())
            if (!before.contains(i.id))
                return i.id;
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(m_window->createWorkshop(QStringLiteral("Languages"), m_dir.filePath(QStringLiteral("l%1.pamoja").arg(++m_n))));
    }
    void cleanup() { m_window.reset(); }

    void capturedIdeaGetsItsLanguage()
    {
        const QUuid pt = captured(QStringLiteral("As organizações locais recebem financiamento direto e flexível, sem intermediários do Norte"));
        QVERIFY(!pt.isNull());
        QCOMPARE(idea(pt).language, QStringLiteral("pt"));
        QVERIFY(edits::languageDetected(idea(pt)));
        const QUuid shortOne = captured(QStringLiteral("Budget"));
        QVERIFY(!shortOne.isNull());
        QCOMPARE(idea(shortOne).language, QString());
        QCOMPARE(idea(shortOne).languageConfidence, 0);

        // Shown in the outline as detected; nothing shown when unknown.
        m_window->showOutline();
        OutlineModel *model = m_window->outline()->outlineModel();
        QTRY_VERIFY(model->indexOf(pt).isValid() && model->indexOf(shortOne).isValid());
        const QString detected = QStringLiteral("%1 (detected)").arg(QLocale(QStringLiteral("pt")).nativeLanguageName());
        QVERIFY2(model->data(model->indexOf(pt), Qt::ToolTipRole).toString().contains(detected),
                 qPrintable(model->data(model->indexOf(pt), Qt::ToolTipRole).toString()));
        QVERIFY(model->data(model->indexOf(pt), Qt::AccessibleTextRole).toString().contains(detected));
        QVERIFY(!model->data(model->indexOf(shortOne), Qt::ToolTipRole).toString().contains(QStringLiteral("Language")));
        QVERIFY(!model->data(model->indexOf(shortOne), Qt::AccessibleTextRole).toString().contains(QStringLiteral("detected")));
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("idea-languages-outline")));
    }

    void detectLanguagesIsOneUndoableChange()
    {
        // Ideas as an older file left them (no language, nothing detected), and one with a given one.
        const QUuid nl = captured(QStringLiteral("Zuidelijke partners beslissen zelf hoe het geld wordt besteed"));
        const QUuid fr = captured(QStringLiteral("Les partenaires du Sud décident eux-mêmes comment l'argent est dépensé"));
        const QUuid shortOne = captured(QStringLiteral("Transparency!"));
        QVERIFY(!nl.isNull() && !fr.isNull() && !shortOne.isNull());
        ChangeSet forget;
        for (const QUuid &id : {nl, fr})
            forget.append(edits::modify<Idea>(data(), id, [](Idea &i) {
                i.language.clear();
                i.languageConfidence = 0;
            }));
        QVERIFY(ws()->apply(forget, QStringLiteral("Forget languages")));
        QUuid ar;
        edits::IdeaDraft d;
        d.text = QStringLiteral("Southern partners decide how the money is spent");
        d.language = QStringLiteral("ar");
        QVERIFY(ws()->apply(edits::addIdea(data(), d, &ar), QStringLiteral("Add idea")));
        const qint64 history = ws()->document()->store().historyCount().value();

        QAction *detect = menuAction(m_window.get(), QStringLiteral("Edit"), QStringLiteral("detectLanguages"));
        QVERIFY2(detect, "Edit > Detect Languages is missing");
        QVERIFY(detect->isEnabled());
        QVERIFY(!detect->text().isEmpty());
        QVERIFY(!detect->toolTip().isEmpty());
        detect->trigger();

        QCOMPARE(idea(nl).language, QStringLiteral("nl"));
        QCOMPARE(idea(fr).language, QStringLiteral("fr"));
        QVERIFY(edits::languageDetected(idea(nl)) && edits::languageDetected(idea(fr)));
        QCOMPARE(idea(shortOne).language, QString());
        QCOMPARE(idea(ar).language, QStringLiteral("ar"));
        QCOMPARE(idea(ar).languageConfidence, 100);
        QCOMPARE(OutlineModel::languageLabel(idea(ar)), QLocale(QStringLiteral("ar")).nativeLanguageName());
        QVERIFY(OutlineModel::languageLabel(idea(nl)).endsWith(QStringLiteral("(detected)")));
        QCOMPARE(ws()->document()->store().historyCount().value(), history + 1); // one change
        QAction *undo = m_window->action(QStringLiteral("undo"));
        QVERIFY2(undo->text().contains(QStringLiteral("Detect languages")), qPrintable(undo->text()));
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("detect-languages")));

        // Nothing more to do: a second run changes nothing.
        detect->trigger();
        QCOMPARE(ws()->document()->store().historyCount().value(), history + 1);

        // One undo step takes both back; redo brings both.
        undo->trigger();
        QCOMPARE(idea(nl).language, QString());
        QCOMPARE(idea(fr).language, QString());
        QCOMPARE(idea(fr).languageConfidence, 0);
        QCOMPARE(idea(ar).language, QStringLiteral("ar"));
        m_window->action(QStringLiteral("redo"))->trigger();
        QCOMPARE(idea(nl).language, QStringLiteral("nl"));
        QCOMPARE(idea(fr).language, QStringLiteral("fr"));
    }

    void disabledWithoutAWorkshop()
    {
        m_window->closeWorkshop();
        QVERIFY(!m_window->action(QStringLiteral("detectLanguages"))->isEnabled());
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
