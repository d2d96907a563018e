#include "reportdocument.h"
#include "reportrenderers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocumentWriter>

namespace pamoja {

Result<QByteArray> renderOdt(const Report &report)
{
    ReportDocumentOptions o;
    o.cover = true;
    ReportDocument doc = buildReportDocument(report, o);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!doc.document || !writer.write(doc.document.get()))
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot create the OpenDocument text.")};
    return bytes;
}

} // namespace pamoja
