#include "dialogseam.h"

#include <QFileDialog>
#include <QMessageBox>

#include <optional>

namespace pamoja {

namespace {
std::optional<QString> s_nextFile;
std::optional<DialogSeam::Answer> s_nextAnswer;
QString s_lastMessage;
bool s_testing = false;
} // namespace

QString DialogSeam::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_nextFile || s_testing)
        return std::exchange(s_nextFile, std::nullopt).value_or(QString());
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString DialogSeam::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    if (s_nextFile || s_testing)
        return std::exchange(s_nextFile, std::nullopt).value_or(QString());
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

bool DialogSeam::confirm(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer || s_testing)
        return std::exchange(s_nextAnswer, std::nullopt).value_or(Answer::No) == Answer::Yes;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

void DialogSeam::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_testing)
        return;
    QMessageBox::information(parent, title, text);
}

void DialogSeam::setNextFileName(const QString &path)
{
    s_nextFile = path;
}

void DialogSeam::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

QString DialogSeam::lastMessage()
{
    return s_lastMessage;
}

void DialogSeam::setTesting(bool on)
{
    s_testing = on;
}

} // namespace pamoja
