#include "xlsxreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace pamoja::xlsx {

namespace {

const QString RelationshipsNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};

// One archive in memory, read part by part within the caps.
class Archive
{
public:
    Status open(const QByteArray &bytes, const Caps &caps)
    {
        m_caps = caps;
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *src = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
        if (!src) {
            zip_error_fini(&error);
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet could not be read.")};
        }
        m_zip.reset(zip_open_from_source(src, ZIP_RDONLY, &error));
        zip_error_fini(&error);
        if (!m_zip) {
            zip_source_free(src);
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The file looks like a spreadsheet (XLSX) but its ZIP container is damaged.")};
        }
        const zip_int64_t entries = zip_get_num_entries(m_zip.get(), 0);
        if (entries < 0 || entries > m_caps.maxEntries)
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet has more parts than any workbook of ideas needs (%1); it is refused.").arg(entries)};
        return Status::ok();
    }

    bool has(const QString &name) const { return zip_name_locate(m_zip.get(), name.toUtf8().constData(), 0) >= 0; }

    Result<QByteArray> read(const QString &name)
    {
        const QByteArray utf8 = name.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip.get(), utf8.constData(), 0, &st) != 0)
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet has no part \"%1\".").arg(name)};
        if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet part \"%1\" does not say how large it is.").arg(name)};
        const auto size = qint64(st.size);
        if (size > m_caps.maxEntryBytes || m_total + size > m_caps.maxTotalBytes)
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet part \"%1\" unpacks to %2 MB, more than a workbook of ideas needs; it is refused.")
                             .arg(name)
                             .arg(size / (1024 * 1024))};
        if (size > 1024 * 1024 && size / std::max<qint64>(1, qint64(st.comp_size)) > m_caps.maxRatio)
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet part \"%1\" is compressed %2 times, as only a zip bomb is; it is refused.")
                             .arg(name)
                             .arg(size / std::max<qint64>(1, qint64(st.comp_size)))};
        zip_file_t *f = zip_fopen(m_zip.get(), utf8.constData(), 0);
        if (!f)
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet part \"%1\" cannot be opened (encrypted or damaged).").arg(name)};
        QByteArray data(size, Qt::Uninitialized);
        // One byte more than declared: a part that unpacks to more than its header says is refused.
        char extra = 0;
        const zip_int64_t got = size ? zip_fread(f, data.data(), zip_uint64_t(size)) : 0;
        const zip_int64_t more = got == size ? zip_fread(f, &extra, 1) : 0;
        zip_fclose(f);
        if (got != size || more != 0)
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet part \"%1\" is damaged (it does not unpack to the size it declares).").arg(name)};
        m_total += size;
        return data;
    }

private:
    std::unique_ptr<zip_t, ZipCloser> m_zip;
    Caps m_caps;
    qint64 m_total = 0;
};

// XML as the workbook writes it: no DTD (so no entity tricks), well formed.
Status xmlProblem(const QXmlStreamReader &xml, const QString &part)
{
    if (xml.hasError())
        return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet part \"%1\" is not valid XML (line %2: %3).").arg(part).arg(xml.lineNumber()).arg(xml.errorString())};
    return Status::ok();
}

bool isDtd(const QXmlStreamReader &xml)
{
    return xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference;
}

// xl/workbook.xml and its relationships: the path of the first sheet.
Result<QString> firstSheetPath(Archive &zip)
{
    auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return Error{workbook.error()};
    QString relId;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd() && relId.isEmpty()) {
        xml.readNext();
        if (isDtd(xml))
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet declares a DTD, which workbooks never do; it is refused.")};
        if (xml.isStartElement() && xml.name() == QLatin1StringView("sheet"))
            relId = xml.attributes().value(RelationshipsNs, QStringLiteral("id")).toString();
    }
    if (Status s = xmlProblem(xml, QStringLiteral("xl/workbook.xml")); !s)
        return Error{s.error()};
    if (relId.isEmpty())
        return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet has no worksheet.")};
    auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return Error{rels.error()};
    QXmlStreamReader rx(*rels);
    while (!rx.atEnd()) {
        rx.readNext();
        if (isDtd(rx))
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet declares a DTD, which workbooks never do; it is refused.")};
        if (rx.isStartElement() && rx.name() == QLatin1StringView("Relationship") &&
            rx.attributes().value(QStringLiteral("Id")) == relId) {
            QString target = rx.attributes().value(QStringLiteral("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            if (target.contains(QLatin1StringView("..")) || !target.endsWith(QLatin1StringView(".xml")))
                return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet's first sheet points outside the workbook (\"%1\").").arg(target.left(80))};
            return target;
        }
    }
    if (Status s = xmlProblem(rx, QStringLiteral("xl/_rels/workbook.xml.rels")); !s)
        return Error{s.error()};
    return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet's first sheet cannot be found.")};
}

// Text of the current element and everything in it, without phonetic runs (<rPh>).
QString runText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool phonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1StringView("rPh"))
                phonetic = true;
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == QLatin1StringView("rPh"))
                phonetic = false;
        } else if (xml.isCharacters() && !phonetic) {
            text += xml.text();
        }
    }
    return text;
}

Result<QStringList> sharedStrings(Archive &zip, const csv::Limits &limits)
{
    QStringList strings;
    if (!zip.has(QStringLiteral("xl/sharedStrings.xml")))
        return strings;
    auto bytes = zip.read(QStringLiteral("xl/sharedStrings.xml"));
    if (!bytes)
        return Error{bytes.error()};
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (isDtd(xml))
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet declares a DTD, which workbooks never do; it is refused.")};
        if (xml.isStartElement() && xml.name() == QLatin1StringView("si")) {
            QString s = runText(xml);
            if (s.size() > limits.maxFieldLength)
                return Error{QCoreApplication::translate("pamoja::Xlsx", "Shared string %1 is longer than %2 characters.").arg(strings.size() + 1).arg(limits.maxFieldLength)};
            strings.append(s);
        }
    }
    if (Status s = xmlProblem(xml, QStringLiteral("xl/sharedStrings.xml")); !s)
        return Error{s.error()};
    return strings;
}

// "BC12" -> column 54 (0-based 54), row 12; column -1 when the reference is not one.
std::pair<int, int> cellRef(QStringView ref)
{
    int col = 0, i = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128 && i < 3)
        col = col * 26 + (ref[i++].toUpper().unicode() - 'A' + 1);
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1)
        return {-1, 0};
    return {col - 1, row};
}

} // namespace

bool looksLikeXlsx(const QByteArray &bytes)
{
    // The central directory names its parts in the clear.
    return bytes.startsWith("PK\x03\x04") && bytes.contains("xl/workbook.xml");
}

Result<csv::Table> readFirstSheet(const QByteArray &bytes, const csv::Limits &limits, const Caps &caps)
{
    Archive zip;
    if (Status s = zip.open(bytes, caps); !s)
        return Error{s.error()};
    auto path = firstSheetPath(zip);
    if (!path)
        return Error{path.error()};
    auto strings = sharedStrings(zip, limits);
    if (!strings)
        return Error{strings.error()};
    auto sheet = zip.read(*path);
    if (!sheet)
        return Error{sheet.error()};

    csv::Table table;
    QXmlStreamReader xml(*sheet);
    QStringList record;
    int rowNumber = 0, nextRow = 1;
    auto finishRow = [&] {
        while (!record.isEmpty() && record.last().isEmpty())
            record.removeLast();
        if (!record.isEmpty()) {
            table.records.append(record);
            table.lines.append(rowNumber);
        }
        record.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (isDtd(xml))
            return Error{QCoreApplication::translate("pamoja::Xlsx", "The spreadsheet declares a DTD, which workbooks never do; it is refused.")};
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1StringView("row")) {
            finishRow();
            const int r = xml.attributes().value(QStringLiteral("r")).toInt();
            rowNumber = r > 0 ? r : nextRow;
            nextRow = rowNumber + 1;
            if (table.records.size() >= limits.maxRecords)
                return Error{QCoreApplication::translate("pamoja::Xlsx", "Row %1: the sheet has more than %2 rows.").arg(rowNumber).arg(limits.maxRecords)};
        } else if (xml.name() == QLatin1StringView("c")) {
            const QString ref = xml.attributes().value(QStringLiteral("r")).toString();
            const QString type = xml.attributes().value(QStringLiteral("t")).toString();
            int col = ref.isEmpty() ? int(record.size()) : cellRef(ref).first;
            if (col < 0)
                return Error{QCoreApplication::translate("pamoja::Xlsx", "Row %1: \"%2\" is not a cell reference.").arg(rowNumber).arg(ref.left(20))};
            if (col >= limits.maxColumns)
                return Error{QCoreApplication::translate("pamoja::Xlsx", "Row %1, cell %2: the sheet has more than %3 columns.").arg(rowNumber).arg(ref.left(20)).arg(limits.maxColumns)};
            QString value, inlineText;
            bool hasValue = false;
            int depth = 1;
            while (depth > 0 && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    if (xml.name() == QLatin1StringView("v")) {
                        value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        hasValue = true;
                    } else if (xml.name() == QLatin1StringView("is")) {
                        inlineText = runText(xml);
                        hasValue = true;
                    } else {
                        ++depth;
                    }
                } else if (xml.isEndElement()) {
                    --depth;
                }
            }
            if (!hasValue)
                continue;
            QString text;
            if (type == QLatin1StringView("s")) {
                bool ok = false;
                const int index = value.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= strings->size())
                    return Error{QCoreApplication::translate("pamoja::Xlsx", "Row %1, cell %2 refers to a shared string that is not in the file.").arg(rowNumber).arg(ref)};
                text = strings->at(index);
            } else if (type == QLatin1StringView("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1StringView("b")) {
                text = value.trimmed() == QLatin1StringView("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else {
                text = value; // numbers, formula results ("str") and errors ("e") as the file stores them
            }
            if (text.size() > limits.maxFieldLength)
                return Error{QCoreApplication::translate("pamoja::Xlsx", "Row %1, cell %2 is longer than %3 characters.").arg(rowNumber).arg(ref).arg(limits.maxFieldLength)};
            while (record.size() <= col)
                record.append(QString());
            record[col] = text;
        }
    }
    if (Status s = xmlProblem(xml, *path); !s)
        return Error{s.error()};
    finishRow();
    return table;
}

} // namespace pamoja::xlsx
