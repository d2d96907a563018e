// Machine translation with Apertium (issue 13): the routes between the workshop's languages (direct
// or through Spanish, none for Dutch), one process per hop for a batch kept apart by a separator
// Apertium passes through, hostile text, a missing `apertium`, and the translations as edits: marked
// machine or person, a person's never overwritten, each run one undo step.

#include "i18n.h"
#include "testsupport.h"
#include "translation/translationplan.h"
#include "translationedits.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;
using namespace pamoja::translation;

namespace {

// What Debian 12's apertium-eng-spa, apertium-fr-es and apertium-es-pt install, with their variants.
const QStringList DebianModes{QStringLiteral("eng-spa"), QStringLiteral("spa-eng"), QStringLiteral("spa-eng_US"),
                              QStringLiteral("fr-es"),   QStringLiteral("es-fr"),   QStringLiteral("eco-es-fr"),
                              QStringLiteral("eco-fr-es"), QStringLiteral("es-pt"), QStringLiteral("pt-es"),
                              QStringLiteral("es-pt_BR")};

QStringList modeNames(const Route &r)
{
    QStringList out;
    for (const Mode &m : r.hops)
        out.append(m.name);
    return out;
}

// Runs a batch through the installed Apertium; keys are the indexes.
QStringList translateAll(const QStringList &texts, const QString &from, const QString &to, QString *error = nullptr)
{
    QList<SourceText> in;
    for (qsizetype i = 0; i < texts.size(); ++i)
        in.append({QString::number(i), texts.at(i), from});
    BatchTranslator t(Apertium::installed());
    t.run(in, to);
    if (error)
        *error = t.error();
    QStringList out;
    for (qsizetype i = 0; i < texts.size(); ++i)
        out.append(t.results().value(QString::number(i)));
    return out;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void isoCodes_data()
    {
        QTest::addColumn<QString>("apertium");
        QTest::addColumn<QString>("iso");
        QTest::newRow("three letters") << QStringLiteral("eng") << QStringLiteral("en");
        QTest::newRow("spa") << QStringLiteral("spa") << QStringLiteral("es");
        QTest::newRow("two letters") << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::newRow("pt") << QStringLiteral("pt") << QStringLiteral("pt");
        QTest::newRow("variant") << QStringLiteral("pt_BR") << QString();
        QTest::newRow("upper case") << QStringLiteral("ENG") << QString();
        QTest::newRow("not a language") << QStringLiteral("zzz") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void isoCodes()
    {
        QFETCH(QString, apertium);
        QFETCH(QString, iso);
        QCOMPARE(isoCode(apertium), iso);
    }

    void modesSkipVariants()
    {
        const Apertium a(QStringLiteral("/usr/bin/apertium"), DebianModes);
        QStringList names;
        for (const Mode &m : a.modes())
            names.append(m.from + QLatin1Char('>') + m.to + QLatin1Char('=') + m.name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("en>es=eng-spa"), QStringLiteral("es>en=spa-eng"),
                                     QStringLiteral("es>fr=es-fr"), QStringLiteral("es>pt=es-pt"),
                                     QStringLiteral("fr>es=fr-es"), QStringLiteral("pt>es=pt-es")}));
    }

    void routes_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("hops");
        QTest::newRow("en-es direct") << QStringLiteral("en") << QStringLiteral("es") << QStringList{QStringLiteral("eng-spa")};
        QTest::newRow("es-pt direct") << QStringLiteral("es") << QStringLiteral("pt") << QStringList{QStringLiteral("es-pt")};
        QTest::newRow("en-fr pivot") << QStringLiteral("en") << QStringLiteral("fr")
                                     << QStringList{QStringLiteral("eng-spa"), QStringLiteral("es-fr")};
        QTest::newRow("pt-en pivot") << QStringLiteral("pt") << QStringLiteral("en")
                                     << QStringList{QStringLiteral("pt-es"), QStringLiteral("spa-eng")};
        QTest::newRow("fr-pt pivot") << QStringLiteral("fr") << QStringLiteral("pt")
                                     << QStringList{QStringLiteral("fr-es"), QStringLiteral("es-pt")};
        QTest::newRow("nl-en none") << QStringLiteral("nl") << QStringLiteral("en") << QStringList();
        QTest::newRow("en-nl none") << QStringLiteral("en") << QStringLiteral("nl") << QStringList();
        QTest::newRow("sw-es none") << QStringLiteral("sw") << QStringLiteral("es") << QStringList();
    }
    void routes()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, hops);
        const Apertium a(QStringLiteral("/usr/bin/apertium"), DebianModes);
        const Result<Route> r = a.route(from, to);
        if (hops.isEmpty()) {
            QVERIFY(!r);
            // The message names both languages, so the facilitator knows which pair is missing.
            QVERIFY2(r.error().contains(languageName(from)) && r.error().contains(languageName(to)), qPrintable(r.error()));
            return;
        }
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(modeNames(*r), hops);
        QCOMPARE(r->pivot(), hops.size() == 2);
    }

    void noPairNamesDutch()
    {
        const Apertium a(QStringLiteral("/usr/bin/apertium"), DebianModes);
        const Result<Route> r = a.route(QStringLiteral("nl"), QStringLiteral("fr"));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("Dutch")) && r.error().contains(QStringLiteral("French")), qPrintable(r.error()));
    }

    // The facilitator reads the message in their language, the languages named in it too (Qt 6.4
    // names languages in English only).
    void noPairNamesDutchInTheReadersLanguage()
    {
        auto french = i18n::translator(QStringLiteral("fr"));
        QVERIFY(french);
        QCoreApplication::installTranslator(french.get());
        const Apertium a(QStringLiteral("/usr/bin/apertium"), DebianModes);
        const Result<Route> r = a.route(QStringLiteral("nl"), QStringLiteral("fr"));
        QCoreApplication::removeTranslator(french.get());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("néerlandais")) && r.error().contains(QStringLiteral("français")), qPrintable(r.error()));
        QVERIFY2(!r.error().contains(QStringLiteral("Dutch")), qPrintable(r.error()));
        QCOMPARE(languageName(QStringLiteral("es")), QStringLiteral("Spanish")); // English again
        QCOMPARE(languageName(QStringLiteral("zu")), QStringLiteral("Zulu"));    // not in the list: Qt's name
        QCOMPARE(languageName(QStringLiteral("qq")), QStringLiteral("qq"));      // no language: the code
    }

    void installedHasDebiansPairs()
    {
        const Apertium a = Apertium::installed();
        QVERIFY2(!a.program().isEmpty(), "apertium is not installed (scripts/test installs it)");
        for (const auto &[from, to] : {std::pair{"en", "es"}, {"es", "en"}, {"fr", "es"}, {"es", "fr"}, {"es", "pt"}, {"pt", "es"}})
            QVERIFY2(a.route(QLatin1String(from), QLatin1String(to)), qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(from), QLatin1String(to))));
    }

    void preparedCannotForgeSeparator()
    {
        QCOMPARE(prepared(QStringLiteral("  a\x1e" "b\r\nc\rd\te\x7f" "f  ")), QStringLiteral("a b\nc\nd e f"));
        const QByteArray j = joined({QStringLiteral("one"), QStringLiteral("two")});
        QCOMPARE(split(j, 2), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QVERIFY(split(j, 3).isEmpty()); // a count that does not match is refused, never shifted
    }

    // Without the blank lines around the separator Apertium's transfer moved "house" into the first
    // text ("the red" + "house is big" -> "La casa" + "roja es grande").
    void separatorKeepsIdeasApart()
    {
        QString error;
        const QStringList out = translateAll({QStringLiteral("the red"), QStringLiteral("house is big"), QStringLiteral("the"),
                                              QStringLiteral("big"), QStringLiteral("house")},
                                             QStringLiteral("en"), QStringLiteral("es"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out.size(), 5);
        QVERIFY2(!out.at(0).contains(QStringLiteral("casa")), qPrintable(out.join(QLatin1Char('|'))));
        QVERIFY2(out.at(1).contains(QStringLiteral("casa")) && out.at(1).contains(QStringLiteral("grande")), qPrintable(out.at(1)));
        QCOMPARE(out.at(3), QStringLiteral("Grande"));
        QCOMPARE(out.at(4), QStringLiteral("Casa"));
    }

    void hostileTextSurvives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("kept"); // what must come back unchanged
        QTest::newRow("markup") << QStringLiteral("The women <b>decide</b> & <script>x</script>")
                                << QStringList{QStringLiteral("<b>"), QStringLiteral("</b>"), QStringLiteral("&"), QStringLiteral("<"), QStringLiteral(">")};
        QTest::newRow("apertium's own marks") << QStringLiteral("water ^a$ @b #c \\d [e] {f} *g /h")
                                              << QStringList{QStringLiteral("$"), QStringLiteral("@"), QStringLiteral("#"), QStringLiteral("\\"),
                                                             QStringLiteral("["), QStringLiteral("{"), QStringLiteral("/")};
        QTest::newRow("newlines") << QStringLiteral("Clean water\nfor the villages\n\nand schools")
                                  << QStringList{QStringLiteral("\n"), QStringLiteral("\n\n")};
        QTest::newRow("rtl") << QStringLiteral("Peace שלום עולם سلام for all") << QStringList{QStringLiteral("שלום עולם"), QStringLiteral("سلام")};
        QTest::newRow("emoji") << QStringLiteral("Water 💧 for everyone 👩🏽‍🌾") << QStringList{QStringLiteral("💧"), QStringLiteral("👩🏽‍🌾")};
        QTest::newRow("separator inside") << QStringLiteral("water\x1e" "fire") << QStringList{};
        QTest::newRow("quotes") << QStringLiteral("\"direct\" 'funding' `now`") << QStringList{QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("`")};
    }
    void hostileTextSurvives()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, kept);
        // Between two plain ideas, so a leak into a neighbour shows.
        QString error;
        const QStringList out = translateAll({QStringLiteral("the sun"), text, QStringLiteral("the moon")},
                                             QStringLiteral("en"), QStringLiteral("es"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(0), QStringLiteral("El sol"));
        QCOMPARE(out.at(2), QStringLiteral("La luna"));
        QVERIFY(!out.at(1).isEmpty());
        for (const QString &k : kept)
            QVERIFY2(out.at(1).contains(k), qPrintable(QStringLiteral("%1 lost in: %2").arg(k, out.at(1))));
        QVERIFY2(!out.at(1).contains(QLatin1Char('*')) || text.contains(QLatin1Char('*')), qPrintable(out.at(1)));
    }

    // -u: an unknown word comes back as it was, never as "*word".
    void unknownWordsUnmarked()
    {
        const QStringList out = translateAll({QStringLiteral("The Wazalendo network")}, QStringLiteral("en"), QStringLiteral("es"));
        QVERIFY2(out.at(0).contains(QStringLiteral("Wazalendo")) && !out.at(0).contains(QLatin1Char('*')), qPrintable(out.at(0)));
    }

    void pivotTranslates()
    {
        QString error;
        const QStringList out = translateAll({QStringLiteral("The women decide."), QStringLiteral("Clean water")},
                                             QStringLiteral("en"), QStringLiteral("fr"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(out.at(0).contains(QStringLiteral("femmes")), qPrintable(out.at(0)));
        QVERIFY2(out.at(1).contains(QStringLiteral("eau"), Qt::CaseInsensitive), qPrintable(out.at(1)));
    }

    // Many ideas in chunks of ChunkSize: every one comes back, in order, with progress to the end.
    void batchInChunks()
    {
        QList<SourceText> in;
        const int n = BatchTranslator::ChunkSize * 2 + 7;
        for (int i = 0; i < n; ++i)
            in.append({QString::number(i), QStringLiteral("%1 women").arg(i), QStringLiteral("en")});
        in.append({QStringLiteral("nl"), QStringLiteral("Gedeelde besluitvorming"), QStringLiteral("nl")});
        in.append({QStringLiteral("same"), QStringLiteral("mujeres"), QStringLiteral("es")});
        in.append({QStringLiteral("empty"), QStringLiteral("  "), QStringLiteral("en")});
        BatchTranslator t(Apertium::installed());
        QSignalSpy progress(&t, &BatchTranslator::progress);
        t.run(in, QStringLiteral("es"));
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        QCOMPARE(t.total(), n);
        QCOMPARE(t.results().size(), n);
        for (int i = 0; i < n; ++i)
            QCOMPARE(t.results().value(QString::number(i)), QStringLiteral("%1 mujeres").arg(i));
        QCOMPARE(t.noRoute().keys(), QStringList{QStringLiteral("nl")});
        QCOMPARE(progress.size(), 4); // 0, then one per chunk
        QCOMPARE(progress.last().at(0).toInt(), n);
    }

    void cancelStops()
    {
        QList<SourceText> in;
        for (int i = 0; i < BatchTranslator::ChunkSize * 3; ++i)
            in.append({QString::number(i), QStringLiteral("water"), QStringLiteral("en")});
        BatchTranslator t(Apertium::installed());
        QSignalSpy finished(&t, &BatchTranslator::finished);
        t.start(in, QStringLiteral("fr"));
        QVERIFY(t.isRunning());
        t.cancel();
        QVERIFY(!t.isRunning());
        QVERIFY(t.wasCancelled());
        QCOMPARE(finished.size(), 1);
        QVERIFY(t.results().isEmpty());
    }

    void missingBinary()
    {
        const QByteArray path = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", QFile::encodeName(empty.path()));
        const Apertium a = Apertium::installed();
        qputenv("PATH", path);
        QVERIFY(a.program().isEmpty());
        QVERIFY(!a.available());
        QVERIFY2(a.available().error().contains(QStringLiteral("apertium")), qPrintable(a.available().error()));
        QVERIFY(!a.route(QStringLiteral("en"), QStringLiteral("es")));
        BatchTranslator t(a);
        t.run({{QStringLiteral("1"), QStringLiteral("water"), QStringLiteral("en")}}, QStringLiteral("es"));
        QCOMPARE(t.error(), a.available().error());
        QVERIFY(t.results().isEmpty());
    }

    void failingProcessIsAnError()
    {
        BatchTranslator t(Apertium(QStringLiteral("/bin/false"), DebianModes));
        t.run({{QStringLiteral("1"), QStringLiteral("water"), QStringLiteral("en")}}, QStringLiteral("es"));
        QVERIFY2(t.error().contains(QStringLiteral("eng-spa")), qPrintable(t.error()));
        QVERIFY(t.results().isEmpty());
    }

    // The plan counts what it leaves out; the edits mark machine and person; a run is one undo step.
    void planAndEdits()
    {
        auto created = Document::create(m_dir.filePath(QStringLiteral("t%1.pamoja").arg(++m_n)), QStringLiteral("Translate"));
        QVERIFY(created);
        Document &doc = **created;
        auto add = [&](int step, const QString &text, const QString &language) {
            edits::IdeaDraft d;
            d.step = step;
            d.text = text;
            d.language = language;
            QUuid id;
            auto cs = edits::addIdea(doc.data(), d, &id);
            if (!cs || !doc.apply(*cs, QStringLiteral("Add idea")))
                return QUuid();
            return id;
        };
        const QUuid en1 = add(1, QStringLiteral("Clean water for the villages"), QStringLiteral("en"));
        const QUuid en2 = add(2, QStringLiteral("The women decide the budget"), QStringLiteral("en"));
        const QUuid fr = add(1, QStringLiteral("Les femmes décident"), QStringLiteral("fr"));
        const QUuid nl = add(1, QStringLiteral("Gedeelde besluitvorming over budgetten"), QStringLiteral("nl"));
        const QUuid unknown = add(1, QStringLiteral("ok"), QString());
        const QUuid es = add(1, QStringLiteral("Agua limpia"), QStringLiteral("es"));
        QVERIFY(!en1.isNull() && !en2.isNull() && !fr.isNull() && !nl.isNull() && !unknown.isNull() && !es.isNull());
        QVERIFY(doc.data().table<Idea>().find(unknown)->language.isEmpty());
        auto cs = edits::setTranslation(doc.data(), es, QStringLiteral("Eau propre"), QStringLiteral("fr"));
        QVERIFY(cs);
        QVERIFY(doc.apply(*cs, QStringLiteral("Correct translation")));

        const Apertium a = Apertium::installed();
        const Plan step1 = plan(doc.data(), QStringLiteral("fr"), 1, a);
        QCOMPARE(step1.texts.size(), 1); // en1
        QCOMPARE(step1.alreadyInTarget, 1);
        QCOMPARE(step1.unknownLanguage, 1);
        QCOMPARE(step1.byPerson, 1);
        QCOMPARE(step1.noPairCount(), 1);
        QCOMPARE(step1.noPairMessages.size(), 1);
        QVERIFY(step1.noPairMessages.first().contains(QStringLiteral("Dutch")));
        QCOMPARE(step1.skipped(), 4);
        const Plan all = plan(doc.data(), QStringLiteral("fr"), 0, a);
        QCOMPARE(all.texts.size(), 2);

        BatchTranslator t(a);
        t.run(all.texts, all.to);
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const ChangeSet machine = edits::setMachineTranslations(doc.data(), machineTranslations(all, t.results()), QStringLiteral("fr"));
        QCOMPARE(machine.changes.size(), 2);
        QVERIFY(doc.apply(machine, QStringLiteral("Translate ideas")));
        const Idea &i1 = *doc.data().table<Idea>().find(en1);
        QCOMPARE(i1.text, QStringLiteral("Clean water for the villages")); // the original never changes
        QVERIFY2(i1.translation.contains(QStringLiteral("eau"), Qt::CaseInsensitive), qPrintable(i1.translation));
        QCOMPARE(i1.translationLanguage, QStringLiteral("fr"));
        QCOMPARE(i1.translationSource, QStringLiteral("machine"));
        QCOMPARE(doc.data().table<Idea>().find(es)->translation, QStringLiteral("Eau propre")); // a person's, kept

        // One undo step takes every machine translation away.
        QVERIFY(doc.undo());
        QVERIFY(doc.data().table<Idea>().find(en1)->translation.isEmpty());
        QVERIFY(doc.data().table<Idea>().find(en2)->translation.isEmpty());
        QVERIFY(doc.redo());

        // The facilitator corrects it: marked person, and a later run leaves it alone.
        auto fix = edits::setTranslation(doc.data(), en1, QStringLiteral("De l'eau propre pour les villages"), QStringLiteral("fr"));
        QVERIFY(fix);
        QVERIFY(doc.apply(*fix, QStringLiteral("Correct translation")));
        QCOMPARE(doc.data().table<Idea>().find(en1)->translationSource, QStringLiteral("person"));
        QVERIFY(edits::setMachineTranslations(doc.data(), {{en1, QStringLiteral("Clean water for the villages"), QStringLiteral("x")}},
                                              QStringLiteral("fr")).isEmpty());
        // A translation of words the idea no longer has is not stored.
        QVERIFY(edits::setMachineTranslations(doc.data(), {{en2, QStringLiteral("Other words"), QStringLiteral("x")}},
                                              QStringLiteral("fr")).isEmpty());
        // New words drop a machine translation (it would be of the old words), never a person's.
        QVERIFY(doc.apply(edits::editIdeaText(doc.data(), en2, QStringLiteral("The women decide the whole budget")), QStringLiteral("Edit")));
        QVERIFY(doc.data().table<Idea>().find(en2)->translation.isEmpty());
        QVERIFY(doc.data().table<Idea>().find(en2)->translationSource.isEmpty());
        QVERIFY(doc.apply(edits::editIdeaText(doc.data(), en1, QStringLiteral("Clean water for all villages")), QStringLiteral("Edit")));
        QCOMPARE(doc.data().table<Idea>().find(en1)->translation, QStringLiteral("De l'eau propre pour les villages"));
        // An empty correction removes the translation.
        auto clear = edits::setTranslation(doc.data(), en1, QStringLiteral("  "), QStringLiteral("fr"));
        QVERIFY(clear);
        QVERIFY(doc.apply(*clear, QStringLiteral("Remove translation")));
        QVERIFY(doc.data().table<Idea>().find(en1)->translationSource.isEmpty());
        // A translation needs its language.
        QVERIFY(!edits::setTranslation(doc.data(), en1, QStringLiteral("x"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
