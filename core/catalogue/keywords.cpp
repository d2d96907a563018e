#include "keywords.h"

#include "shippedcatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pamoja::keywords {

QMap<QString, QString> parse(const QString &stored)
{
    QMap<QString, QString> out;
    if (stored.trimmed().isEmpty())
        return out;
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString() && !it.value().toString().trimmed().isEmpty())
            out.insert(it.key(), it.value().toString().left(MaxLength));
    return out;
}

QString format(const QMap<QString, QString> &byLanguage)
{
    QJsonObject o;
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it)
        if (!it.value().trimmed().isEmpty())
            o.insert(it.key(), it.value().trimmed());
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString in(const CatalogueItem &item, const QString &language)
{
    return parse(item.keywords).value(language);
}

QString with(const QString &stored, const QString &language, const QString &text)
{
    QMap<QString, QString> all = parse(stored);
    all.insert(language, text.trimmed());
    return format(all);
}

QString shippedFor(const QString &kind, const QString &code)
{
    const shipped::Item *item = shipped::item(kind, code);
    if (!item)
        return QString();
    QMap<QString, QString> all;
    for (auto it = item->text.begin(); it != item->text.end(); ++it)
        all.insert(it.key(), it.value().keywords);
    return format(all);
}

} // namespace pamoja::keywords
