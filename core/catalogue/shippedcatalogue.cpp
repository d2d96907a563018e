#include "shippedcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The resource lives in this static library; make sure it is registered before first use.
static void initShippedResource()
{
    Q_INIT_RESOURCE(pamoja_catalogue);
}

namespace pamoja::shipped {

namespace {

struct Shipped
{
    QList<Item> items;
    QHash<int, QHash<QString, QString>> prompts;
    QString error;
};

Shipped read()
{
    initShippedResource();
    Shipped s;
    QFile f(QStringLiteral(":/catalogue/catalogue.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        s.error = QStringLiteral("the shipped catalogue resource is missing");
        return s;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        s.error = QStringLiteral("the shipped catalogue is not valid JSON: %1 at %2")
                      .arg(pe.errorString())
                      .arg(pe.offset);
        return s;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QStringLiteral("prompts")).toArray()) {
        const QJsonObject o = v.toObject();
        auto &texts = s.prompts[o.value(QStringLiteral("step")).toInt()];
        for (const QString &l : languages())
            texts.insert(l, o.value(l).toString());
    }
    for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        Item item;
        item.kind = o.value(QStringLiteral("kind")).toString();
        item.code = o.value(QStringLiteral("code")).toString();
        item.counters = o.value(QStringLiteral("counters")).toString();
        for (const QString &l : languages()) {
            const QJsonObject t = o.value(l).toObject();
            item.text.insert(l, {t.value(QStringLiteral("name")).toString(),
                                 t.value(QStringLiteral("description")).toString(),
                                 t.value(QStringLiteral("keywords")).toString()});
        }
        s.items.append(item);
    }
    return s;
}

const Shipped &shipped()
{
    static const Shipped s = read();
    return s;
}

QString pick(const QHash<QString, QString> &texts, const QString &language)
{
    const QString t = texts.value(language);
    return t.isEmpty() ? texts.value(QStringLiteral("en")) : t;
}

template <class Field> bool isShipped(const Item &item, const QString &stored, Field field)
{
    for (const ItemText &t : item.text)
        if (!(t.*field).isEmpty() && stored == t.*field)
            return true;
    return false;
}

template <class Field>
QString display(const CatalogueItem &c, const QString &language, Field field, const QString &stored)
{
    const Item *item = shipped::item(c.kind, c.code);
    if (!item || !isShipped(*item, stored, field))
        return stored;
    const QString t = item->text.value(language).*field;
    return t.isEmpty() ? item->text.value(QStringLiteral("en")).*field : t;
}

} // namespace

const QStringList &languages()
{
    static const QStringList l{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"),
                               QStringLiteral("es"), QStringLiteral("pt")};
    return l;
}

const QList<Item> &items()
{
    return shipped().items;
}

const Item *item(const QString &kind, const QString &code)
{
    for (const Item &i : shipped().items)
        if (i.kind == kind && i.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return &i;
    return nullptr;
}

QString prompt(int step, const QString &language)
{
    return pick(shipped().prompts.value(step), language);
}

bool isShippedPrompt(int step, const QString &text)
{
    const auto texts = shipped().prompts.value(step);
    for (const QString &t : texts)
        if (!t.isEmpty() && t == text)
            return true;
    return false;
}

QString loadError()
{
    return shipped().error;
}

QString displayName(const CatalogueItem &item, const QString &language)
{
    return display(item, language, &ItemText::name, item.name);
}

QString displayDescription(const CatalogueItem &item, const QString &language)
{
    return display(item, language, &ItemText::description, item.description);
}

QString displayLabel(const CatalogueItem &item, const QString &language)
{
    const QString name = displayName(item, language);
    return item.code.isEmpty() ? name : item.code + QLatin1Char(' ') + name;
}

QString displayPrompt(int step, const QString &text, const QString &language)
{
    return isShippedPrompt(step, text) ? prompt(step, language) : text;
}

} // namespace pamoja::shipped
