// Fails when any translation lacks a message the sources contain or leaves one unfinished: lupdate
// is run over the sources into copies of the .ts files, and every message must come out finished.

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;

    static QString lupdate()
    {
        const QString path = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        return QFile::exists(path) ? path : QStringLiteral("/usr/lib/qt6/bin/lupdate");
    }

    struct Problem
    {
        QString context, source, kind;
    };

    // Messages that are unfinished, empty or missing a plural form. English ('pluralOnly') only
    // needs its plural forms.
    static QList<Problem> problems(const QString &file, bool pluralOnly)
    {
        QList<Problem> out;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {{QString(), file, QStringLiteral("cannot read")}};
        QXmlStreamReader xml(&f);
        QString context, source, type;
        bool numerus = false, empty = true, inTranslation = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1StringView("name") && source.isNull())
                    context = xml.readElementText();
                else if (name == QLatin1StringView("message")) {
                    numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1StringView("yes");
                    source = QString(QLatin1StringView(""));
                    type.clear();
                    empty = true;
                } else if (name == QLatin1StringView("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1StringView("translation")) {
                    type = xml.attributes().value(QStringLiteral("type")).toString();
                    inTranslation = true;
                    if (!numerus) {
                        empty = xml.readElementText().trimmed().isEmpty();
                        inTranslation = false;
                    }
                } else if (name == QLatin1StringView("numerusform") && inTranslation) {
                    if (xml.readElementText().trimmed().isEmpty())
                        empty = true;
                    else if (empty)
                        empty = false;
                }
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1StringView("translation"))
                    inTranslation = false;
                if (xml.name() == QLatin1StringView("message")) {
                    if ((!pluralOnly || numerus) && type != QLatin1StringView("vanished") &&
                        type != QLatin1StringView("obsolete") && (type == QLatin1StringView("unfinished") || empty))
                        out.append({context, source, type.isEmpty() ? QStringLiteral("empty") : type});
                    source = QString();
                }
            }
        }
        if (xml.hasError())
            out.append({QString(), file, xml.errorString()});
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir src(QStringLiteral(PAMOJA_SOURCE_DIR "/translations"));
        const QStringList ts = src.entryList({QStringLiteral("pamoja_*.ts")}, QDir::Files, QDir::Name);
        QVERIFY2(ts.size() >= 5, "expected .ts files for en (plurals), nl, fr, es and pt");
        for (const QString &name : ts) {
            const QString copy = m_dir.filePath(name);
            QVERIFY(QFile::copy(src.filePath(name), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            m_files.append(copy);
        }
        QProcess p;
        QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                         QStringLiteral("-silent")};
        for (const char *dir : {"core", "ui", "app"})
            args.append(QStringLiteral(PAMOJA_SOURCE_DIR "/") + QLatin1StringView(dir));
        QStringList normal, plural;
        for (const QString &f : m_files)
            (f.endsWith(QLatin1StringView("_en.ts")) ? plural : normal).append(f);
        for (const auto &[files, extra] : {std::pair{normal, QStringList()},
                                           std::pair{plural, QStringList{QStringLiteral("-pluralonly")}}}) {
            if (files.isEmpty())
                continue;
            p.start(lupdate(), args + extra + QStringList{QStringLiteral("-ts")} + files);
            QVERIFY2(p.waitForFinished(120000), "lupdate did not finish");
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : m_files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void complete()
    {
        QFETCH(QString, file);
        const bool english = file.endsWith(QLatin1StringView("_en.ts"));
        const auto list = problems(file, english);
        QStringList lines;
        for (const auto &p : list.mid(0, 15))
            lines.append(QStringLiteral("  [%1] %2: %3").arg(p.kind, p.context, p.source.left(80)));
        QVERIFY2(list.isEmpty(), qPrintable(QStringLiteral("%1 has %2 unfinished or missing message(s):\n%3")
                                               .arg(QFileInfo(file).fileName())
                                               .arg(list.size())
                                               .arg(lines.join(QLatin1Char('\n')))));
    }

    // The check itself must be able to fail: a message added to the sources is caught.
    void detectsMissing()
    {
        QTemporaryDir dir;
        QFile src(dir.filePath(QStringLiteral("probe.cpp")));
        QVERIFY(src.open(QIODevice::WriteOnly));
        src.write("#include <QCoreApplication>\nQString f() { return QCoreApplication::translate(\"probe\", "
                  "\"A sentence no translation has yet\"); }\n");
        src.close();
        const QString ts = dir.filePath(QStringLiteral("probe_nl.ts"));
        QVERIFY(QFile::copy(m_files.first(), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.start(lupdate(), {QStringLiteral("-silent"), src.fileName(), QStringLiteral("-ts"), ts});
        QVERIFY(p.waitForFinished(60000));
        const auto list = problems(ts, false);
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const Problem &p) {
            return p.source == QLatin1StringView("A sentence no translation has yet");
        }));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
