#include "participantspanel.h"

#include "common/refreshgate.h"

#include "balancemeter.h"
#include "choicedelegate.h"
#include "common/messagebox.h"
#include "domain/constituency.h"
#include "edits.h"
#include "participantmodel.h"
#include "rosteredits.h"
#include "rosterimportdialog.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pamoja {

ParticipantsPanel::ParticipantsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new ParticipantModel(workspace, this))
{
    setObjectName(QStringLiteral("participantsPanel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("participantsView"));
    m_view->setAccessibleName(tr("Participants"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newParticipantName"));
    m_name->setAccessibleName(tr("Name or alias of a new participant"));
    m_name->setPlaceholderText(tr("Name or alias"));
    m_constituency = new QComboBox(this);
    m_constituency->setObjectName(QStringLiteral("newParticipantConstituency"));
    m_constituency->setAccessibleName(tr("Constituency of the new participant"));
    for (const QString &c : constituency::codes())
        m_constituency->addItem(constituency::label(c), c);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addParticipant"));
    add->setAccessibleName(tr("Add participant"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeParticipant"));
    remove->setAccessibleName(tr("Remove the current participant"));
    auto *import = new QPushButton(tr("&Import CSV…"), this);
    import->setObjectName(QStringLiteral("importRoster"));
    import->setAccessibleName(tr("Import a roster from a CSV file"));

    m_meter = new BalanceMeter(workspace, this);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("balanceWarning"));
    m_warning->setAccessibleName(tr("Balance warnings"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 2);
    row->addWidget(m_constituency, 1);
    row->addWidget(add);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(remove);
    row2->addStretch(1);
    row2->addWidget(import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 2);
    layout->addLayout(row2);
    auto *meterLabel = new QLabel(tr("Participation balance (this step)"), this);
    layout->addWidget(meterLabel);
    layout->addWidget(m_meter);
    layout->addWidget(m_warning);
    layout->addStretch(1);

    connect(add, &QPushButton::clicked, this, &ParticipantsPanel::addParticipant);
    connect(m_name, &QLineEdit::returnPressed, this, &ParticipantsPanel::addParticipant);
    connect(remove, &QPushButton::clicked, this, &ParticipantsPanel::removeCurrent);
    connect(import, &QPushButton::clicked, this, &ParticipantsPanel::importCsv);
    connect(workspace, &Workspace::documentChanged, this, &ParticipantsPanel::watch);
    connect(workspace, &Workspace::stepChanged, this, &ParticipantsPanel::refresh);
    watch(workspace->document());
}

ParticipantsPanel::~ParticipantsPanel()
{
    detachPanel(this, m_workspace, {m_view});
}

namespace {
// Whether a change can alter what this panel shows; others (note moves, say) skip its refresh.
bool participantsPanelShows(const ChangeSet &cs)
{
    return touchesAny(cs, {EntityKind::Participant, EntityKind::Organisation, EntityKind::Idea, EntityKind::Vote, EntityKind::VotingRound}) && !onlyMovesNotes(cs);
}

} // namespace

void ParticipantsPanel::watch(Document *document)
{
    RefreshGate::watch(this, document, participantsPanelShows, [this] { refresh(); });
}

void ParticipantsPanel::refresh()
{
    const QModelIndex cur = m_view->currentIndex();
    const QUuid id = m_model->idAt(cur.row());
    m_model->refresh();
    if (const int r = m_model->rowOf(id); r >= 0)
        m_view->setCurrentIndex(m_model->index(r, cur.column()));
    m_meter->refresh();
    m_warning->setText(m_meter->warnings().join(QLatin1Char('\n')));
    m_warning->setVisible(!m_meter->warnings().isEmpty());
}

void ParticipantsPanel::addParticipant()
{
    Document *doc = m_workspace->document();
    if (!doc || m_name->text().trimmed().isEmpty())
        return;
    Participant p;
    p.name = m_name->text();
    p.constituency = m_constituency->currentData().toString();
    QUuid id;
    if (m_workspace->apply(edits::addParticipant(doc->data(), p, {}, &id), tr("Add participant %1").arg(p.name.trimmed()))) {
        m_name->clear();
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), ParticipantModel::OrganisationColumn));
    }
}

void ParticipantsPanel::removeCurrent()
{
    Document *doc = m_workspace->document();
    const QUuid id = m_model->idAt(m_view->currentIndex().row());
    if (!doc || id.isNull())
        return;
    m_workspace->apply(edits::removeParticipant(doc->data(), id), tr("Remove participant %1").arg(doc->data().participantName(id)));
}

void ParticipantsPanel::importCsv()
{
    if (!m_workspace->document())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import roster"), QString(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    auto *dialog = new RosterImportDialog(m_workspace, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace pamoja
