#include "importideasdialog.h"

#include "document.h"
#include "domain/constituency.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pamoja {

namespace {
constexpr int PreviewRows = 200;
}

ImportIdeasDialog::ImportIdeasDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_parsed(Error{QString()}), m_summary(new QLabel(this)),
      m_mappingBox(new QGroupBox(tr("Columns"), this)), m_textColumns(new QListWidget(this)), m_step(new QComboBox(this)),
      m_preview(new QTableWidget(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importIdeasDialog"));
    setWindowTitle(tr("Import Ideas"));
    m_fileName = QFileInfo(path).fileName();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Tables: which column holds the ideas (several for a form: one idea per answer), and the others.
    m_textColumns->setAccessibleName(tr("Columns holding ideas"));
    m_textColumns->setMaximumHeight(110);
    auto *mapping = new QFormLayout(m_mappingBox);
    mapping->addRow(tr("&Ideas from:"), m_textColumns);
    const QList<QPair<QString, QString>> roles{{QStringLiteral("author"), tr("&Name:")},
                                               {QStringLiteral("constituency"), tr("C&onstituency:")},
                                               {QStringLiteral("step"), tr("S&tep:")},
                                               {QStringLiteral("language"), tr("&Language:")},
                                               {QStringLiteral("prompt"), tr("&Prompt:")}};
    for (const auto &[role, label] : roles) {
        auto *box = new QComboBox(this);
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        mapping->addRow(label, box);
        m_columns.append({role, box});
        connect(box, &QComboBox::currentIndexChanged, this, &ImportIdeasDialog::reparse);
    }
    connect(m_textColumns, &QListWidget::itemChanged, this, &ImportIdeasDialog::reparse);

    for (int s = step::First; s <= step::Last; ++s)
        m_step->addItem(step::label(s), s);
    m_step->setAccessibleName(tr("Step for ideas that name none"));
    m_step->setCurrentIndex(std::max(0, m_step->findData(workspace->step())));
    connect(m_step, &QComboBox::currentIndexChanged, this, &ImportIdeasDialog::showParsed);
    auto *stepRow = new QFormLayout;
    stepRow->addRow(tr("Ideas that name no step go to:"), m_step);

    m_preview->setAccessibleName(tr("Preview of the ideas to import"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Import messages"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPushButton *ok = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportIdeasDialog::importIdeas);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_mappingBox);
    layout->addLayout(stepRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(760, 560);

    readFile(path);
}

QComboBox *ImportIdeasDialog::columnBox(const QString &role) const
{
    for (const auto &[r, box] : m_columns)
        if (r == role)
            return box;
    return nullptr;
}

void ImportIdeasDialog::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_parsed = Error{tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString())};
    } else if (f.size() > ideaimport::MaxBytes) {
        m_parsed = Error{tr("The file is larger than 32 MB; split it into smaller files.")};
    } else {
        m_bytes = f.read(ideaimport::MaxBytes + 1);
        m_parsed = ideaimport::parse(m_bytes, m_fileName);
        if (m_parsed) {
            m_header = m_parsed->header;
            m_mapping = m_parsed->mapping;
        } else {
            // A table whose columns cannot be guessed: read its header so they can be chosen here.
            ideaimport::Mapping probe;
            probe.textColumns = {0};
            if (auto p = ideaimport::parse(m_bytes, m_fileName, probe); p && !p->header.isEmpty())
                m_header = p->header;
        }
    }
    fillMapping();
    showParsed();
}

// The controls show the mapping the parse used (the guess, or the facilitator's choice).
void ImportIdeasDialog::fillMapping()
{
    m_mappingBox->setVisible(!m_header.isEmpty());
    if (m_header.isEmpty())
        return;
    m_filling = true;
    const QStringList &header = m_header;
    const ideaimport::Mapping &m = m_mapping;
    m_textColumns->clear();
    for (qsizetype c = 0; c < header.size(); ++c) {
        auto *item = new QListWidgetItem(header.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : header.at(c), m_textColumns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m.textColumns.contains(int(c)) ? Qt::Checked : Qt::Unchecked);
    }
    const QList<int> chosen{m.authorColumn, m.constituencyColumn, m.stepColumn, m.languageColumn, m.promptColumn};
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        QComboBox *box = m_columns.at(i).second;
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (qsizetype c = 0; c < header.size(); ++c)
            box->addItem(header.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : header.at(c), int(c));
        box->setCurrentIndex(std::max(0, box->findData(chosen.at(i))));
    }
    m_filling = false;
}

ideaimport::Mapping ImportIdeasDialog::mappingFromControls() const
{
    ideaimport::Mapping m = m_mapping;
    m.textColumns.clear();
    for (int c = 0; c < m_textColumns->count(); ++c)
        if (m_textColumns->item(c)->checkState() == Qt::Checked)
            m.textColumns.append(c);
    m.authorColumn = columnBox(QStringLiteral("author"))->currentData().toInt();
    m.constituencyColumn = columnBox(QStringLiteral("constituency"))->currentData().toInt();
    m.stepColumn = columnBox(QStringLiteral("step"))->currentData().toInt();
    m.languageColumn = columnBox(QStringLiteral("language"))->currentData().toInt();
    m.promptColumn = columnBox(QStringLiteral("prompt"))->currentData().toInt();
    return m;
}

void ImportIdeasDialog::reparse()
{
    if (m_filling || m_bytes.isEmpty())
        return;
    // The controls stay as the facilitator set them, also when the choice cannot be imported yet.
    m_mapping = mappingFromControls();
    m_parsed = ideaimport::parse(m_bytes, m_fileName, m_mapping);
    showParsed();
}

bool ImportIdeasDialog::canImport() const
{
    return m_parsed && !m_parsed->rows.isEmpty() && m_workspace->document() && !m_workspace->document()->isReadOnly();
}

void ImportIdeasDialog::showParsed()
{
    m_preview->clear();
    const QStringList headers{tr("Line"), tr("Idea"), tr("Step"), tr("Prompt"), tr("Name"), tr("Constituency")};
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    auto *ok = m_buttons->findChild<QPushButton *>(QStringLiteral("importButton"));
    if (!m_parsed) {
        m_summary->setText(tr("<b>%1</b> cannot be imported.").arg(m_fileName.toHtmlEscaped()));
        m_message->setText(m_parsed.error());
        m_preview->setRowCount(0);
        ok->setEnabled(false);
        return;
    }
    const ideaimport::Parsed &p = *m_parsed;
    const int defaultStep = m_step->currentData().toInt();
    m_summary->setText(tr("<b>%1</b>: %2, %3. %n idea(s) to import.", nullptr, int(p.rows.size()))
                           .arg(m_fileName.toHtmlEscaped(), ideaimport::formatName(p.format), p.encoding.toHtmlEscaped()));
    const int shown = int(std::min<qsizetype>(p.rows.size(), PreviewRows));
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const ideaimport::Row &row = p.rows.at(r);
        const QStringList cells{QString::number(row.line), row.text, step::label(row.step ? row.step : defaultStep), row.prompt,
                                row.author.isEmpty() ? tr("anonymous") : row.author, row.constituency};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // What the plan would say (unknown names, prompts, constituencies) before anything changes.
    QStringList notes = p.warnings;
    if (const Document *doc = m_workspace->document()) {
        if (auto plan = ideaimport::plan(doc->data(), p, defaultStep))
            notes = plan->warnings;
        else
            notes.prepend(plan.error());
    }
    if (p.rows.size() > PreviewRows)
        notes.append(tr("The preview shows the first %1 ideas; all %2 are imported.").arg(PreviewRows).arg(p.rows.size()));
    m_message->setText(notes.join(QLatin1Char('\n')));
    ok->setEnabled(canImport());
}

bool ImportIdeasDialog::importIdeas()
{
    Document *doc = m_workspace->document();
    if (!canImport() || !doc)
        return false;
    auto plan = ideaimport::plan(doc->data(), *m_parsed, m_step->currentData().toInt());
    if (!plan) {
        m_message->setText(plan.error());
        return false;
    }
    if (!m_workspace->apply(plan->changes, tr("Import %n idea(s)", nullptr, plan->ideas))) {
        m_message->setText(tr("Nothing was imported; the message bar says why."));
        return false;
    }
    accept();
    return true;
}

} // namespace pamoja
