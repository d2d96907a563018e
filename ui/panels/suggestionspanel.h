#pragma once

#include "catalogue/tagsuggester.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pamoja {

class Document;
class Workspace;

// Suggested themes and factors for the selected ideas (core/catalogue/tagsuggester), each with its
// score: accept or reject them one by one, or accept all for the selection in one undo step.
// Accepted suggestions are ordinary tags. Rejected ones are not offered again for that idea while
// the workshop stays open (they are not kept in the file). Large selections are scored off the GUI
// thread.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    // Up to this many selected ideas are scored at once on the GUI thread; more in the background.
    static constexpr int GuiThreadLimit = 200;
    static constexpr int PerIdea = 3;

    struct Row
    {
        QUuid ideaId;
        QUuid itemId;
        double score = 0;
    };

    explicit SuggestionsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~SuggestionsPanel() override;

    QTreeWidget *view() const { return m_list; }
    const QList<Row> &rows() const { return m_rows; }
    bool isComputing() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void acceptCurrent();
    void rejectCurrent();
    void acceptAll();
    void recompute();

Q_SIGNALS:
    void suggestionsReady();

private:
    struct Input
    {
        QUuid id;
        QString text, language;
    };
    static QList<Row> compute(const QList<CatalogueItem> &items, const QList<Input> &ideas,
                              const QSet<QPair<QUuid, QUuid>> &skip);
    void watch(Document *document);
    void show(const QList<Row> &rows);
    int currentRow() const;

    QPointer<Workspace> m_workspace;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_accept, *m_reject, *m_acceptAll;
    QList<Row> m_rows;
    QSet<QPair<QUuid, QUuid>> m_rejected; // (idea, item), for the open workshop
    QFutureWatcher<QList<Row>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_watcherGeneration = 0;
};

} // namespace pamoja
