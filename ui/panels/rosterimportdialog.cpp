#include "rosterimportdialog.h"

#include "domain/constituency.h"
#include "rosteredits.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pamoja {

void RosterPreviewModel::setRows(const QList<roster::RosterRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RosterPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const roster::RosterRow &r = m_rows.at(index.row());
    if (role == Qt::BackgroundRole && !r.errors.isEmpty())
        return QBrush(QColor(255, 205, 210));
    if (role == Qt::ForegroundRole && !r.errors.isEmpty())
        return QBrush(QColor(60, 0, 0));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Participant &p = r.participant;
    switch (index.column()) {
    case LineColumn: return r.line;
    case NameColumn: return p.name;
    case OrganisationColumn: return r.organisation;
    case ConstituencyColumn: return p.constituency.isEmpty() ? QString() : constituency::label(p.constituency);
    case CountryColumn: return p.country;
    case LanguageColumn: return p.language;
    case RoleColumn: return p.role.isEmpty() ? QString() : edits::participantRoleLabel(p.role);
    case ConsentColumn: return p.consent ? tr("yes") : tr("no");
    case PresentColumn: return p.present ? tr("yes") : tr("no");
    case ProblemsColumn: return r.errors.isEmpty() ? tr("OK") : r.errors.join(QLatin1Char(' '));
    }
    return {};
}

QVariant RosterPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case NameColumn: return tr("Name");
    case OrganisationColumn: return tr("Organisation");
    case ConstituencyColumn: return tr("Constituency");
    case CountryColumn: return tr("Country");
    case LanguageColumn: return tr("Language");
    case RoleColumn: return tr("Role");
    case ConsentColumn: return tr("May be named");
    case PresentColumn: return tr("Present");
    case ProblemsColumn: return tr("Problems");
    }
    return {};
}

RosterImportDialog::RosterImportDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(new RosterPreviewModel(this))
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import roster: %1").arg(QFileInfo(path).fileName()));
    setAccessibleName(tr("Import a participant roster"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rosterPreview"));
    m_view->setAccessibleName(tr("Preview of the roster"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = box->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("rosterImport"));
    m_import->setAccessibleName(tr("Import the participants"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(box);
    resize(900, 420);
    connect(box, &QDialogButtonBox::accepted, this, &RosterImportDialog::importRoster);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QString error;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Could not read the file: %1").arg(file.errorString());
    } else {
        // Read one byte more than allowed, so an oversized file is recognised without reading it all.
        auto parsed = roster::parse(file.read(roster::MaxBytes + 1), workspace->document() ? workspace->document()->data() : WorkshopData());
        if (parsed)
            m_parse = *parsed;
        else
            error = parsed.error();
    }
    if (m_parse)
        m_model->setRows(m_parse->rows);
    if (!error.isEmpty()) {
        m_summary->setText(tr("This file cannot be imported: %1").arg(error));
    } else if (!m_parse->isValid()) {
        QStringList lines{tr("%n participant(s) read; %1 problem(s) must be fixed in the file first. Nothing will be imported.",
                             nullptr, int(m_parse->rows.size()))
                              .arg(m_parse->errorCount())};
        for (const roster::RosterRow &r : m_parse->rows)
            if (!r.errors.isEmpty() && lines.size() < 6)
                lines << tr("Line %1: %2").arg(QString::number(r.line), r.errors.join(QLatin1Char(' ')));
        m_summary->setText(lines.join(QLatin1Char('\n')));
    } else {
        QStringList lines{tr("%n participant(s) ready to import.", nullptr, int(m_parse->rows.size()))};
        lines << m_parse->warnings;
        m_summary->setText(lines.join(QLatin1Char('\n')));
    }
    m_import->setEnabled(isImportable());
}

bool RosterImportDialog::isImportable() const
{
    return m_parse && m_parse->isValid() && m_workspace->document();
}

QString RosterImportDialog::summary() const
{
    return m_summary->text();
}

void RosterImportDialog::importRoster()
{
    if (!isImportable())
        return;
    const auto cs = roster::changes(m_workspace->document()->data(), *m_parse);
    if (m_workspace->apply(cs, tr("Import %n participant(s)", nullptr, int(m_parse->rows.size()))))
        accept();
}

} // namespace pamoja
