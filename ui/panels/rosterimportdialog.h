#pragma once

#include "exchange/rostercsv.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace pamoja {

class Workspace;

// The rows of a parsed roster with their problems, for the preview before importing.
class RosterPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, NameColumn, OrganisationColumn, ConstituencyColumn, CountryColumn, LanguageColumn, RoleColumn, ConsentColumn, PresentColumn, ProblemsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<roster::RosterRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<roster::RosterRow> m_rows;
};

// Previews a CSV roster with clear per-row errors; imports it in one undoable step, or nothing.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RosterImportDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    bool isImportable() const;
    QString summary() const;
    RosterPreviewModel *model() const { return m_model; }
    QPushButton *importButton() const { return m_import; }

public Q_SLOTS:
    void importRoster();

private:
    Workspace *m_workspace;
    std::optional<roster::RosterParse> m_parse;
    RosterPreviewModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_import;
};

} // namespace pamoja
