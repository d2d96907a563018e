#pragma once

#include <QWidget>

class QTextBrowser;

namespace pamoja {

class Workspace;

// The whole workshop at a glance: per step its prompts, ideas, clusters and held-back ideas, and the
// participation balance per constituency. Refreshed lazily: only while it is on screen.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Workspace *workspace, QWidget *parent = nullptr);
    QString plainText() const;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markDirty();

    Workspace *m_workspace;
    QTextBrowser *m_text;
    bool m_dirty = true;
};

} // namespace pamoja
