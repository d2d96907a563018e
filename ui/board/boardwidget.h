#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pamoja {

class BoardScene;
class BoardView;
class Workspace;

// The facilitator's board with its strip: how many ideas private writing still holds back, and the
// button that reveals them.
class BoardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BoardWidget(Workspace *workspace, QWidget *parent = nullptr);

    BoardScene *scene() const { return m_scene; }
    BoardView *view() const { return m_view; }
    QPushButton *revealButton() const { return m_reveal; }
    QString hiddenText() const;

private:
    void updateHidden(int count);

    BoardScene *m_scene;
    BoardView *m_view;
    QWidget *m_strip;
    QLabel *m_hidden;
    QPushButton *m_reveal;
};

} // namespace pamoja
