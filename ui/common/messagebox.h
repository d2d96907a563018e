#pragma once

#include <QMessageBox>

namespace pamoja {

// Every modal question and message in the window goes through here, and every file dialog through
// FileDialog below, so tests can answer them in advance and a GUI test never blocks on a dialog (the
// KeePassXC seam). This is the only dialog seam of the window.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);

    // The next dialog returns this without showing; NoButton shows dialogs again.
    static void setNextAnswer(Button button);
    // The answers to the next dialogs, in order (a flow of several questions).
    static void setNextAnswers(const QList<Button> &buttons);
    // Text of the last dialog answered or shown (for tests).
    static QString lastText();
    // For tests: no dialog is ever shown. A message nobody answered in advance returns NoButton and
    // a file dialog returns an empty name (cancelled), so a forgotten answer fails a test instead of
    // hanging it.
    static void setTestMode(bool on);
    static bool testMode();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton);
};

// The same seam for file dialogs: a test sets the next file name (an empty string cancels).
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static void setNextFileName(const QString &path);
    static void clearNextFileName();

private:
    static bool takeNext(QString *out);
};

} // namespace pamoja
