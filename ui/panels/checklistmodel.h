#pragma once

#include <QAbstractListModel>
#include <QUuid>

#include <functional>

namespace pamoja {

// A list of checkable entries (visions to link, factors to tag, system changes to serve). Toggling
// calls the handler, which applies the change through the funnel; the owner then resets the list
// from the document, so what is shown is always what is stored.
class CheckListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QUuid id;
        QString label;
        QString toolTip;
        bool checked = false;
    };
    using Handler = std::function<void(const QUuid &id, bool checked)>;

    explicit CheckListModel(QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<Entry> m_entries;
    Handler m_handler;
};

} // namespace pamoja
