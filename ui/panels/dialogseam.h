#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace pamoja {

// The one place the panels ask the facilitator a question or for a file. Tests install answers
// (setNext...) so a GUI test never blocks on a modal dialog; with no answer queued the real
// dialog is shown.
class DialogSeam
{
public:
    enum class Answer { Yes, No };

    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Seams for tests: the next call of each kind returns this instead of showing a dialog.
    static void setNextFileName(const QString &path);
    static void setNextAnswer(Answer answer);
    // Messages shown through information() while a test answer mode is on.
    static QString lastMessage();
    static void setTesting(bool on);
};

} // namespace pamoja
