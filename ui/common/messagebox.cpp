#include "messagebox.h"

#include <QFileDialog>

#include <optional>

namespace pamoja {

namespace {
MessageBox::Button &nextAnswer()
{
    static MessageBox::Button answer = QMessageBox::NoButton;
    return answer;
}
// Answers after the next one, for a flow of several questions (tests).
QList<MessageBox::Button> &laterAnswers()
{
    static QList<MessageBox::Button> answers;
    return answers;
}
QString &lastShownText()
{
    static QString text;
    return text;
}
bool &neverShow()
{
    static bool on = false;
    return on;
}
std::optional<QString> &nextFile()
{
    static std::optional<QString> file;
    return file;
}
} // namespace

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton)
{
    lastShownText() = text;
    if (nextAnswer() != QMessageBox::NoButton) {
        const Button answer = nextAnswer();
        nextAnswer() = laterAnswers().isEmpty() ? QMessageBox::NoButton : laterAnswers().takeFirst();
        return answer;
    }
    if (neverShow())
        return QMessageBox::NoButton;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    box.setAccessibleName(title);
    return Button(box.exec());
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

void MessageBox::setTestMode(bool on)
{
    neverShow() = on;
}

bool MessageBox::testMode()
{
    return neverShow();
}

void MessageBox::setNextAnswer(Button button)
{
    nextAnswer() = button;
    laterAnswers().clear();
}

void MessageBox::setNextAnswers(const QList<Button> &buttons)
{
    nextAnswer() = buttons.value(0, QMessageBox::NoButton);
    laterAnswers() = buttons.mid(1);
}

QString MessageBox::lastText()
{
    return lastShownText();
}

bool FileDialog::takeNext(QString *out)
{
    if (!nextFile()) {
        if (!neverShow())
            return false;
        out->clear();
        return true;
    }
    *out = *nextFile();
    nextFile().reset();
    return true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    QString path;
    if (takeNext(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &path)
{
    nextFile() = path;
}

void FileDialog::clearNextFileName()
{
    nextFile().reset();
}

} // namespace pamoja
