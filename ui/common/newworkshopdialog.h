#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pamoja {

// Asks for the title of a new workshop and the file it is kept in. The file name follows the title
// until the facilitator edits it, and the choice is checked here, so a refused file never costs the
// title that was typed.
class NewWorkshopDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkshopDialog(QWidget *parent = nullptr);
    QString title() const;
    QString filePath() const;
    void setTitle(const QString &title);
    void setFilePath(const QString &path);
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *fileEdit() const { return m_path; }
    QLabel *fileLabel() const { return m_fileLabel; }
    // The problem with the chosen file shown beside the field; empty when there is none.
    QString problemText() const;

    // The folder new workshops go to: the user's documents folder as the desktop names it (created
    // when missing), or the home folder when there is none.
    static QString defaultFolder();
    // A file name made from the title: letters and digits kept, everything else a dash, a number
    // added until no file of that name exists in the folder.
    static QString suggestedPath(const QString &folder, const QString &title);
    // Why a new workshop cannot be created at path; empty when it can.
    static QString problemWith(const QString &path);

    // Tests answer the next dialog in advance; an empty title means Cancel.
    static void setNextAnswer(const QString &title, const QString &path);
    // Shows the dialog (or takes the prepared answer); false when cancelled.
    static bool ask(QWidget *parent, QString *title, QString *path);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void updateOk();
    void titleEdited();
    void showProblem(const QString &text);

    QLineEdit *m_title;
    QLineEdit *m_path;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_folder;
    bool m_pathEdited = false;
};

} // namespace pamoja
