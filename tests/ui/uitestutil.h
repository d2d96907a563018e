#pragma once

// Shared helpers for the GUI tests: typing any text, real mouse drags on a view, screenshots.

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/boardwidget.h"
#include "board/noteitem.h"
#include "capture/capturebar.h"
#include "document.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace pamoja::uitest {

// QTest::keyClicks aborts on non-ASCII text: one key event per character, carrying the text.
inline void typeText(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
}

inline void sendMouse(QWidget *w, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QMouseEvent e(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), button, buttons, mods);
    QApplication::sendEvent(w, &e);
}

// A left-button drag on the view's viewport between two scene points, in several moves.
inline void dragOnView(QGraphicsView *view, const QPointF &fromScene, const QPointF &toScene)
{
    QWidget *vp = view->viewport();
    const QPoint from = view->mapFromScene(fromScene);
    const QPoint to = view->mapFromScene(toScene);
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 8; ++i)
        sendMouse(vp, QEvent::MouseMove, from + (to - from) * i / 8, Qt::NoButton, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

inline void clickOnView(QGraphicsView *view, const QPointF &scenePos, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *vp = view->viewport();
    const QPoint p = view->mapFromScene(scenePos);
    sendMouse(vp, QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton, mods);
    sendMouse(vp, QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton, mods);
}

inline QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(PAMOJA_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

inline bool saveScreenshot(QWidget *w, const QString &name)
{
    QApplication::processEvents();
    return w->grab().save(screenshotPath(name));
}

inline QPointF noteCentre(BoardScene *scene, const QUuid &id)
{
    return scene->note(id)->sceneBoundingRect().center();
}

// Types an idea into the capture bar and presses Enter.
inline void capture(MainWindow *w, const QString &text)
{
    QLineEdit *edit = w->captureBar()->lineEdit();
    edit->setFocus();
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

inline QList<Idea> ideasOf(MainWindow *w, int step = 1)
{
    return w->workspace()->document()->data().ideas(step);
}

} // namespace pamoja::uitest
