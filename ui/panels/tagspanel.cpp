#include "tagspanel.h"

#include "catalogue/shippedcatalogue.h"
#include "i18n.h"
#include "common/refreshgate.h"

#include "cataloguedialog.h"
#include "edits.h"
#include "suggestionspanel.h"
#include "tagmodel.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pamoja {

TagsPanel::TagsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new TagModel(workspace, this))
{
    setObjectName(QStringLiteral("tagsPanel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tagsView"));
    m_view->setAccessibleName(tr("Themes and factors"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(TagModel::NameColumn, QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);

    auto make = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(tip);
        b->setToolTip(tip);
        return b;
    };
    m_apply = make(QStringLiteral("applyTag"), tr("&Apply"), tr("Apply the tag to the selected ideas or clusters"));
    m_remove = make(QStringLiteral("removeTag"), tr("&Remove"), tr("Remove the tag from the selected ideas or clusters"));
    m_filter = make(QStringLiteral("filterTag"), tr("&Filter board"), tr("Show only ideas carrying this tag"));
    m_clearFilter = make(QStringLiteral("clearTagFilter"), tr("Show &all"), tr("Clear the tag filter"));
    m_catalogue = make(QStringLiteral("openCatalogue"), tr("&Catalogue…"), tr("Edit themes, factors and measures"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tagStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_remove);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addWidget(m_clearFilter);
    filters->addWidget(m_catalogue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    m_suggestions = new SuggestionsPanel(workspace, this);
    layout->addWidget(m_suggestions, 1);

    connect(m_apply, &QPushButton::clicked, this, &TagsPanel::applyToSelection);
    connect(m_remove, &QPushButton::clicked, this, &TagsPanel::removeFromSelection);
    connect(m_filter, &QPushButton::clicked, this, &TagsPanel::filterByCurrent);
    connect(m_clearFilter, &QPushButton::clicked, this, &TagsPanel::clearFilter);
    connect(m_catalogue, &QPushButton::clicked, this, &TagsPanel::openCatalogue);
    connect(m_view, &QTableView::activated, this, &TagsPanel::applyToSelection);
    connect(workspace, &Workspace::documentChanged, this, &TagsPanel::watch);
    connect(workspace, &Workspace::stepChanged, this, &TagsPanel::refresh);
    connect(workspace, &Workspace::selectionChanged, this, &TagsPanel::refresh);
    connect(workspace, &Workspace::filterChanged, this, &TagsPanel::refresh);
    watch(workspace->document());
}

TagsPanel::~TagsPanel()
{
    detachPanel(this, m_workspace, {m_view});
}

namespace {
// Whether a change can alter what this panel shows; others (note moves, say) skip its refresh.
bool tagsPanelShows(const ChangeSet &cs)
{
    // A new idea carries no tag yet, so capturing does not change the counts.
    if (onlyMovesNotes(cs))
        return false;
    return std::any_of(cs.changes.cbegin(), cs.changes.cend(),
                       [](const Change &c) { return c.kind != EntityKind::Idea || c.op != Change::Op::Insert; });
}

} // namespace

void TagsPanel::watch(Document *document)
{
    RefreshGate::watch(this, document, tagsPanelShows, [this] { refresh(); });
}

void TagsPanel::refresh()
{
    const QUuid current = currentItem();
    m_model->refresh();
    if (const int row = m_model->rowOf(current); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, TagModel::NameColumn));
    const bool hasSelection = !m_workspace->selection().isEmpty();
    m_apply->setEnabled(hasSelection);
    m_remove->setEnabled(hasSelection);
    m_catalogue->setEnabled(m_workspace->document());
    m_clearFilter->setEnabled(!m_workspace->tagFilter().isNull());
    QString text = hasSelection ? tr("%n item(s) selected.", nullptr, int(m_workspace->selection().size()))
                                : tr("Select ideas or clusters on the board to tag them.");
    if (Document *doc = m_workspace->document(); doc && !m_workspace->tagFilter().isNull()) {
        if (const CatalogueItem *c = doc->data().table<CatalogueItem>().find(m_workspace->tagFilter()))
            text += QLatin1Char(' ') + tr("The board shows only \"%1\".").arg(shipped::displayName(*c, i18n::preferredLanguage()));
    }
    m_status->setText(text);
}

QUuid TagsPanel::currentItem() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void TagsPanel::applyToSelection()
{
    Document *doc = m_workspace->document();
    const QUuid item = currentItem();
    if (!doc || item.isNull() || m_workspace->selection().isEmpty())
        return;
    const CatalogueItem *c = doc->data().table<CatalogueItem>().find(item);
    m_workspace->apply(edits::addTag(doc->data(), m_workspace->selection(), item), tr("Tag with %1").arg(c ? shipped::displayName(*c, i18n::preferredLanguage()) : QString()));
}

void TagsPanel::removeFromSelection()
{
    Document *doc = m_workspace->document();
    const QUuid item = currentItem();
    if (!doc || item.isNull() || m_workspace->selection().isEmpty())
        return;
    const CatalogueItem *c = doc->data().table<CatalogueItem>().find(item);
    m_workspace->apply(edits::removeTag(doc->data(), m_workspace->selection(), item),
                       tr("Remove tag %1").arg(c ? shipped::displayName(*c, i18n::preferredLanguage()) : QString()));
}

void TagsPanel::filterByCurrent()
{
    if (const QUuid item = currentItem(); !item.isNull())
        m_workspace->setTagFilter(item);
}

void TagsPanel::clearFilter()
{
    m_workspace->setTagFilter({});
}

void TagsPanel::openCatalogue()
{
    if (!m_workspace->document())
        return;
    auto *dialog = findChild<CatalogueDialog *>();
    if (!dialog) {
        dialog = new CatalogueDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

} // namespace pamoja
