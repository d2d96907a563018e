#pragma once

#include <QUuid>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pamoja {

class BalanceMeter;
class Document;
class ParticipantModel;
class Workspace;

// The roster: in-place editing, adding, removing, CSV import with preview, and the live balance
// meter with its warnings.
class ParticipantsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~ParticipantsPanel() override;

    ParticipantModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    BalanceMeter *meter() const { return m_meter; }
    QLabel *warningLabel() const { return m_warning; }

public Q_SLOTS:
    void addParticipant();
    void removeCurrent();
    void importCsv();

private:
    void watch(Document *document);
    void refresh();

    QPointer<Workspace> m_workspace;
    ParticipantModel *m_model;
    QTableView *m_view;
    QLineEdit *m_name;
    QComboBox *m_constituency;
    BalanceMeter *m_meter;
    QLabel *m_warning;
};

} // namespace pamoja
