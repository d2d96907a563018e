#pragma once

#include "exchange/ideaimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace pamoja {

class Workspace;

// File > Import Ideas: a list of ideas from a text, Markdown, CSV or XLSX file, previewed before
// anything changes. For tables the columns can be mapped (the guess recognises the exports of common
// form and sticky-note tools). Import adds every row in one change (one undo step) or nothing; a file
// that cannot be read says why, with its line, and cannot be imported.
class ImportIdeasDialog : public QDialog
{
    Q_OBJECT

public:
    ImportIdeasDialog(Workspace *workspace, const QString &path, QWidget *parent = nullptr);

    // What the preview shows now; an error when the file or the mapping cannot be imported.
    const Result<ideaimport::Parsed> &parsed() const { return m_parsed; }
    QTableWidget *preview() const { return m_preview; }
    QComboBox *stepBox() const { return m_step; }
    QListWidget *ideaColumns() const { return m_textColumns; }
    QComboBox *columnBox(const QString &role) const; // "author", "constituency", "step", "language", "prompt"
    QLabel *messageLabel() const { return m_message; }
    bool canImport() const;
    // Applies the import; true when the ideas were added (the dialog is then accepted).
    bool importIdeas();

private:
    void readFile(const QString &path);
    void reparse();
    void showParsed();
    void fillMapping();
    ideaimport::Mapping mappingFromControls() const;

    Workspace *m_workspace;
    QByteArray m_bytes;
    QString m_fileName;
    Result<ideaimport::Parsed> m_parsed;
    QStringList m_header;          // a table's columns, also while no idea column is chosen
    ideaimport::Mapping m_mapping; // what the controls show
    bool m_filling = false;
    QLabel *m_summary;
    QGroupBox *m_mappingBox;
    QListWidget *m_textColumns;
    QList<QPair<QString, QComboBox *>> m_columns;
    QComboBox *m_step;
    QTableWidget *m_preview;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace pamoja
