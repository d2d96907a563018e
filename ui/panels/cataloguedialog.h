#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableView;

namespace pamoja {

class CatalogueModel;
class Workspace;

// Edits the workshop's catalogue: themes, factors and corrective measures, with provenance, and
// exports or imports it as JSON. Every edit goes through the funnel and can be undone.
class CatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueDialog(Workspace *workspace, QWidget *parent = nullptr);
    CatalogueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setKind(const QString &kind);

public Q_SLOTS:
    void addEntry();
    void removeCurrent();
    void exportCatalogue();
    void importCatalogue();

private:
    Workspace *m_workspace;
    CatalogueModel *m_model;
    QComboBox *m_kind;
    QLineEdit *m_newName;
    QTableView *m_view;
};

} // namespace pamoja
