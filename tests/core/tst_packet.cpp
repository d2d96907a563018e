// Contribution packets of the offline form (core/exchange/packet.h): the corpus of valid, broken
// and hostile packets in tests/data/packets (made by make-corpus.py there), e-mail quoting and line
// endings, the import into the workshop it was made for (once only), and refusals that say why.

#include "testsupport.h"

#include "exchange/ideaimport.h"
#include "exchange/jsonexchange.h"
#include "exchange/packet.h"

#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

QByteArray corpus(const QString &name)
{
    QFile f(QStringLiteral(PAMOJA_TEST_DATA "/packets/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

const QUuid WorkshopId(QStringLiteral("0f0f0f0f-1111-4111-8111-000000000001"));

packet::Packet sample(int ideas = 2)
{
    packet::Packet p;
    p.workshopId = WorkshopId;
    p.workshopTitle = QStringLiteral("Partnerships 2030");
    p.packetId = QUuid::createUuid();
    p.created = QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
    p.language = QStringLiteral("nl");
    for (int i = 0; i < ideas; ++i) {
        packet::Idea idea;
        idea.id = QUuid::createUuid();
        idea.step = 1 + i % 3;
        idea.text = QStringLiteral("Idee %1: gedeelde budgetten").arg(i + 1);
        idea.constituency = QStringLiteral("south");
        idea.created = p.created;
        p.ideas.append(idea);
    }
    return p;
}

} // namespace

class TestPacket : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The workshop the corpus was made for, in a new file.
    std::unique_ptr<Document> workshop(const QString &name)
    {
        auto doc = Document::create(m_dir.filePath(name), QString(), Document::Seed::Empty);
        if (!doc)
            qFatal("%s", qPrintable(doc.error()));
        auto plan = exchange::planImport(::corpus(QStringLiteral("workshop.json")), (*doc)->data());
        if (!plan)
            qFatal("%s", qPrintable(plan.error()));
        if (Status s = (*doc)->apply(plan->changes, QStringLiteral("seed")); !s)
            qFatal("%s", qPrintable(s.error()));
        return std::move(*doc);
    }

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error"); // empty: valid; else a part of the message
        const QString truncated = QStringLiteral("truncated");
        const QString changed = QStringLiteral("changed after it was saved");
        const QString invalid = QStringLiteral("is not valid");
        QTest::newRow("valid") << "valid.txt" << QString();
        QTest::newRow("CRLF") << "valid-crlf.txt" << QString();
        QTest::newRow("e-mail, quoted twice") << "valid-quoted.eml" << QString();
        QTest::newRow("re-flowed, indented") << "valid-reflowed.txt" << QString();
        QTest::newRow("UTF-16 from Notepad") << "valid-utf16.txt" << QString();
        QTest::newRow("e-mail in base64") << "valid-base64.eml" << QString();
        QTest::newRow("e-mail in quoted-printable") << "valid-quoted-printable.eml" << QString();
        QTest::newRow("truncated: no end") << "truncated-end.txt" << truncated;
        QTest::newRow("truncated: a line lost")
            << "truncated-middle.txt" << QStringLiteral("holds 848 of its 896 bytes");
        QTest::newRow("only the first line") << "no-end-marker-only.txt" << truncated;
        QTest::newRow("tampered text, same length") << "tampered-text.txt" << changed;
        QTest::newRow("tampered text, new length") << "tampered-text-length.txt" << changed;
        QTest::newRow("tampered checksum") << "tampered-checksum.txt" << changed;
        QTest::newRow("tampered body character")
            << "tampered-body-char.txt" << QStringLiteral("edited or damaged");
        QTest::newRow("unknown version")
            << "unknown-version.txt" << QStringLiteral("newer version of Pamoja (packet format 2");
        QTest::newRow("version mismatch")
            << "version-mismatch.txt" << QStringLiteral("disagree on the version");
        QTest::newRow("duplicate idea ids")
            << "duplicate-ids.txt" << QStringLiteral("idea 2 has the same id");
        QTest::newRow("unknown field") << "unknown-field.txt" << QStringLiteral("unknown field \"extra\"");
        QTest::newRow("unknown idea field")
            << "unknown-idea-field.txt" << QStringLiteral("unknown field \"votes\"");
        QTest::newRow("missing field") << "missing-field.txt" << QStringLiteral("\"author\" is missing");
        QTest::newRow("step 4") << "bad-step.txt" << QStringLiteral("invalid \"step\"");
        QTest::newRow("step 1.5") << "fractional-step.txt" << QStringLiteral("invalid \"step\"");
        QTest::newRow("step as text") << "step-as-text.txt" << QStringLiteral("invalid \"step\"");
        QTest::newRow("id in braces") << "bad-uuid.txt" << QStringLiteral("invalid \"id\"");
        QTest::newRow("unknown constituency")
            << "bad-constituency.txt" << QStringLiteral("invalid \"constituency\"");
        QTest::newRow("bad time") << "bad-time.txt" << QStringLiteral("invalid \"created\"");
        QTest::newRow("control character") << "control-char.txt" << QStringLiteral("invalid \"text\"");
        QTest::newRow("name with a line break")
            << "name-with-newline.txt" << QStringLiteral("invalid \"author\"");
        QTest::newRow("empty text") << "empty-text.txt" << QStringLiteral("invalid \"text\"");
        QTest::newRow("text too long") << "long-text.txt" << QStringLiteral("invalid \"text\"");
        QTest::newRow("no ideas") << "no-ideas.txt" << QStringLiteral("holds no ideas");
        QTest::newRow("not JSON") << "not-json.txt" << invalid;
        QTest::newRow("array") << "top-level-array.txt" << invalid;
        QTest::newRow("repeated header") << "repeated-header.txt" << QStringLiteral("unknown or repeated");
        QTest::newRow("no packet") << "no-packet.txt" << QStringLiteral("no contribution packet");
        QTest::newRow("binary") << "binary.bin" << QStringLiteral("edited or damaged");
        QTest::newRow("wrong workshop (parses)") << "wrong-workshop.txt" << QString();
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const auto p = packet::parse(::corpus(file));
        if (error.isEmpty()) {
            QVERIFY2(p, qPrintable(p ? QString() : p.error()));
            QVERIFY(!p->ideas.isEmpty());
        } else {
            QVERIFY2(!p, qPrintable(file));
            QVERIFY2(p.error().contains(error), qPrintable(p.error()));
        }
    }

    // What e-mail does to the text never changes what it holds.
    void sameContentWhateverTheWrapping()
    {
        const auto plain = packet::parse(::corpus(QStringLiteral("valid.txt")));
        QVERIFY(plain);
        QCOMPARE(plain->ideas.size(), 3);
        QCOMPARE(plain->ideas.at(1).text, QStringLiteral("Des fonds gérés au Sud\nsans intermédiaire"));
        QCOMPARE(plain->ideas.at(0).author, QStringLiteral("Amina"));
        QCOMPARE(plain->ideas.at(2).step, 2);
        for (const char *name : {"valid-crlf.txt", "valid-quoted.eml", "valid-reflowed.txt",
                                 "valid-utf16.txt", "valid-base64.eml", "valid-quoted-printable.eml"}) {
            const auto other = packet::parse(::corpus(QString::fromLatin1(name)));
            QVERIFY2(other, name);
            QCOMPARE(other->ideas.size(), plain->ideas.size());
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(other->ideas.at(i).id, plain->ideas.at(i).id);
                QCOMPARE(other->ideas.at(i).text, plain->ideas.at(i).text);
            }
        }
    }

    void detectedByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::newRow("txt") << "valid.txt"
                             << "contribution.txt";
        QTest::newRow("eml") << "valid-quoted.eml"
                             << "reply.eml";
        QTest::newRow("named .csv") << "valid-crlf.txt"
                                    << "odd.csv";
        QTest::newRow("UTF-16") << "valid-utf16.txt"
                                << "notepad.txt";
        QTest::newRow("e-mail in base64") << "valid-base64.eml"
                                          << "saved.eml";
        QTest::newRow("e-mail in quoted-printable") << "valid-quoted-printable.eml"
                                                    << "reply.eml";
        QTest::newRow("truncated is still a packet") << "truncated-end.txt"
                                                     << "cut.txt";
    }

    void detectedByContent()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QCOMPARE(ideaimport::detect(::corpus(file), name), ideaimport::Format::Packet);
        const auto asIdeas = ideaimport::parse(::corpus(file), name);
        QVERIFY(!asIdeas);
        QVERIFY2(asIdeas.error().contains(QStringLiteral("contribution packet")),
                 qPrintable(asIdeas.error()));
        QVERIFY(!packet::contains(::corpus(QStringLiteral("no-packet.txt"))));
    }

    void writerRoundTrip()
    {
        const packet::Packet p = sample(5);
        const QByteArray text = packet::write(p);
        QVERIFY(text.startsWith(packet::BeginLine));
        for (const QByteArray &line : text.split('\n'))
            QVERIFY2(line.size() <= 64, line.constData()); // e-mail never has to re-wrap it
        const auto back = packet::parse(text);
        QVERIFY2(back, qPrintable(back ? QString() : back.error()));
        QCOMPARE(back->packetId, p.packetId);
        QCOMPARE(back->language, QStringLiteral("nl"));
        QCOMPARE(back->ideas.size(), 5);
        QCOMPARE(back->ideas.at(4).text, p.ideas.at(4).text);
        QCOMPARE(back->ideas.at(4).created, p.created);
    }

    void sizeCaps()
    {
        QByteArray huge = packet::BeginLine;
        huge += "\nVersion: 1\n" + QByteArray(3 * 1024 * 1024, 'A') + "\n" + packet::EndLine;
        auto p = packet::parse(huge);
        QVERIFY(!p);
        QVERIFY2(p.error().contains(QStringLiteral("too large")), qPrintable(p.error()));
        QByteArray body = packet::BeginLine;
        body += "\nVersion: 1\n";
        for (int i = 0; i < 30000; ++i)
            body += QByteArray(64, 'A') + '\n';
        p = packet::parse(body);
        QVERIFY(!p);
        QVERIFY2(p.error().contains(QStringLiteral("too large")), qPrintable(p.error()));
        // Many MIME markers before one large base64 part: each byte is looked at a bounded number of times.
        QByteArray mime = QByteArray("Content-Transfer-Encoding: base64\n").repeated(40000) + '\n';
        mime += QByteArray(64, 'Q').append('\n').repeated(8000);
        QVERIFY(mime.size() < packet::MaxBytes);
        p = packet::parse(mime);
        QVERIFY(!p);
        QVERIFY2(p.error().contains(QStringLiteral("no contribution packet")), qPrintable(p.error()));
        QVERIFY(!packet::contains(mime));
        const auto many = packet::parse(packet::write(sample(packet::MaxIdeas + 1)));
        QVERIFY(!many);
        QVERIFY2(many.error().contains(QStringLiteral("more than 500 ideas")), qPrintable(many.error()));
        QVERIFY(packet::parse(packet::write(sample(packet::MaxIdeas))));
    }

    void importOnceOnly()
    {
        auto doc = workshop(QStringLiteral("once.pamoja"));
        const auto p = packet::parse(::corpus(QStringLiteral("valid-quoted.eml")));
        QVERIFY(p);
        auto plan = packet::plan(doc->data(), *p);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
        QCOMPARE(plan->added, 3);
        QCOMPARE(plan->alreadyPresent, 0);
        QCOMPARE(plan->newParticipants,
                 QStringList{QStringLiteral("Joseph Mwangi")}); // Amina is on the roster
        const qsizetype people = doc->data().table<Participant>().size();
        QVERIFY(doc->apply(plan->changes, QStringLiteral("Import packet")));
        QCOMPARE(doc->data().table<Idea>().size(), 3);
        QCOMPARE(doc->data().table<Participant>().size(), people + 1);
        const Idea *named = doc->data().table<Idea>().find(p->ideas.at(0).id);
        QVERIFY(named);
        QCOMPARE(named->authorId, QUuid(QStringLiteral("0f0f0f0f-4444-4444-8444-000000000001")));
        QCOMPARE(named->source, QStringLiteral("offline_form"));
        QCOMPARE(named->created, QDateTime(QDate(2026, 3, 2), QTime(10, 1), Qt::UTC));
        const Idea *anonymous = doc->data().table<Idea>().find(p->ideas.at(1).id);
        QVERIFY(anonymous->authorId.isNull());
        QCOMPARE(anonymous->constituency, QStringLiteral("north"));
        QCOMPARE(anonymous->text, QStringLiteral("Des fonds gérés au Sud\nsans intermédiaire"));
        QCOMPARE(doc->data().table<Idea>().find(p->ideas.at(2).id)->promptId,
                 QUuid(QStringLiteral("0f0f0f0f-2222-4222-8222-000000000002")));
        // The same packet again, also as another copy of it: nothing more.
        for (const char *name : {"valid-quoted.eml", "valid.txt", "valid-crlf.txt"}) {
            auto again = packet::plan(doc->data(), *packet::parse(::corpus(QString::fromLatin1(name))));
            QVERIFY(again);
            QCOMPARE(again->added, 0);
            QCOMPARE(again->alreadyPresent, 3);
            QVERIFY(again->changes.isEmpty());
        }
        // Undo takes the whole packet back in one step.
        QVERIFY(doc->undo());
        QCOMPARE(doc->data().table<Idea>().size(), 0);
        QCOMPARE(doc->data().table<Participant>().size(), people);
    }

    void wrongWorkshopNamesBoth()
    {
        auto doc = workshop(QStringLiteral("wrong.pamoja"));
        const auto p = packet::parse(::corpus(QStringLiteral("wrong-workshop.txt")));
        QVERIFY(p);
        const auto plan = packet::plan(doc->data(), *p);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("\"Another workshop\"")), qPrintable(plan.error()));
        QVERIFY2(plan.error().contains(QStringLiteral("\"Partnerships 2030\"")), qPrintable(plan.error()));
    }

    void unknownPromptFallsBack()
    {
        auto doc = workshop(QStringLiteral("prompt.pamoja"));
        packet::Packet p = sample(1);
        p.ideas[0].step = 2;
        p.ideas[0].promptId =
            QUuid(QStringLiteral("0f0f0f0f-2222-4222-8222-000000000001")); // a step 1 prompt
        const auto plan = packet::plan(doc->data(), p);
        QVERIFY(plan);
        QCOMPARE(plan->added, 1);
        QCOMPARE(plan->warnings.size(), 1);
        QVERIFY(doc->apply(plan->changes, QStringLiteral("import")));
        QCOMPARE(doc->data().table<Idea>().find(p.ideas[0].id)->promptId,
                 QUuid(QStringLiteral("0f0f0f0f-2222-4222-8222-000000000002")));
    }

    // An idea id that names something else in the workshop is refused whole.
    void idOfAnotherEntity()
    {
        auto doc = workshop(QStringLiteral("clash.pamoja"));
        packet::Packet p = sample(2);
        p.ideas[1].id = QUuid(QStringLiteral("0f0f0f0f-4444-4444-8444-000000000001")); // Amina's id
        const auto plan = packet::plan(doc->data(), p);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("id of something else")), qPrintable(plan.error()));
    }

    // A name matches the roster however it is written, and one new name makes one participant.
    void namesMatchTheRoster()
    {
        auto doc = workshop(QStringLiteral("names.pamoja"));
        packet::Packet p = sample(3);
        p.ideas[0].author = QStringLiteral(" amina ");
        p.ideas[1].author = QStringLiteral("Zé Ninguém");
        p.ideas[2].author = QStringLiteral("ze ninguem");
        const auto plan = packet::plan(doc->data(), p);
        QVERIFY(plan);
        QCOMPARE(plan->newParticipants, QStringList{QStringLiteral("Zé Ninguém")});
        QVERIFY(doc->apply(plan->changes, QStringLiteral("import")));
        const Idea *a = doc->data().table<Idea>().find(p.ideas[1].id);
        const Idea *b = doc->data().table<Idea>().find(p.ideas[2].id);
        QCOMPARE(a->authorId, b->authorId);
        const Participant *ze = doc->data().participant(a->authorId);
        QCOMPARE(ze->constituency, QStringLiteral("south"));
        QVERIFY(ze->consent);
        QVERIFY(!ze->present);
    }
};

QTEST_GUILESS_MAIN(TestPacket)
#include "tst_packet.moc"
