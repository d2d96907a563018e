#pragma once

#include <QTreeView>

namespace pamoja {

class OutlineModel;
class Workspace;

// The outline: a keyboard- and screen-reader-friendly tree of the board, with drag and drop between
// clusters and F2 to rename or edit. Selection follows the workspace's.
class OutlineView : public QTreeView
{
    Q_OBJECT

public:
    explicit OutlineView(Workspace *workspace, QWidget *parent = nullptr);
    OutlineModel *outlineModel() const { return m_model; }

private:
    void pushSelection();
    void pullSelection();

    Workspace *m_workspace;
    OutlineModel *m_model;
    bool m_syncing = false;
};

} // namespace pamoja
