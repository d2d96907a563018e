#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pamoja {

class Document;
class HistoryModel;
class Workspace;

// Every change, newest first, with who and when; filter to the facilitator's interventions; the
// earlier state of the selected change on demand.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filter() const { return m_filter; }
    QString earlierStateText() const;

public Q_SLOTS:
    void showEarlierState();

private:
    void watch(Document *document);

    QPointer<Workspace> m_workspace;
    HistoryModel *m_model;
    QComboBox *m_filter;
    QTableView *m_view;
    QPushButton *m_show;
    QPlainTextEdit *m_details;
};

} // namespace pamoja
