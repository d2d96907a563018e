// Where notes go on the board: new ideas take free places, growing clusters make room, and nothing on
// the board ever covers anything else, over many random edits with clusters present.
#include "testsupport.h"

#include "boardplacement.h"
#include "domain/boardgeometry.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace pamoja;

namespace {

struct Placed
{
    QUuid id;
    QRectF rect;
};

// Every item drawn on a step's board, as drawn: loose notes and cluster frames.
QList<Placed> boardItems(const WorkshopData &d, int step)
{
    QList<Placed> out;
    for (const Idea &i : d.table<Idea>().items())
        if (i.step == step && i.clusterId.isNull() && i.mergedInto.isNull())
            out.append({i.id, board::noteRect(i)});
    for (const Cluster &c : d.table<Cluster>().items())
        if (c.step == step)
            out.append(
                {c.id, QRectF(QPointF(c.x, c.y), board::clusterSize(d.clusterNotes(c.id), c.collapsed))});
    return out;
}

QString firstOverlap(const WorkshopData &d, int step)
{
    const QList<Placed> items = boardItems(d, step);
    for (qsizetype a = 0; a < items.size(); ++a)
        for (qsizetype b = a + 1; b < items.size(); ++b)
            if (items[a].rect.intersects(items[b].rect))
                return QStringLiteral("%1 covers %2").arg(items[a].id.toString(), items[b].id.toString());
    return {};
}

// The index against a scan: a lane cell is free exactly when no item (clusters at their open size)
// overlaps it.
QString indexProblem(const WorkshopData &d, int step)
{
    QSet<QPair<int, int>> covered;
    int lastRow = -1;
    auto cover = [&](const QRectF &r) {
        const BoardIndex::Range cells = BoardIndex::cellsOf(r);
        for (int row = cells.row0; row <= cells.row1; ++row)
            for (int col = cells.col0; col <= cells.col1; ++col) {
                covered.insert({col, row});
                lastRow = std::max(lastRow, row);
            }
    };
    for (const Idea &i : d.table<Idea>().items())
        if (i.step == step && i.clusterId.isNull() && i.mergedInto.isNull())
            cover(board::noteRect(i));
    for (const Cluster &c : d.table<Cluster>().items())
        if (c.step == step)
            cover(board::clusterRect(c, d.clusterNotes(c.id)));
    if (d.board().lastUsedRow(step) != lastRow)
        return QStringLiteral("last row %1, scan %2").arg(d.board().lastUsedRow(step)).arg(lastRow);
    for (int row = 0; row <= lastRow + 2; ++row) {
        int firstFree = -1;
        for (int col = 0; col < board::LaneColumns; ++col) {
            const bool free = !covered.contains({col, row});
            if (free != d.board().isCellFree(step, col, row))
                return QStringLiteral("cell %1,%2 is %3 in the index")
                    .arg(col)
                    .arg(row)
                    .arg(free ? QStringLiteral("taken") : QStringLiteral("free"));
            if (free && firstFree < 0)
                firstFree = col;
        }
        if (firstFree >= 0 && d.board().firstOpenRow(step, row) != row)
            return QStringLiteral("row %1 has room but the index skips it").arg(row);
        if (firstFree < 0 && d.board().firstOpenRow(step, row) == row)
            return QStringLiteral("row %1 is full but the index offers it").arg(row);
    }
    return {};
}

} // namespace

class TestPlacement : public QObject
{
    Q_OBJECT

    const WorkshopData &data() const { return m_doc->data(); }
    bool apply(const ChangeSet &cs)
    {
        m_moves += int(edits::makeRoom(data(), cs).changes.size());
        const Status s = m_doc->apply(edits::withRoom(data(), cs), QStringLiteral("edit"));
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        return s.isOk();
    }
    QUuid add(const QString &text, int step = 1)
    {
        edits::IdeaDraft d;
        d.step = step;
        d.text = text;
        QUuid id;
        auto cs = edits::addIdea(data(), d, &id);
        return cs && apply(*cs) ? id : QUuid();
    }
    QList<QUuid> loose(int step = 1) const
    {
        QList<QUuid> ids;
        for (const Idea &i : data().table<Idea>().select([&](const Idea &i) {
                 return i.step == step && i.clusterId.isNull() && i.mergedInto.isNull();
             }))
            ids.append(i.id);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        auto doc = Document::create(m_dir.filePath(QStringLiteral("p%1.pamoja").arg(++m_n)),
                                    QStringLiteral("Placement"));
        QVERIFY(doc);
        m_doc = std::move(*doc);
    }
    void cleanup() { m_doc.reset(); }

    // The case: three notes in a row, the second dragged onto the first. The frame that
    // grows must not cover the third; it moves aside in the same undo step.
    void growingClusterMakesRoom()
    {
        const QUuid a = add(QStringLiteral("a")), b = add(QStringLiteral("b")), c = add(QStringLiteral("c"));
        const Idea *third = data().table<Idea>().find(c);
        const QPointF thirdWas(third->x, third->y);
        QVERIFY(firstOverlap(data(), 1).isEmpty());
        // Without making room the frame covers the third note: this is what the board did.
        const ChangeSet raw = edits::createCluster(data(), 1, QStringLiteral("Pair"), {a, b});
        QVERIFY(!edits::makeRoom(data(), raw).isEmpty());
        QVERIFY(apply(raw));
        QCOMPARE(firstOverlap(data(), 1), QString());
        third = data().table<Idea>().find(c);
        QVERIFY(QPointF(third->x, third->y) != thirdWas);
        QCOMPARE(m_doc->undoText(), QStringLiteral("edit"));
        QVERIFY(m_doc->undo());
        third = data().table<Idea>().find(c);
        QCOMPARE(QPointF(third->x, third->y), thirdWas); // one undo step puts everything back
        QCOMPARE(data().table<Cluster>().size(), 0);
    }

    void newIdeasGoBesideClusters()
    {
        QList<QUuid> ids;
        for (int n = 0; n < 12; ++n)
            ids.append(add(QStringLiteral("idea %1").arg(n)));
        QVERIFY(apply(edits::createCluster(data(), 1, QStringLiteral("Big"), ids.mid(0, 9))));
        for (int n = 0; n < 40; ++n) {
            QVERIFY(!add(QStringLiteral("more %1").arg(n)).isNull());
            QCOMPARE(firstOverlap(data(), 1), QString());
        }
        QCOMPARE(indexProblem(data(), 1), QString());
        // Other steps have boards of their own.
        const QUuid other = add(QStringLiteral("step two"), 2);
        QCOMPARE(data().table<Idea>().find(other)->x, 0.0);
        QCOMPARE(data().table<Idea>().find(other)->y, 0.0);
    }

    void neverOverlapsOverRandomEdits_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 1234u, 98765u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void neverOverlapsOverRandomEdits()
    {
        QFETCH(quint32, seed);
        m_moves = 0;
        QRandomGenerator rng(seed);
        auto pick = [&](const QList<QUuid> &from) { return from.at(rng.bounded(int(from.size()))); };
        for (int round = 0; round < 400; ++round) {
            const QList<QUuid> free = loose();
            const QList<Cluster> clusters = data().clusters(1);
            const int op = rng.bounded(12);
            QString what;
            if (op <= 4 || free.size() < 3) {
                what = QStringLiteral("add");
                QVERIFY(!add(QStringLiteral("idea %1").arg(round)).isNull());
            } else if (op == 5) {
                what = QStringLiteral("cluster");
                QList<QUuid> ids;
                for (int k = rng.bounded(1, 4); k > 0; --k)
                    if (const QUuid id = pick(free); !ids.contains(id))
                        ids.append(id);
                QVERIFY(apply(edits::createCluster(data(), 1, QString(), ids)));
            } else if (op == 6 && !clusters.isEmpty()) {
                what = QStringLiteral("join");
                QVERIFY(apply(edits::setCluster(data(), {pick(free), pick(free)},
                                                clusters.at(rng.bounded(int(clusters.size()))).id)));
            } else if (op == 7 && !clusters.isEmpty()) {
                what = QStringLiteral("leave");
                QList<QUuid> in;
                for (const Idea &i : data().ideasInCluster(clusters.at(rng.bounded(int(clusters.size()))).id))
                    if (rng.bounded(2))
                        in.append(i.id);
                apply(edits::setCluster(data(), in, QUuid()));
            } else if (op == 8 && !clusters.isEmpty()) {
                what = QStringLiteral("remove cluster");
                QVERIFY(
                    apply(edits::removeCluster(data(), clusters.at(rng.bounded(int(clusters.size()))).id)));
            } else if (op == 9 && !clusters.isEmpty()) {
                what = QStringLiteral("move cluster");
                const QUuid id = clusters.at(rng.bounded(int(clusters.size()))).id;
                const double x = rng.bounded(2000) - 200, y = rng.bounded(1500) - 200;
                apply(edits::modify<Cluster>(data(), id, [&](Cluster &c) {
                    c.x = x;
                    c.y = y;
                }));
            } else if (op == 10 && clusters.size() >= 2) {
                what = QStringLiteral("merge clusters");
                QVERIFY(apply(edits::mergeClusters(data(), clusters.at(0).id, clusters.at(1).id)));
            } else if (op == 11 && m_doc->canUndo()) {
                what = QStringLiteral("undo");
                QVERIFY(m_doc->undo());
            } else {
                continue;
            }
            const QString overlap = firstOverlap(data(), 1);
            QVERIFY2(overlap.isEmpty(),
                     qPrintable(QStringLiteral("round %1 (%2): %3").arg(round).arg(what, overlap)));
            const QString index = indexProblem(data(), 1);
            QVERIFY2(index.isEmpty(),
                     qPrintable(QStringLiteral("round %1 (%2): %3").arg(round).arg(what, index)));
        }
        QVERIFY2(data().table<Idea>().size() > 60, qPrintable(QString::number(data().table<Idea>().size())));
        // The edits did make room, many times: the property was put to the test.
        QVERIFY2(m_moves > 20, qPrintable(QString::number(m_moves)));
        // A reopened workshop builds the same index from the file.
        const QString path = m_doc->path();
        const WorkshopData before = data();
        m_doc.reset();
        auto reopened = Document::open(path);
        QVERIFY(reopened);
        QCOMPARE(indexProblem((*reopened)->data(), 1), QString());
        for (int row = 0; row <= before.board().lastUsedRow(1) + 1; ++row)
            for (int col = 0; col < board::LaneColumns; ++col)
                QCOMPARE((*reopened)->data().board().isCellFree(1, col, row),
                         before.board().isCellFree(1, col, row));
        m_doc = std::move(*reopened);
    }

    // Put back where it was when that place is still free; elsewhere when it is not.
    void notesLeavingAClusterFindRoom()
    {
        const QUuid a = add(QStringLiteral("a")), b = add(QStringLiteral("b"));
        QUuid c;
        QVERIFY(apply(edits::createCluster(data(), 1, QStringLiteral("Pair"), {a, b}, &c)));
        // Something now lies where b was before it joined.
        for (int n = 0; n < 10; ++n)
            add(QStringLiteral("filler %1").arg(n));
        QVERIFY(apply(edits::removeCluster(data(), c)));
        QCOMPARE(firstOverlap(data(), 1), QString());
        QCOMPARE(indexProblem(data(), 1), QString());
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    int m_moves = 0;
    std::unique_ptr<Document> m_doc;
};

QTEST_MAIN(TestPlacement)
#include "tst_placement.moc"
