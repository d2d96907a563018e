#include "pdfnavigation.h"

#include <QCoreApplication>

// Use qpdf 11 without its deprecated PointerHolder compatibility layer.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <string>
#include <vector>

namespace pamoja {

namespace {

QPDFObjectHandle destination(const std::vector<QPDFPageObjectHelper> &pages, int page, double yFromTop,
                             double pageHeight)
{
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(pages.at(size_t(page)).getObjectHandle());
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    dest.appendItem(QPDFObjectHandle::newNull());
    dest.appendItem(QPDFObjectHandle::newReal(qMax(0.0, pageHeight - yFromTop + 6), 2));
    dest.appendItem(QPDFObjectHandle::newNull());
    return dest;
}

} // namespace

Result<QByteArray> assemblePdf(const QList<QByteArray> &parts, const QList<PdfPageSource> &order,
                               const PaintedReport &painted)
{
    const auto failed = [](const QString &why) {
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot put the PDF together: %1").arg(why)};
    };
    if (parts.isEmpty())
        return Error{QCoreApplication::translate("pamoja::Export", "The PDF writer produced no output.")};
    try {
        // The result starts as the first part, its pages taken out and all pages put back in order.
        std::vector<std::unique_ptr<QPDF>> sources;
        std::vector<std::vector<QPDFPageObjectHelper>> sourcePages;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            auto source = std::make_unique<QPDF>();
            source->setSuppressWarnings(true);
            const std::string name = "part" + std::to_string(i) + ".pdf";
            source->processMemoryFile(name.c_str(), parts.at(i).constData(), size_t(parts.at(i).size()));
            sourcePages.push_back(QPDFPageDocumentHelper(*source).getAllPages());
            sources.push_back(std::move(source));
        }
        QPDF &pdf = *sources.front();
        QPDFPageDocumentHelper helper(pdf);
        for (QPDFPageObjectHelper &page : sourcePages.front())
            helper.removePage(page);
        for (const PdfPageSource &from : order) {
            if (from.part < 0 || from.part >= qsizetype(sourcePages.size()) || from.page < 0 ||
                size_t(from.page) >= sourcePages.at(size_t(from.part)).size())
                return failed(QCoreApplication::translate("pamoja::Export", "a page is missing from one of its parts."));
            helper.addPage(sourcePages.at(size_t(from.part)).at(size_t(from.page)), false);
        }
        const std::vector<QPDFPageObjectHelper> pages = helper.getAllPages();
        const double h = painted.pageSize.height();
        auto valid = [&](int page) { return page >= 0 && size_t(page) < pages.size(); };

        // Links on the contents entries.
        for (const PaintedLink &l : painted.links) {
            if (!valid(l.page) || !valid(l.targetPage))
                continue;
            QPDFObjectHandle rect = QPDFObjectHandle::newArray();
            rect.appendItem(QPDFObjectHandle::newReal(l.rect.left(), 2));
            rect.appendItem(QPDFObjectHandle::newReal(h - l.rect.bottom(), 2));
            rect.appendItem(QPDFObjectHandle::newReal(l.rect.right(), 2));
            rect.appendItem(QPDFObjectHandle::newReal(h - l.rect.top(), 2));
            QPDFObjectHandle border = QPDFObjectHandle::newArray();
            for (int i = 0; i < 3; ++i)
                border.appendItem(QPDFObjectHandle::newInteger(0));
            QPDFObjectHandle annot = QPDFObjectHandle::newDictionary();
            annot.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
            annot.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
            annot.replaceKey("/Rect", rect);
            annot.replaceKey("/Border", border);
            annot.replaceKey("/F", QPDFObjectHandle::newInteger(4)); // printable, as PDF/A requires
            annot.replaceKey("/Dest", destination(pages, l.targetPage, l.targetY, h));
            QPDFObjectHandle page = pages.at(size_t(l.page)).getObjectHandle();
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (!annots.isArray()) {
                annots = QPDFObjectHandle::newArray();
                page.replaceKey("/Annots", annots);
            }
            annots.appendItem(pdf.makeIndirectObject(annot));
        }

        // The outline: sections with their subsections as children.
        QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        root.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        std::vector<QPDFObjectHandle> top;
        std::vector<std::vector<QPDFObjectHandle>> children;
        for (const PaintedOutline &o : painted.outline) {
            if (!valid(o.page))
                continue;
            QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(o.title.toStdString()));
            item.replaceKey("/Dest", destination(pages, o.page, o.y, h));
            if (o.level <= 1 || top.empty()) {
                item.replaceKey("/Parent", root);
                top.push_back(item);
                children.emplace_back();
            } else {
                item.replaceKey("/Parent", top.back());
                children.back().push_back(item);
            }
        }
        auto chain = [](QPDFObjectHandle parent, const std::vector<QPDFObjectHandle> &items, bool open) {
            if (items.empty())
                return;
            for (size_t i = 0; i < items.size(); ++i) {
                QPDFObjectHandle item = items[i];
                if (i > 0)
                    item.replaceKey("/Prev", items[i - 1]);
                if (i + 1 < items.size())
                    item.replaceKey("/Next", items[i + 1]);
            }
            parent.replaceKey("/First", items.front());
            parent.replaceKey("/Last", items.back());
            const int n = int(items.size());
            parent.replaceKey("/Count", QPDFObjectHandle::newInteger(open ? n : -n));
        };
        for (size_t i = 0; i < top.size(); ++i)
            chain(top[i], children[i], false); // subsections collapsed
        chain(root, top, true);
        if (!top.empty()) {
            pdf.getRoot().replaceKey("/Outlines", root);
            pdf.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }

        QPDFWriter w(pdf);
        w.setOutputMemory();
        w.setObjectStreamMode(qpdf_o_disable);
        w.setStreamDataMode(qpdf_s_preserve);
        w.write();
        std::shared_ptr<Buffer> out = w.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return failed(QString::fromUtf8(e.what()));
    }
}

} // namespace pamoja
