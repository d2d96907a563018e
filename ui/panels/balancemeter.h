#pragma once

#include "analysis/balance.h"

#include <QPointer>
#include <QWidget>

namespace pamoja {

class Document;
class Workspace;

// Live participation balance: per constituency, the share of people present beside the share of
// ideas and of votes, with a visible warning when a constituency falls well below its share.
class BalanceMeter : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceMeter(Workspace *workspace, QWidget *parent = nullptr);
    ~BalanceMeter() override;

    const Balance &balance() const { return m_balance; }
    QStringList warnings() const; // translated, one per under-represented constituency and measure
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void watch(Document *document);

    QPointer<Workspace> m_workspace;
    Balance m_balance;
};

} // namespace pamoja
