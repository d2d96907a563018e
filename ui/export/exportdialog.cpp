#include "exportdialog.h"

#include "common/messagebox.h"
#include "exportformats.h"
#include "i18n.h"
#include "reportpainter.h"
#include "threadhandoff.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace pamoja {

void showExportDialog(Workspace *workspace, QWidget *parent)
{
    auto *dialog = new ExportDialog(workspace, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

namespace {
const auto Group = QStringLiteral("export");
} // namespace

ExportDialog::ExportDialog(Workspace *workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    for (const QString &code : exportFormatCodes())
        m_format->addItem(exportFormatName(code), code);
    form->addRow(tr("&Format:"), m_format);
    m_language = new QComboBox(this);
    for (const QString &code : i18n::supportedLanguages())
        // Each language in its own words; QLocale calls English "American English".
        m_language->addItem(code == QLatin1StringView("en") ? QStringLiteral("English") : i18n::nativeName(code), code);
    form->addRow(tr("Report &language:"), m_language);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    form->addRow(tr("&Paper:"), m_paper);

    auto *include = new QGroupBox(tr("Include"), this);
    auto *includeLayout = new QVBoxLayout(include);
    auto box = [&](const QString &text) {
        auto *c = new QCheckBox(text, include);
        c->setChecked(true);
        includeLayout->addWidget(c);
        return c;
    };
    m_steps = box(tr("Prompts, clusters and ideas"));
    m_votes = box(tr("Voting results"));
    m_links = box(tr("System changes and their links"));
    m_actions = box(tr("Action plan"));
    m_balance = box(tr("Participation balance"));
    m_factors = box(tr("Factor coverage"));
    m_translations = box(tr("Translations beside the ideas (machine translations marked as such)"));
    m_translations->setObjectName(QStringLiteral("includeTranslations"));
    m_log = box(tr("Appendix: facilitator intervention log"));
    m_log->setChecked(false);
    m_pdfA = new QCheckBox(tr("Archival PDF (PDF/A-1b)"), this);

    m_output = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(m_browse);
    auto *outLabel = new QLabel(tr("&Save as:"), this);
    outLabel->setBuddy(m_output);
    form->addRow(outLabel, outRow);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExportDialog::showPages);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    m_preview = m_buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(include);
    layout->addWidget(m_pdfA);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name, change its suffix.
        const QString path = m_output->text();
        if (!path.isEmpty()) {
            const QFileInfo fi(path);
            m_output->setText(fi.dir().filePath(fi.completeBaseName() + QLatin1Char('.') +
                                                exportFileSuffix(m_format->currentData().toString())));
        }
        updateState();
    });
    connect(m_output, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_preview, &QPushButton::clicked, this, &ExportDialog::showPreview);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    loadSettings();
    updateState();
}

ExportDialog::~ExportDialog()
{
    // Closed while exporting: the worker is told to stop, joined and deleted; the file it was
    // writing is left as it was.
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete std::exchange(m_thread, nullptr);
    }
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = m_format->currentData().toString();
    o.output = m_output->text().trimmed();
    o.language = m_language->currentData().toString();
    o.paper = m_paper->currentData().toString();
    o.pdfA = m_pdfA->isChecked();
    o.content.steps = m_steps->isChecked();
    o.content.votes = m_votes->isChecked();
    o.content.links = m_links->isChecked();
    o.content.actions = m_actions->isChecked();
    o.content.balance = m_balance->isChecked();
    o.content.factors = m_factors->isChecked();
    o.content.interventions = m_log->isChecked();
    o.content.translations = m_translations->isChecked();
    return o;
}

void ExportDialog::setOutput(const QString &path)
{
    m_output->setText(path);
}

void ExportDialog::setFormat(const QString &code)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(code)));
}

void ExportDialog::updateState()
{
    const QString f = m_format->currentData().toString();
    const bool report = f == QLatin1StringView("pdf") || f == QLatin1StringView("odt") || f == QLatin1StringView("html") ||
                        f == QLatin1StringView("md");
    const bool busy = m_thread != nullptr;
    const bool doc = m_workspace && m_workspace->document();
    m_paper->setEnabled(!busy && f == QLatin1StringView("pdf"));
    m_pdfA->setEnabled(!busy && f == QLatin1StringView("pdf"));
    m_language->setEnabled(!busy && f != QLatin1StringView("json"));
    for (QCheckBox *c : {m_steps, m_votes, m_links, m_actions, m_balance, m_factors, m_translations, m_log})
        c->setEnabled(!busy && report);
    m_format->setEnabled(!busy);
    m_output->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_preview->setEnabled(!busy && doc && f == QLatin1StringView("pdf"));
    m_export->setEnabled(!busy && doc && !m_output->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("Cancel") : tr("Close"));
    if (f == QLatin1StringView("csv"))
        m_status->setText(tr("Writes three files: %1").arg(csvOutputPaths(m_output->text().trimmed()).join(QStringLiteral(", "))));
    else if (!busy)
        m_status->clear();
}

void ExportDialog::browse()
{
    const QString f = m_format->currentData().toString();
    const QString path = FileDialog::getSaveFileName(this, tr("Export as"), m_output->text(),
                                                      tr("%1 (*.%2)").arg(exportFormatName(f), exportFileSuffix(f)));
    if (!path.isEmpty())
        m_output->setText(path);
}

void ExportDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(Group);
    setFormat(s.value(QStringLiteral("format"), QStringLiteral("pdf")).toString());
    const Document *doc = m_workspace ? m_workspace->document() : nullptr;
    const QString lang = s.value(QStringLiteral("language"), doc ? defaultReportLanguage(doc->data()) : i18n::preferredLanguage()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(lang)));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(s.value(QStringLiteral("paper"), QStringLiteral("a4")))));
    m_pdfA->setChecked(s.value(QStringLiteral("pdfa"), false).toBool());
    const QList<QPair<QCheckBox *, QString>> boxes{{m_steps, QStringLiteral("steps")}, {m_votes, QStringLiteral("votes")},
                                                   {m_links, QStringLiteral("links")}, {m_actions, QStringLiteral("actions")},
                                                   {m_balance, QStringLiteral("balance")}, {m_factors, QStringLiteral("factors")},
                                                   {m_translations, QStringLiteral("translations")}, {m_log, QStringLiteral("interventions")}};
    for (const auto &[box, key] : boxes)
        box->setChecked(s.value(QStringLiteral("include/") + key, box->isChecked()).toBool());
    const QString folder = s.value(QStringLiteral("folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString base = doc ? QFileInfo(doc->path()).completeBaseName() : tr("report");
    m_output->setText(QDir(folder).filePath(base + QLatin1Char('.') + exportFileSuffix(m_format->currentData().toString())));
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(Group);
    const ExportOptions o = options();
    s.setValue(QStringLiteral("format"), o.format);
    s.setValue(QStringLiteral("language"), o.language);
    s.setValue(QStringLiteral("paper"), o.paper);
    s.setValue(QStringLiteral("pdfa"), o.pdfA);
    s.setValue(QStringLiteral("include/steps"), o.content.steps);
    s.setValue(QStringLiteral("include/votes"), o.content.votes);
    s.setValue(QStringLiteral("include/links"), o.content.links);
    s.setValue(QStringLiteral("include/actions"), o.content.actions);
    s.setValue(QStringLiteral("include/balance"), o.content.balance);
    s.setValue(QStringLiteral("include/factors"), o.content.factors);
    s.setValue(QStringLiteral("include/interventions"), o.content.interventions);
    s.setValue(QStringLiteral("include/translations"), o.content.translations);
    s.setValue(QStringLiteral("folder"), QFileInfo(o.output).absolutePath());
}

void ExportDialog::startExport()
{
    if (m_thread || !m_workspace || !m_workspace->document())
        return;
    saveSettings();
    ExportOptions o = options();
    // The worker gets its own copy of the data: the facilitator may keep working meanwhile.
    const Document *doc = m_workspace->document();
    auto data = std::make_shared<WorkshopData>(doc->data());
    QList<HistoryEntry> history;
    if (o.content.interventions) {
        auto read = doc->store().history();
        if (!read) {
            m_status->setText(read.error());
            return;
        }
        history = std::move(*read);
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    o.cancel = m_cancel.get();
    m_pages = std::make_shared<std::atomic<quint64>>(0);
    auto pages = m_pages;
    o.progress = [pages](int done, int total) {
        if (total > 0)
            pages->store(quint64(quint32(done)) << 32 | quint32(total), std::memory_order_relaxed);
        return true;
    };
    auto result = std::make_shared<Status>();
    auto cancel = m_cancel; // keeps the flag alive as long as the worker
    tsan::handOff(result.get());
    m_thread = QThread::create([data, history, o, result, cancel] {
        tsan::tookOver(result.get());
        *result = exportWorkshop(*data, history, o);
        tsan::handOff(result.get());
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        // Joined before the result is read (returns at once: the thread has finished).
        m_thread->wait();
        tsan::tookOver(result.get());
        finish(result->isOk(), result->isOk() ? tr("Exported to %1.").arg(QDir::toNativeSeparators(m_output->text()))
                                              : result->error());
    });
    m_progress->setRange(0, 0); // busy until the first page
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting..."));
    m_thread->start();
    m_poll->start();
    updateState();
}

void ExportDialog::showPages()
{
    if (!m_pages)
        return;
    const quint64 v = m_pages->load(std::memory_order_relaxed);
    const int done = int(v >> 32), total = int(v & 0xffffffffu);
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
}

void ExportDialog::finish(bool ok, const QString &message)
{
    m_poll->stop();
    showPages(); // the last pages the worker reported
    if (m_thread) {
        m_thread->wait();
        delete std::exchange(m_thread, nullptr);
    }
    m_progress->setVisible(false);
    updateState();
    m_status->setText(message);
    Q_EMIT exportFinished(ok, message);
}

void ExportDialog::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::reject()
{
    if (m_thread) {
        cancelExport();
        return;
    }
    saveSettings();
    QDialog::reject();
}

void ExportDialog::showPreview()
{
    if (!m_workspace || !m_workspace->document())
        return;
    const ExportOptions o = options();
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(o.paper == QLatin1StringView("letter") ? QPageSize::Letter : QPageSize::A4),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Report preview"));
    const WorkshopData &data = m_workspace->document()->data();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        ReportInput in;
        in.language = o.language;
        in.content = o.content;
        if (o.content.interventions) {
            auto read = m_workspace->document()->store().history();
            if (!read) {
                m_status->setText(read.error());
                return;
            }
            in.history = std::move(*read);
        }
        const Report report = buildReport(data, in);
        if (auto painted = paintReport(report, p); !painted)
            m_status->setText(painted.error());
    });
    preview.exec();
}

} // namespace pamoja
