#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pamoja {

class Document;
class SuggestionsPanel;
class TagModel;
class Workspace;

// Themes and factors: tag the selected ideas or clusters, see counts for the step, filter the
// board by a tag, edit the catalogue, and accept or reject suggested tags for the selected ideas.
class TagsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TagsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~TagsPanel() override;

    TagModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SuggestionsPanel *suggestions() const { return m_suggestions; }
    QUuid currentItem() const;

public Q_SLOTS:
    void applyToSelection();
    void removeFromSelection();
    void filterByCurrent();
    void clearFilter();
    void openCatalogue();

private:
    void watch(Document *document);
    void refresh();

    QPointer<Workspace> m_workspace;
    TagModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_apply, *m_remove, *m_filter, *m_clearFilter, *m_catalogue;
    SuggestionsPanel *m_suggestions;
};

} // namespace pamoja
