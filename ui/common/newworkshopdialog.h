#pragma once

#include <QDialog>

class QLineEdit;

namespace pamoja {

// Asks for the title of a new workshop and the file it is kept in.
class NewWorkshopDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewWorkshopDialog(QWidget *parent = nullptr);
    QString title() const;
    QString filePath() const;
    void setTitle(const QString &title);
    void setFilePath(const QString &path);

    // Tests answer the next dialog in advance; an empty title means Cancel.
    static void setNextAnswer(const QString &title, const QString &path);
    // Shows the dialog (or takes the prepared answer); false when cancelled.
    static bool ask(QWidget *parent, QString *title, QString *path);

private:
    void browse();
    void updateOk();

    QLineEdit *m_title;
    QLineEdit *m_path;
    QPushButton *m_ok = nullptr;
};

} // namespace pamoja
