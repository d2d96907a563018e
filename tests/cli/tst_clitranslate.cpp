// `pamoja translate FILE --to LANG [--step S]` (issue 13): fills machine translations beside the
// ideas with Apertium, says how many were translated and skipped and why, one history entry; usage
// errors exit 2, a missing apertium exits 1 with a message and changes nothing.

#include "clisupport.h"

#include "document.h"
#include "edits.h"

#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

// Until the translation pass fills in translations/pamoja_en.ts, English plurals read "idea(s)".
bool saysPlural(const QString &text, const QString &expected)
{
    auto canonical = [](QString s) {
        return s.remove(QStringLiteral("(s)")).replace(QStringLiteral("ideas"), QStringLiteral("idea")).replace(QStringLiteral("translations"), QStringLiteral("translation"));
    };
    return canonical(text).contains(canonical(expected));
}

Run runWithPath(const QStringList &args, const QString &path)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), privateRuntimeDir());
    env.insert(QStringLiteral("PATH"), path);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAMOJA_BINARY), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCliTranslate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QUuid m_en1, m_en2, m_fr, m_nl, m_unknown;

    QString workshop()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.pamoja").arg(++m_n));
        auto doc = Document::create(path, QStringLiteral("Translate"));
        if (!doc)
            return {};
        auto add = [&](int step, const QString &text, const QString &language) {
            edits::IdeaDraft d;
            d.step = step;
            d.text = text;
            d.language = language;
            QUuid id;
            auto cs = edits::addIdea((*doc)->data(), d, &id);
            if (!cs || !(*doc)->apply(*cs, QStringLiteral("Add idea")))
                return QUuid();
            return id;
        };
        m_en1 = add(1, QStringLiteral("Clean water for the villages"), QStringLiteral("en"));
        m_en2 = add(2, QStringLiteral("The women decide the budget"), QStringLiteral("en"));
        m_fr = add(1, QStringLiteral("Les femmes décident"), QStringLiteral("fr"));
        m_nl = add(1, QStringLiteral("Gedeelde besluitvorming over budgetten"), QStringLiteral("nl"));
        m_unknown = add(1, QStringLiteral("ok"), QString());
        return path;
    }

    static Idea idea(const QString &path, const QUuid &id)
    {
        auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
        return doc ? *(*doc)->data().table<Idea>().find(id) : Idea();
    }

private Q_SLOTS:
    void translatesStep()
    {
        const QString path = workshop();
        const qint64 history = [&] {
            auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
            return doc ? (*doc)->store().historyCount().value() : -1;
        }();
        const Run r = runPamoja({QStringLiteral("translate"), path, QStringLiteral("--to"), QStringLiteral("es"),
                                 QStringLiteral("--step"), QStringLiteral("envision")});
        QVERIFY2(!r.crashed && r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(saysPlural(out, QStringLiteral("Translated 2 ideas into Spanish")), qPrintable(out));
        QVERIFY2(saysPlural(out, QStringLiteral("1 idea whose language is unknown")), qPrintable(out));
        QVERIFY2(saysPlural(out, QStringLiteral("Skipped 1 idea with no language pair")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Dutch")), qPrintable(out));
        const Idea en1 = idea(path, m_en1);
        QCOMPARE(en1.text, QStringLiteral("Clean water for the villages"));
        QVERIFY2(en1.translation.contains(QStringLiteral("agua"), Qt::CaseInsensitive), qPrintable(en1.translation));
        QCOMPARE(en1.translationLanguage, QStringLiteral("es"));
        QCOMPARE(en1.translationSource, QStringLiteral("machine"));
        QVERIFY(idea(path, m_fr).translation.contains(QStringLiteral("mujeres"), Qt::CaseInsensitive));
        QVERIFY(idea(path, m_en2).translation.isEmpty()); // step 2 was not asked for
        QVERIFY(idea(path, m_nl).translation.isEmpty());
        QVERIFY(idea(path, m_unknown).translation.isEmpty());
        // One history entry for the whole run.
        auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY(doc);
        QCOMPARE((*doc)->store().historyCount().value(), history + 1);
    }

    void pivotAndAlreadyInTarget()
    {
        const QString path = workshop();
        const Run r = runPamoja({QStringLiteral("translate"), path, QStringLiteral("--to"), QStringLiteral("fr")});
        QVERIFY2(!r.crashed && r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(saysPlural(out, QStringLiteral("Translated 2 ideas into French")), qPrintable(out));
        QVERIFY2(saysPlural(out, QStringLiteral("Skipped 1 idea already in French")), qPrintable(out));
        QVERIFY(idea(path, m_fr).translation.isEmpty());
        QVERIFY2(idea(path, m_en2).translation.contains(QStringLiteral("femmes")), qPrintable(idea(path, m_en2).translation));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --to") << QStringList{};
        QTest::newRow("bad language") << QStringList{QStringLiteral("--to"), QStringLiteral("french")};
        QTest::newRow("bad step") << QStringList{QStringLiteral("--to"), QStringLiteral("fr"), QStringLiteral("--step"), QStringLiteral("9")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--to"), QStringLiteral("fr"), QStringLiteral("--fast")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const QString path = workshop();
        const Run r = runPamoja(QStringList{QStringLiteral("translate"), path} + args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void missingFile()
    {
        const Run r = runPamoja({QStringLiteral("translate"), m_dir.filePath(QStringLiteral("none.pamoja")), QStringLiteral("--to"), QStringLiteral("fr")});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
    }

    void missingApertium()
    {
        const QString path = workshop();
        QTemporaryDir empty;
        const Run r = runWithPath({QStringLiteral("translate"), path, QStringLiteral("--to"), QStringLiteral("es")}, empty.path());
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Apertium is not installed"), r.err.constData());
        QVERIFY(idea(path, m_en1).translation.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTranslate)
#include "tst_clitranslate.moc"
