#include "cataloguedialog.h"

#include "catalogue/shippedcatalogue.h"
#include "cataloguemodel.h"
#include "common/messagebox.h"
#include "exchange/cataloguejson.h"
#include "planedits.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace pamoja {

CatalogueDialog::CatalogueDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(new CatalogueModel(workspace, QStringLiteral("theme"), this))
{
    setObjectName(QStringLiteral("catalogueDialog"));
    setWindowTitle(tr("Catalogue"));
    setAccessibleName(tr("Catalogue of themes, factors and measures"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("catalogueKind"));
    m_kind->setAccessibleName(tr("Kind of entries"));
    m_kind->addItem(tr("Themes"), QStringLiteral("theme"));
    m_kind->addItem(tr("Factors"), QStringLiteral("factor"));
    m_kind->addItem(tr("Corrective measures"), QStringLiteral("measure"));
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("catalogueView"));
    m_view->setAccessibleName(tr("Catalogue entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(CatalogueModel::NameColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();

    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("catalogueNewName"));
    m_newName->setAccessibleName(tr("Name of the new entry"));
    m_newName->setPlaceholderText(tr("New entry name"));
    auto *add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(QStringLiteral("catalogueAdd"));
    add->setAccessibleName(tr("Add entry"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("catalogueRemove"));
    remove->setAccessibleName(tr("Remove entry"));
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("catalogueExport"));
    exportButton->setAccessibleName(tr("Export the catalogue as JSON"));
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("catalogueImport"));
    importButton->setAccessibleName(tr("Import a catalogue from JSON"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newName, 1);
    row->addWidget(add);
    row->addWidget(remove);
    row->addWidget(exportButton);
    row->addWidget(importButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(box);
    resize(820, 480);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKind(m_kind->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, &CatalogueDialog::addEntry);
    connect(m_newName, &QLineEdit::returnPressed, this, &CatalogueDialog::addEntry);
    connect(remove, &QPushButton::clicked, this, &CatalogueDialog::removeCurrent);
    connect(exportButton, &QPushButton::clicked, this, &CatalogueDialog::exportCatalogue);
    connect(importButton, &QPushButton::clicked, this, &CatalogueDialog::importCatalogue);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (Document *doc = workspace->document())
        connect(doc, &Document::changed, m_model, &CatalogueModel::refresh);
    connect(workspace, &Workspace::documentChanged, this, &QDialog::reject);
}

void CatalogueDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void CatalogueDialog::addEntry()
{
    Document *doc = m_workspace->document();
    if (!doc || m_newName->text().trimmed().isEmpty())
        return;
    CatalogueItem item;
    item.kind = m_model->kind();
    item.name = m_newName->text();
    QUuid id;
    if (m_workspace->apply(edits::addCatalogueItem(doc->data(), item, &id), tr("Add catalogue entry \"%1\"").arg(item.name.trimmed()))) {
        m_newName->clear();
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), CatalogueModel::NameColumn));
    }
}

void CatalogueDialog::removeCurrent()
{
    Document *doc = m_workspace->document();
    const QUuid id = m_model->idAt(m_view->currentIndex().row());
    const CatalogueItem *c = doc ? doc->data().table<CatalogueItem>().find(id) : nullptr;
    if (!c)
        return;
    // Copied before asking: the document may change while the question is open (a participant's
    // phone, another window), and nothing found in it before stays valid after.
    const QString name = shipped::displayName(*c, m_model->language());
    const int uses = edits::catalogueItemUses(doc->data(), id);
    if (uses > 0 && MessageBox::question(this, tr("Remove catalogue entry"),
                                         tr("\"%1\" is used on %n idea(s), cluster(s) or change(s). Remove it and its tags?",
                                            nullptr, uses)
                                             .arg(name)) != QMessageBox::Yes)
        return;
    if (Document *now = m_workspace->document())
        m_workspace->apply(edits::removeCatalogueItem(now->data(), id), tr("Remove catalogue entry \"%1\"").arg(name));
}

void CatalogueDialog::exportCatalogue()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Export catalogue"), tr("catalogue.json"),
                                                  tr("Catalogue (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(cataloguejson::toJson(doc->data())) < 0 || !file.commit())
        m_workspace->reportError(tr("Could not write %1: %2").arg(path, file.errorString()));
}

void CatalogueDialog::importCatalogue()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import catalogue"), QString(), tr("Catalogue (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_workspace->reportError(tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto plan = cataloguejson::planImport(file.read(cataloguejson::MaxBytes + 1), doc->data());
    if (!plan) {
        m_workspace->reportError(plan.error());
        return;
    }
    if (m_workspace->apply(plan->changes, tr("Import catalogue")))
        MessageBox::information(this, tr("Catalogue imported"),
                                tr("%1 entries added, %2 updated.").arg(QString::number(plan->added), QString::number(plan->updated)));
}

} // namespace pamoja
