#include "suggestgroupsdialog.h"

#include "document.h"
#include "edits.h"
#include "grouping/groupinginput.h"
#include "i18n.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pamoja {

namespace {
constexpr int IdeaIdRole = Qt::UserRole;
constexpr int KeptIdeaRole = Qt::UserRole + 1;
} // namespace

SuggestGroupsDialog::SuggestGroupsDialog(Workspace *workspace, const QList<QUuid> &only, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_step(workspace->step())
{
    setWindowTitle(tr("Suggest Groups"));
    setAccessibleName(tr("Suggested groups"));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Busy page.
    auto *busyPage = new QWidget(m_pages);
    auto *busyLayout = new QVBoxLayout(busyPage);
    busyLayout->addStretch();
    busyLayout->addWidget(new QLabel(tr("Looking for groups across languages\u2026"), busyPage));
    m_busy = new QProgressBar(busyPage);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Computing suggestions"));
    busyLayout->addWidget(m_busy);
    auto *cancel = new QPushButton(tr("Cancel"), busyPage);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setAccessibleName(tr("Cancel the suggestions"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        *m_cancel = true;
        reject();
    });
    busyLayout->addWidget(cancel, 0, Qt::AlignRight);
    busyLayout->addStretch();
    m_pages->addWidget(busyPage);

    // Result page.
    auto *resultPage = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_summary = new QLabel(resultPage);
    m_summary->setWordWrap(true);
    resultLayout->addWidget(m_summary);
    m_proposals = new QTreeWidget(resultPage);
    m_proposals->setObjectName(QStringLiteral("proposals"));
    m_proposals->setAccessibleName(tr("Proposed groups"));
    m_proposals->setHeaderLabels({tr("Group and ideas"), tr("Why")});
    m_proposals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    resultLayout->addWidget(m_proposals, 3);
    auto *row = new QHBoxLayout;
    m_accept = new QPushButton(tr("&Accept"), resultPage);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_accept->setAccessibleName(tr("Accept the selected group"));
    m_reject = new QPushButton(tr("&Reject"), resultPage);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reject->setAccessibleName(tr("Reject the selected group"));
    m_acceptAll = new QPushButton(tr("Accept A&ll"), resultPage);
    m_acceptAll->setObjectName(QStringLiteral("acceptAll"));
    m_acceptAll->setAccessibleName(tr("Accept all groups"));
    row->addWidget(m_accept);
    row->addWidget(m_reject);
    row->addStretch();
    row->addWidget(m_acceptAll);
    resultLayout->addLayout(row);
    auto *dupLabel = new QLabel(tr("Near-duplicates"), resultPage);
    resultLayout->addWidget(dupLabel);
    m_duplicates = new QTreeWidget(resultPage);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setAccessibleName(tr("Near-duplicate ideas"));
    m_duplicates->setHeaderLabels({tr("Idea"), tr("Duplicate")});
    m_duplicates->setRootIsDecorated(false);
    dupLabel->setBuddy(m_duplicates);
    resultLayout->addWidget(m_duplicates, 1);
    m_merge = new QPushButton(tr("&Merge"), resultPage);
    m_merge->setObjectName(QStringLiteral("merge"));
    m_merge->setAccessibleName(tr("Merge the selected duplicate into its idea"));
    resultLayout->addWidget(m_merge, 0, Qt::AlignRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, resultPage);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resultLayout->addWidget(buttons);
    m_pages->addWidget(resultPage);

    connect(m_accept, &QPushButton::clicked, this, &SuggestGroupsDialog::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &SuggestGroupsDialog::rejectCurrent);
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestGroupsDialog::acceptAll);
    connect(m_merge, &QPushButton::clicked, this, &SuggestGroupsDialog::mergeCurrentDuplicate);
    connect(m_proposals, &QTreeWidget::currentItemChanged, this, &SuggestGroupsDialog::updateButtons);
    connect(m_duplicates, &QTreeWidget::currentItemChanged, this, &SuggestGroupsDialog::updateButtons);

    // The input is copied here, on the GUI thread; the worker builds its own grouper (the
    // TagSuggester inside is not thread-safe) and polls the cancel flag.
    Document *doc = m_workspace->document();
    QSet<QUuid> selected(only.cbegin(), only.cend());
    QList<GroupingIdea> ideas =
        doc ? grouping::looseIdeas(doc->data(), m_step, selected) : QList<GroupingIdea>();
    QList<CatalogueItem> catalogue = doc ? grouping::wholeCatalogue(doc->data()) : QList<CatalogueItem>();
    const QString language = i18n::preferredLanguage();
    connect(&m_watcher, &QFutureWatcher<GroupingResult>::finished, this, [this] {
        if (!m_watcher.future().isResultReadyAt(0))
            return;
        const GroupingResult r = m_watcher.result();
        if (!r.cancelled)
            showResult(r);
    });
    m_watcher.setFuture(QtConcurrent::run([ideas, catalogue, language, cancel = m_cancel] {
        const IdeaGrouper grouper(catalogue);
        return grouper.group(ideas, language, 0, [cancel] { return cancel->load(); });
    }));
}

SuggestGroupsDialog::~SuggestGroupsDialog()
{
    *m_cancel = true;
    m_watcher.waitForFinished();
}

bool SuggestGroupsDialog::isComputing() const
{
    return m_watcher.isRunning() || m_pages->currentIndex() == 0;
}

void SuggestGroupsDialog::showResult(const GroupingResult &result)
{
    Document *doc = m_workspace->document();
    if (!doc) {
        reject();
        return;
    }
    const WorkshopData &data = doc->data();
    auto textOf = [&](const QUuid &id) {
        const Idea *i = data.table<Idea>().find(id);
        return i ? i->text.simplified() : QString();
    };
    for (const GroupProposal &p : result.groups) {
        auto *item = new QTreeWidgetItem(m_proposals, {p.title, p.why});
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(1, p.why);
        for (const QUuid &id : p.ideas) {
            auto *child = new QTreeWidgetItem(item, {textOf(id)});
            child->setData(0, IdeaIdRole, id);
            child->setFlags((child->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            child->setCheckState(0, Qt::Checked);
        }
        item->setExpanded(true);
    }
    for (const DuplicatePair &d : result.duplicates) {
        auto *item = new QTreeWidgetItem(m_duplicates, {textOf(d.keep), textOf(d.duplicate)});
        item->setData(0, KeptIdeaRole, d.keep);
        item->setData(0, IdeaIdRole, d.duplicate);
    }
    m_summary->setText(tr("%n group(s) proposed. Ideas that fit no group stay out of every group: %1.",
                          nullptr, int(result.groups.size()))
                           .arg(result.unplaced.size()));
    if (m_proposals->topLevelItemCount())
        m_proposals->setCurrentItem(m_proposals->topLevelItem(0));
    m_pages->setCurrentIndex(1);
    updateButtons();
}

QTreeWidgetItem *SuggestGroupsDialog::currentProposal() const
{
    QTreeWidgetItem *item = m_proposals->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item;
}

void SuggestGroupsDialog::updateButtons()
{
    const bool any = m_proposals->topLevelItemCount() > 0;
    m_accept->setEnabled(currentProposal());
    m_reject->setEnabled(currentProposal());
    m_acceptAll->setEnabled(any);
    m_merge->setEnabled(m_duplicates->currentItem());
}

ChangeSet SuggestGroupsDialog::clusterChange(const WorkshopData &data, QTreeWidgetItem *proposal) const
{
    QList<QUuid> ideas;
    for (int i = 0; i < proposal->childCount(); ++i) {
        QTreeWidgetItem *c = proposal->child(i);
        const QUuid id = c->data(0, IdeaIdRole).toUuid();
        // Skipped: unchecked, or meanwhile clustered, merged or removed.
        const Idea *idea = data.table<Idea>().find(id);
        if (c->checkState(0) == Qt::Checked && idea && idea->clusterId.isNull() && idea->mergedInto.isNull())
            ideas.append(id);
    }
    if (ideas.isEmpty())
        return {};
    const QString title = proposal->text(0).trimmed().isEmpty() ? tr("Group") : proposal->text(0).trimmed();
    return edits::createCluster(data, m_step, title, ideas);
}

void SuggestGroupsDialog::acceptCurrent()
{
    Document *doc = m_workspace->document();
    QTreeWidgetItem *p = currentProposal();
    if (!doc || !p)
        return;
    const ChangeSet cs = clusterChange(doc->data(), p);
    if (!cs.isEmpty() && !m_workspace->apply(cs, tr("Accept suggested group \"%1\"").arg(p->text(0))))
        return;
    delete p;
    updateButtons();
}

void SuggestGroupsDialog::rejectCurrent()
{
    delete currentProposal();
    updateButtons();
}

void SuggestGroupsDialog::acceptAll()
{
    Document *doc = m_workspace->document();
    if (!doc || m_proposals->topLevelItemCount() == 0)
        return;
    // One change: each cluster is made against the data as the ones before it leave it.
    WorkshopData scratch = doc->data();
    ChangeSet all;
    for (int i = 0; i < m_proposals->topLevelItemCount(); ++i) {
        const ChangeSet cs = clusterChange(scratch, m_proposals->topLevelItem(i));
        if (cs.isEmpty())
            continue;
        scratch.apply(cs);
        all.append(cs);
    }
    if (!all.isEmpty() && !m_workspace->apply(all, tr("Accept %n suggested group(s)", nullptr,
                                                      m_proposals->topLevelItemCount())))
        return;
    m_proposals->clear();
    updateButtons();
}

void SuggestGroupsDialog::mergeCurrentDuplicate()
{
    Document *doc = m_workspace->document();
    QTreeWidgetItem *item = m_duplicates->currentItem();
    if (!doc || !item)
        return;
    const ChangeSet cs =
        edits::mergeIdeas(doc->data(), item->data(0, KeptIdeaRole).toUuid(), {item->data(0, IdeaIdRole).toUuid()});
    if (!cs.isEmpty() && !m_workspace->apply(cs, tr("Merge duplicate idea")))
        return;
    delete item;
    updateButtons();
}

} // namespace pamoja
