#include "planpanel.h"

#include "catalogue/shippedcatalogue.h"
#include "i18n.h"
#include "common/refreshgate.h"

#include "checklistmodel.h"
#include "choicedelegate.h"
#include "common/messagebox.h"
#include "edits.h"
#include "planedits.h"
#include "planmodels.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pamoja {

namespace {
QPushButton *button(QWidget *parent, const QString &name, const QString &text, const QString &accessible)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setToolTip(accessible);
    return b;
}

QTableView *table(QWidget *parent, const QString &name, const QString &accessible, QAbstractItemModel *model)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setAccessibleName(accessible);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->hide();
    v->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setTabKeyNavigation(false);
    return v;
}

QListView *checkList(QWidget *parent, const QString &name, const QString &accessible, CheckListModel *model)
{
    auto *v = new QListView(parent);
    v->setObjectName(name);
    v->setAccessibleName(accessible);
    v->setModel(model);
    return v;
}
} // namespace

PlanPanel::PlanPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_changes(new SystemChangeModel(workspace, this)),
      m_actions(new ActionModel(workspace, this)), m_visionLinks(new CheckListModel(this)),
      m_factorLinks(new CheckListModel(this)), m_actionLinks(new CheckListModel(this))
{
    setObjectName(QStringLiteral("planPanel"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->setAccessibleName(tr("System changes and action plan"));
    m_tabs->addTab(buildChangesTab(), tr("Step 2: System changes"));
    m_tabs->addTab(buildActionsTab(), tr("Step 3: Action plan"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_visionLinks->setHandler([this](const QUuid &vision, bool on) {
        Document *doc = m_workspace->document();
        const QUuid sc = currentChange();
        if (!doc || sc.isNull())
            return;
        m_workspace->apply(on ? edits::link(doc->data(), vision, sc) : edits::unlink(doc->data(), vision, sc),
                           on ? tr("Link vision to system change") : tr("Unlink vision from system change"));
    });
    m_factorLinks->setHandler([this](const QUuid &factor, bool on) {
        Document *doc = m_workspace->document();
        const QUuid sc = currentChange();
        if (!doc || sc.isNull())
            return;
        m_workspace->apply(on ? edits::addTag(doc->data(), {sc}, factor) : edits::removeTag(doc->data(), {sc}, factor),
                           on ? tr("Link factor to system change") : tr("Unlink factor from system change"));
    });
    m_actionLinks->setHandler([this](const QUuid &sc, bool on) {
        Document *doc = m_workspace->document();
        const QUuid action = currentAction();
        if (!doc || action.isNull())
            return;
        m_workspace->apply(on ? edits::link(doc->data(), sc, action) : edits::unlink(doc->data(), sc, action),
                           on ? tr("Link action to system change") : tr("Unlink action from system change"));
    });

    connect(workspace, &Workspace::documentChanged, this, &PlanPanel::watch);
    connect(workspace, &Workspace::stepChanged, this, [this](int step) {
        m_tabs->setCurrentIndex(step == 3 ? 1 : 0);
        refresh();
    });
    connect(workspace, &Workspace::selectionChanged, this, [this] {
        // A cluster or idea of step 1 selected on the board becomes the vision to start from.
        for (const QUuid &id : m_workspace->selection())
            if (const int i = m_vision->findData(id); i >= 0) {
                m_vision->setCurrentIndex(i);
                break;
            }
    });
    m_tabs->setCurrentIndex(workspace->step() == 3 ? 1 : 0);
    watch(workspace->document());
}

QWidget *PlanPanel::buildChangesTab()
{
    auto *page = new QWidget(this);
    m_vision = new QComboBox(page);
    m_vision->setObjectName(QStringLiteral("visionCombo"));
    m_vision->setAccessibleName(tr("Vision to start a system change from"));
    auto *fromVision = button(page, QStringLiteral("changeFromVision"), tr("Create &from vision"),
                              tr("Create a system change from the chosen vision"));
    m_newChange = new QLineEdit(page);
    m_newChange->setObjectName(QStringLiteral("newChangeTitle"));
    m_newChange->setAccessibleName(tr("Title of a new system change"));
    m_newChange->setPlaceholderText(tr("What must change in the system?"));
    auto *add = button(page, QStringLiteral("addChange"), tr("&Add"), tr("Add a system change"));
    auto *remove = button(page, QStringLiteral("removeChange"), tr("&Remove"), tr("Remove the current system change"));
    m_changesView = table(page, QStringLiteral("changesView"), tr("System changes"), m_changes);
    auto *visions = checkList(page, QStringLiteral("visionLinks"), tr("Visions this change serves"), m_visionLinks);
    auto *factors = checkList(page, QStringLiteral("factorLinks"), tr("Factors this change counters"), m_factorLinks);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_vision, 1);
    row1->addWidget(fromVision);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_newChange, 1);
    row2->addWidget(add);
    row2->addWidget(remove);
    auto *links = new QHBoxLayout;
    auto *vcol = new QVBoxLayout;
    auto *vlabel = new QLabel(tr("Serves &visions:"), page);
    vlabel->setBuddy(visions);
    vcol->addWidget(vlabel);
    vcol->addWidget(visions);
    auto *fcol = new QVBoxLayout;
    auto *flabel = new QLabel(tr("Counters fac&tors:"), page);
    flabel->setBuddy(factors);
    fcol->addWidget(flabel);
    fcol->addWidget(factors);
    links->addLayout(vcol);
    links->addLayout(fcol);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_changesView, 2);
    layout->addLayout(links, 1);

    connect(fromVision, &QPushButton::clicked, this, &PlanPanel::createFromVision);
    connect(add, &QPushButton::clicked, this, &PlanPanel::addFreeChange);
    connect(m_newChange, &QLineEdit::returnPressed, this, &PlanPanel::addFreeChange);
    connect(remove, &QPushButton::clicked, this, &PlanPanel::removeChange);
    connect(m_changesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanPanel::refreshLinks);
    return page;
}

QWidget *PlanPanel::buildActionsTab()
{
    auto *page = new QWidget(this);
    m_newAction = new QLineEdit(page);
    m_newAction->setObjectName(QStringLiteral("newActionDescription"));
    m_newAction->setAccessibleName(tr("Description of a new action"));
    m_newAction->setPlaceholderText(tr("What will we do?"));
    m_actionFor = new QComboBox(page);
    m_actionFor->setObjectName(QStringLiteral("actionForCombo"));
    m_actionFor->setAccessibleName(tr("System change the new action serves"));
    auto *add = button(page, QStringLiteral("addAction"), tr("A&dd action"), tr("Add an action"));
    auto *remove = button(page, QStringLiteral("removeAction"), tr("Remo&ve"), tr("Remove the current action"));
    auto *import = button(page, QStringLiteral("importActions"), tr("&Import open actions…"),
                          tr("Import open actions from an earlier workshop"));
    m_actionsView = table(page, QStringLiteral("actionsView"), tr("Action plan"), m_actions);
    m_actionsView->setItemDelegate(new ChoiceDelegate(m_actionsView));
    auto *links = checkList(page, QStringLiteral("actionLinks"), tr("System changes this action serves"), m_actionLinks);
    m_actionStatus = new QLabel(page);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    m_actionStatus->setWordWrap(true);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_newAction, 2);
    row1->addWidget(m_actionFor, 1);
    row1->addWidget(add);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(remove);
    row2->addStretch(1);
    row2->addWidget(import);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row1);
    layout->addWidget(m_actionsView, 2);
    auto *llabel = new QLabel(tr("Serves s&ystem changes:"), page);
    llabel->setBuddy(links);
    layout->addWidget(llabel);
    layout->addWidget(links, 1);
    layout->addLayout(row2);
    layout->addWidget(m_actionStatus);

    connect(add, &QPushButton::clicked, this, &PlanPanel::addAction);
    connect(m_newAction, &QLineEdit::returnPressed, this, &PlanPanel::addAction);
    connect(remove, &QPushButton::clicked, this, &PlanPanel::removeAction);
    connect(import, &QPushButton::clicked, this, &PlanPanel::importOpenActions);
    connect(m_actionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanPanel::refreshLinks);
    return page;
}

PlanPanel::~PlanPanel()
{
    detachPanel(this, m_workspace, {m_changesView, m_actionsView});
}

void PlanPanel::watch(Document *document)
{
    // Rebuilding the lists costs time on a big board: refreshed after a burst, or when shown.
    RefreshGate::watch(
        this, document, [](const ChangeSet &cs) { return !onlyMovesNotes(cs); }, [this] { refresh(); },
        RefreshGate::Hidden::Defer);
}

QUuid PlanPanel::currentChange() const
{
    return m_changes->idAt(m_changesView->currentIndex().row());
}

QUuid PlanPanel::currentAction() const
{
    return m_actions->idAt(m_actionsView->currentIndex().row());
}

void PlanPanel::refresh()
{
    const QUuid change = currentChange(), action = currentAction();
    const QUuid vision = m_vision->currentData().toUuid(), actionFor = m_actionFor->currentData().toUuid();
    const int changeCol = std::max(0, m_changesView->currentIndex().column());
    const int actionCol = std::max(0, m_actionsView->currentIndex().column());
    m_changes->refresh();
    m_actions->refresh();
    if (const int r = m_changes->rowOf(change); r >= 0)
        m_changesView->setCurrentIndex(m_changes->index(r, changeCol));
    if (const int r = m_actions->rowOf(action); r >= 0)
        m_actionsView->setCurrentIndex(m_actions->index(r, actionCol));
    m_vision->clear();
    m_actionFor->clear();
    m_actionFor->addItem(tr("(no system change yet)"), QUuid());
    int sameSide = 0;
    if (Document *doc = m_workspace->document()) {
        const WorkshopData &d = doc->data();
        for (const Cluster &c : d.clusters(1))
            m_vision->addItem(tr("Cluster: %1").arg(c.title), c.id);
        for (const Idea &i : d.ideas(1))
            if (!i.hidden)
                m_vision->addItem(tr("Idea: %1").arg(i.text.left(80)), i.id);
        for (int r = 0; r < m_changes->rowCount(); ++r)
            m_actionFor->addItem(m_changes->index(r, 0).data().toString(), m_changes->idAt(r));
        for (const Action &a : d.table<Action>().items())
            if (edits::ownersOnSameSide(d, a))
                ++sameSide;
    }
    m_vision->setCurrentIndex(std::max(0, m_vision->findData(vision)));
    m_actionFor->setCurrentIndex(std::max(0, m_actionFor->findData(actionFor)));
    m_actionStatus->setText(sameSide ? tr("\u26A0 %n action(s) have both owners on the same side (North or South).", nullptr, sameSide)
                                     : QString());
    refreshLinks();
}

void PlanPanel::refreshLinks()
{
    QList<CheckListModel::Entry> visions, factors, changes;
    Document *doc = m_workspace->document();
    const QUuid sc = currentChange(), action = currentAction();
    if (doc) {
        const WorkshopData &d = doc->data();
        auto linked = [&](const QUuid &from, const QUuid &to) {
            return !from.isNull() && !to.isNull() &&
                   !d.table<Link>().select([&](const Link &l) { return l.fromId == from && l.toId == to; }).isEmpty();
        };
        if (!sc.isNull()) {
            for (const Cluster &c : d.clusters(1))
                visions.append({c.id, tr("Cluster: %1").arg(c.title), {}, linked(c.id, sc)});
            for (const Idea &i : d.ideas(1))
                if (!i.hidden)
                    visions.append({i.id, tr("Idea: %1").arg(i.text.left(80)), i.text, linked(i.id, sc)});
            const QList<QUuid> tags = d.tagItemsOf(sc);
            for (const CatalogueItem &f : d.catalogue(QStringLiteral("factor")))
                factors.append({f.id, shipped::displayLabel(f, i18n::preferredLanguage()), shipped::displayDescription(f, i18n::preferredLanguage()),
                                 tags.contains(f.id)});
        }
        if (!action.isNull())
            for (int r = 0; r < m_changes->rowCount(); ++r)
                changes.append({m_changes->idAt(r), m_changes->index(r, 0).data().toString(), {}, linked(m_changes->idAt(r), action)});
    }
    m_visionLinks->setEntries(visions);
    m_factorLinks->setEntries(factors);
    m_actionLinks->setEntries(changes);
}

void PlanPanel::createFromVision()
{
    Document *doc = m_workspace->document();
    const QUuid vision = m_vision->currentData().toUuid();
    if (!doc || vision.isNull())
        return;
    const SystemChange sc = edits::systemChangeFrom(doc->data(), vision);
    QUuid id;
    if (m_workspace->apply(edits::addSystemChange(doc->data(), sc, &id), tr("System change from \"%1\"").arg(sc.title)))
        m_changesView->setCurrentIndex(m_changes->index(m_changes->rowOf(id), SystemChangeModel::ActorColumn));
}

void PlanPanel::addFreeChange()
{
    Document *doc = m_workspace->document();
    if (!doc || m_newChange->text().trimmed().isEmpty())
        return;
    SystemChange sc;
    sc.title = m_newChange->text();
    QUuid id;
    if (m_workspace->apply(edits::addSystemChange(doc->data(), sc, &id), tr("Add system change \"%1\"").arg(sc.title.trimmed()))) {
        m_newChange->clear();
        m_changesView->setCurrentIndex(m_changes->index(m_changes->rowOf(id), SystemChangeModel::ActorColumn));
    }
}

void PlanPanel::removeChange()
{
    Document *doc = m_workspace->document();
    const QUuid id = currentChange();
    if (!doc || id.isNull())
        return;
    m_workspace->apply(edits::removeSystemChange(doc->data(), id), tr("Remove system change"));
}

void PlanPanel::addAction()
{
    Document *doc = m_workspace->document();
    if (!doc || m_newAction->text().trimmed().isEmpty())
        return;
    Action a;
    a.description = m_newAction->text();
    QList<QUuid> changes;
    if (const QUuid sc = m_actionFor->currentData().toUuid(); !sc.isNull())
        changes.append(sc);
    QUuid id;
    if (m_workspace->apply(edits::addAction(doc->data(), a, changes, &id), tr("Add action \"%1\"").arg(a.description.trimmed()))) {
        m_newAction->clear();
        m_actionsView->setCurrentIndex(m_actions->index(m_actions->rowOf(id), ActionModel::OwnerColumn));
    }
}

void PlanPanel::removeAction()
{
    Document *doc = m_workspace->document();
    const QUuid id = currentAction();
    if (!doc || id.isNull())
        return;
    m_workspace->apply(edits::removeAction(doc->data(), id), tr("Remove action"));
}

void PlanPanel::importOpenActions()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import open actions from an earlier workshop"), QString(),
                                                  tr("Pamoja workshops (*.pamoja)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(doc->path()).canonicalFilePath()) {
        m_workspace->reportError(tr("Choose an earlier workshop, not the one that is open."));
        return;
    }
    auto earlier = Document::open(path, WorkshopStore::Access::ReadOnly);
    if (!earlier) {
        m_workspace->reportError(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), earlier.error()));
        return;
    }
    int imported = 0, skipped = 0;
    const ChangeSet cs = edits::importOpenActions(doc->data(), (*earlier)->data(), &imported, &skipped);
    const QString title = (*earlier)->data().workshop().title;
    if (!cs.isEmpty() && !m_workspace->apply(cs, tr("Import %n open action(s) from \"%1\"", nullptr, imported).arg(title)))
        return;
    MessageBox::information(this, tr("Open actions imported"),
                            tr("%1 open actions imported from \"%2\"; %3 were already here.").arg(QString::number(imported), title, QString::number(skipped)));
}

} // namespace pamoja
