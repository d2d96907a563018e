#pragma once

#include <QStyledItemDelegate>

namespace pamoja {

// Edits a cell with a combo box whose choices come from the model: ChoicesRole holds a list of
// {label, value} pairs, EditRole the current value; the chosen value is written back as EditRole.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ChoicesRole = Qt::UserRole + 50;
    static QVariantList choice(const QString &label, const QVariant &value) { return {label, value}; }

    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace pamoja
