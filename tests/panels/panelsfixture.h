#pragma once

// Shared set-up for the panel tests: a fresh workshop in a temporary folder inside a Workspace,
// with helpers that add participants, ideas and clusters through the funnel.

#include "common/messagebox.h"
#include "edits.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace pamoja::test {

inline QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(PAMOJA_BUILD_DIR "/screenshots"));
    return QStringLiteral(PAMOJA_BUILD_DIR "/screenshots/") + name;
}

struct Fixture
{
    QTemporaryDir dir;
    Workspace workspace;

    Fixture()
    {
        MessageBox::setTestMode(true);
        auto doc = Document::create(dir.filePath(QStringLiteral("w.pamoja")), QStringLiteral("Test workshop"));
        if (!doc)
            qFatal("cannot create workshop: %s", qPrintable(doc.error()));
        workspace.setDocument(std::move(*doc));
        QObject::connect(&workspace, &Workspace::errorOccurred, &workspace,
                         [](const QString &m) { qWarning("workspace error: %s", qPrintable(m)); });
    }
    Document *doc() { return workspace.document(); }
    const WorkshopData &data() { return workspace.document()->data(); }

    QUuid person(const QString &name, const QString &constituency, const QString &org = {})
    {
        Participant p;
        p.name = name;
        p.constituency = constituency;
        QUuid id;
        if (!workspace.apply(edits::addParticipant(data(), p, org, &id), QStringLiteral("add")))
            qFatal("cannot add participant");
        return id;
    }
    QUuid idea(const QString &text, int step = 1, const QUuid &author = {})
    {
        edits::IdeaDraft d;
        d.text = text;
        d.step = step;
        d.authorId = author;
        QUuid id;
        if (!workspace.apply(edits::addIdea(data(), d, &id), QStringLiteral("idea")))
            qFatal("cannot add idea");
        return id;
    }
    QUuid cluster(const QString &title, const QList<QUuid> &ideas, int step = 1)
    {
        QUuid id;
        workspace.apply(edits::createCluster(data(), step, title, ideas, &id), QStringLiteral("cluster"));
        return id;
    }
    QUuid catalogue(const QString &code)
    {
        for (const CatalogueItem &c : data().table<CatalogueItem>().items())
            if (c.code == code)
                return c.id;
        return {};
    }
};

} // namespace pamoja::test
