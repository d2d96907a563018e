#include "historypanel.h"

#include "analysis/interventions.h"
#include "common/refreshgate.h"
#include "historymodel.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pamoja {

HistoryPanel::HistoryPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new HistoryModel(workspace, this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setAccessibleName(tr("Which changes to show"));
    m_filter->addItem(tr("All changes"));
    m_filter->addItem(tr("Facilitator interventions"));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("History of changes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    m_show = new QPushButton(tr("Show &earlier state"), this);
    m_show->setObjectName(QStringLiteral("showEarlierState"));
    m_show->setAccessibleName(tr("Show what the selected change replaced"));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("earlierState"));
    m_details->setAccessibleName(tr("Earlier state"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    m_details->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(filterLabel);
    row->addWidget(m_filter, 1);
    row->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int i) { m_model->setInterventionsOnly(i == 1); });
    connect(m_show, &QPushButton::clicked, this, &HistoryPanel::showEarlierState);
    connect(m_view, &QTableView::activated, this, &HistoryPanel::showEarlierState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_details->isVisible())
            showEarlierState();
    });
    connect(workspace, &Workspace::documentChanged, this, &HistoryPanel::watch);
    watch(workspace->document());
}

HistoryPanel::~HistoryPanel()
{
    detachPanel(this, m_workspace, {m_view});
}

void HistoryPanel::watch(Document *document)
{
    if (document) {
        connect(document, &Document::changed, m_model, &HistoryModel::prependLatest);
        // Changes kept while the connection to a database was lost reach the history when it is back.
        connect(document, &Document::connectionChanged, m_model, [this, document] {
            if (document->isConnected())
                m_model->refresh();
        });
    }
    m_model->refresh();
    m_details->clear();
}

QString HistoryPanel::earlierStateText() const
{
    return m_details->toPlainText();
}

void HistoryPanel::showEarlierState()
{
    const HistoryEntry *e = m_model->entryAt(m_view->currentIndex().row());
    if (!e) {
        m_details->setPlainText(tr("Select a change to see what it replaced."));
    } else {
        QStringList lines{tr("%1, by %2: %3").arg(e->at.toLocalTime().toString(Qt::ISODate), e->actor, e->description)};
        lines << earlierState(e->changes);
        m_details->setPlainText(lines.join(QLatin1Char('\n')));
    }
    m_details->show();
}

} // namespace pamoja
