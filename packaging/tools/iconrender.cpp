// Renders the application's SVG icon as the PNG sizes of the hicolor theme, at build time, so the
// PNGs never drift from the one drawing in resources/icons. Needs no display.
//   pamoja_iconrender ICON.svg OUTDIR NAME SIZE...  writes OUTDIR/SIZExSIZE/apps/NAME.png

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: pamoja_iconrender ICON.svg OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(0));
    if (!svg.isValid()) {
        err << "pamoja_iconrender: cannot read " << args.at(0) << '\n';
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "pamoja_iconrender: bad size " << sizeText << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            svg.render(&p);
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(1)).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, args.at(2));
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            err << "pamoja_iconrender: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
