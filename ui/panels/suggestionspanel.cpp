#include "suggestionspanel.h"

#include "catalogue/shippedcatalogue.h"
#include "common/refreshgate.h"
#include "edits.h"
#include "i18n.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pamoja {

namespace {
const QStringList TagKinds{QStringLiteral("theme"), QStringLiteral("factor")};

// Whether a change can alter the suggestions: tags, the catalogue, or an idea's text or language.
bool suggestionsShow(const ChangeSet &cs)
{
    return std::any_of(cs.changes.cbegin(), cs.changes.cend(), [](const Change &c) {
        return c.kind == EntityKind::Tag || c.kind == EntityKind::CatalogueItem ||
               (c.kind == EntityKind::Idea && c.op == Change::Op::Update &&
                (c.before.value(QStringLiteral("text")) != c.after.value(QStringLiteral("text")) ||
                 c.before.value(QStringLiteral("language")) != c.after.value(QStringLiteral("language"))));
    });
}
} // namespace

SuggestionsPanel::SuggestionsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("suggestionsPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("suggestionsView"));
    m_list->setAccessibleName(tr("Suggested tags"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Idea"), tr("Suggested tag"), tr("Score")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto make = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(tip);
        b->setToolTip(tip);
        return b;
    };
    m_accept = make(QStringLiteral("acceptSuggestion"), tr("Acce&pt"),
                    tr("Tag the idea with the suggested theme or factor"));
    m_reject = make(QStringLiteral("rejectSuggestion"), tr("Re&ject"),
                    tr("Do not suggest this tag for this idea again"));
    m_acceptAll = make(QStringLiteral("acceptAllSuggestions"), tr("Accept A&ll"),
                       tr("Accept every suggestion shown, in one step"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("suggestionStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_acceptAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Suggested tags"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_accept, &QPushButton::clicked, this, &SuggestionsPanel::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &SuggestionsPanel::rejectCurrent);
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestionsPanel::acceptAll);
    connect(m_list, &QTreeWidget::itemActivated, this, &SuggestionsPanel::acceptCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_accept->setEnabled(currentRow() >= 0);
        m_reject->setEnabled(currentRow() >= 0);
    });
    connect(&m_watcher, &QFutureWatcher<QList<Row>>::finished, this, [this] {
        if (m_watcherGeneration == m_generation)
            show(m_watcher.result());
        else
            recompute(); // the selection or the workshop changed meanwhile
    });
    connect(workspace, &Workspace::documentChanged, this, &SuggestionsPanel::watch);
    connect(workspace, &Workspace::selectionChanged, this, &SuggestionsPanel::recompute);
    watch(workspace->document());
}

SuggestionsPanel::~SuggestionsPanel()
{
    detachPanel(this, m_workspace, {m_list});
    m_watcher.waitForFinished();
}

void SuggestionsPanel::watch(Document *document)
{
    m_rejected.clear();
    RefreshGate::watch(this, document, suggestionsShow, [this] { recompute(); });
}

QList<SuggestionsPanel::Row> SuggestionsPanel::compute(const QList<CatalogueItem> &items,
                                                       const QList<Input> &ideas,
                                                       const QSet<QPair<QUuid, QUuid>> &skip)
{
    const TagSuggester suggester(items, TagKinds);
    QList<Row> rows;
    for (const Input &i : ideas) {
        int n = 0;
        // Ask for more than shown: tags the idea already has and rejected ones are left out.
        for (const TagSuggestion &s : suggester.suggest(i.text, i.language, PerIdea + 8)) {
            if (skip.contains({i.id, s.itemId}))
                continue;
            rows.append({i.id, s.itemId, s.score});
            if (++n == PerIdea)
                break;
        }
    }
    return rows;
}

void SuggestionsPanel::recompute()
{
    ++m_generation;
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    if (!doc) {
        show({});
        return;
    }
    const WorkshopData &d = doc->data();
    QList<Input> ideas;
    QSet<QPair<QUuid, QUuid>> skip = m_rejected;
    for (const QUuid &id : m_workspace->selection()) {
        const Idea *i = d.table<Idea>().find(id);
        if (!i)
            continue;
        ideas.append({i->id, i->text, i->language});
        for (const QUuid &item : d.tagItemsOf(i->id))
            skip.insert({i->id, item});
    }
    const QList<CatalogueItem> items = d.table<CatalogueItem>().items().values();
    if (ideas.size() <= GuiThreadLimit) {
        show(compute(items, ideas, skip));
        return;
    }
    m_status->setText(tr("Finding suggestions for %n idea(s)…", nullptr, int(ideas.size())));
    if (m_watcher.isRunning())
        return; // its result is stale; 'finished' starts again
    m_watcherGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([items, ideas, skip] { return compute(items, ideas, skip); }));
}

void SuggestionsPanel::show(const QList<Row> &rows)
{
    // Only the rows whose idea and catalogue item still exist (they may have gone while a worker
    // computed): each list item's number is its row in m_rows, so the two always line up.
    m_rows.clear();
    m_list->clear();
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    const QString language = i18n::preferredLanguage();
    QList<QTreeWidgetItem *> items;
    for (const Row &r : rows) {
        const Idea *idea = doc ? doc->data().table<Idea>().find(r.ideaId) : nullptr;
        const CatalogueItem *c = doc ? doc->data().table<CatalogueItem>().find(r.itemId) : nullptr;
        if (!idea || !c)
            continue;
        auto *w = new QTreeWidgetItem({idea->text.simplified().left(80), shipped::displayLabel(*c, language),
                                       QLocale().toString(r.score, 'f', 1)});
        w->setToolTip(1, shipped::displayDescription(*c, language));
        w->setData(0, Qt::UserRole, int(m_rows.size()));
        m_rows.append(r);
        items.append(w);
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    m_accept->setEnabled(currentRow() >= 0);
    m_reject->setEnabled(currentRow() >= 0);
    m_acceptAll->setEnabled(!m_rows.isEmpty());
    const bool anyIdea =
        doc && std::any_of(m_workspace->selection().cbegin(), m_workspace->selection().cend(),
                           [&](const QUuid &id) { return doc->data().table<Idea>().contains(id); });
    m_status->setText(!anyIdea           ? tr("Select ideas to see suggested themes and factors.")
                      : m_rows.isEmpty() ? tr("No suggestions for the selected ideas.")
                                         : tr("%n suggestion(s).", nullptr, int(m_rows.size())));
    Q_EMIT suggestionsReady();
}

int SuggestionsPanel::currentRow() const
{
    const QTreeWidgetItem *w = m_list->currentItem();
    const int row = w ? w->data(0, Qt::UserRole).toInt() : -1;
    return row >= 0 && row < m_rows.size() ? row : -1;
}

void SuggestionsPanel::acceptCurrent()
{
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    const int row = currentRow();
    if (!doc || row < 0)
        return;
    const Row r = m_rows.at(row);
    const CatalogueItem *c = doc->data().table<CatalogueItem>().find(r.itemId);
    if (!c)
        return;
    m_workspace->apply(
        edits::addTag(doc->data(), {r.ideaId}, r.itemId),
        tr("Accept suggested tag %1").arg(shipped::displayLabel(*c, i18n::preferredLanguage())));
}

void SuggestionsPanel::rejectCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_rejected.insert({m_rows.at(row).ideaId, m_rows.at(row).itemId});
    recompute();
}

void SuggestionsPanel::acceptAll()
{
    Document *doc = m_workspace ? m_workspace->document() : nullptr;
    if (!doc || m_rows.isEmpty())
        return;
    ChangeSet cs;
    for (const Row &r : std::as_const(m_rows))
        if (doc->data().table<Idea>().contains(r.ideaId) &&
            doc->data().table<CatalogueItem>().contains(r.itemId))
            cs.append(edits::addTag(doc->data(), {r.ideaId}, r.itemId));
    m_workspace->apply(cs, tr("Accept %n suggested tag(s)", nullptr, int(m_rows.size())));
}

} // namespace pamoja
