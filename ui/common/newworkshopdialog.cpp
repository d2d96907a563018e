#include "newworkshopdialog.h"

#include "messagebox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <optional>

namespace pamoja {

namespace {
std::optional<std::pair<QString, QString>> &preparedNewWorkshop()
{
    static std::optional<std::pair<QString, QString>> answer;
    return answer;
}

const QString Suffix = QStringLiteral(".pamoja");

// Letters and digits of any script are kept (a file manager shows them); everything else, including
// path separators, dots and spaces, becomes one dash. Long titles are cut to keep paths portable.
QString safeStem(const QString &title)
{
    QString out;
    bool dash = false;
    for (const QChar c : title) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            dash = false;
            out += c;
        } else {
            dash = true;
        }
        if (out.size() >= 60)
            break;
    }
    return out;
}
} // namespace

NewWorkshopDialog::NewWorkshopDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_path(new QLineEdit(this)), m_folder(defaultFolder())
{
    setWindowTitle(tr("New Workshop"));
    setAccessibleName(tr("New workshop"));
    auto *form = new QFormLayout(this);
    m_title->setAccessibleName(tr("Workshop title"));
    m_path->setAccessibleName(tr("Workshop file"));
    form->addRow(tr("&Title:"), m_title);
    auto *fileBox = new QWidget(this);
    auto *column = new QVBoxLayout(fileBox);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse\u2026"), fileBox);
    browse->setAccessibleName(tr("Choose the workshop file"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    column->addLayout(row);
    m_problem = new QLabel(fileBox);
    m_problem->setObjectName(QStringLiteral("fileProblem"));
    m_problem->setAccessibleName(tr("Problem with the workshop file"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warn);
    m_problem->hide();
    column->addWidget(m_problem);
    // The field is a row of widgets, so the label needs its buddy set by hand: otherwise it shows
    // a literal "&File:" and Alt+F does nothing.
    m_fileLabel = new QLabel(tr("&File:"), this);
    m_fileLabel->setBuddy(m_path);
    form->addRow(m_fileLabel, fileBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    m_path->setText(suggestedPath(m_folder, QString()));
    setMinimumWidth(520);
    connect(browse, &QPushButton::clicked, this, &NewWorkshopDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkshopDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewWorkshopDialog::titleEdited);
    // textEdited, not textChanged: only the facilitator's own typing stops the name following the title.
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        showProblem(QString());
        updateOk();
    });
    updateOk();
}

QString NewWorkshopDialog::defaultFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!docs.isEmpty() && QDir().mkpath(docs) && QFileInfo(docs).isWritable())
        return QDir::cleanPath(docs);
    return QDir::homePath();
}

QString NewWorkshopDialog::suggestedPath(const QString &folder, const QString &title)
{
    QString stem = safeStem(title.trimmed());
    if (stem.isEmpty())
        stem = tr("workshop");
    const QDir dir(folder);
    QString path = dir.filePath(stem + Suffix);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".lock")); ++n)
        path = dir.filePath(QStringLiteral("%1-%2").arg(stem, QString::number(n)) + Suffix);
    return path;
}

QString NewWorkshopDialog::problemWith(const QString &path)
{
    if (path.isEmpty())
        return tr("Choose a file for the workshop.");
    const QFileInfo fi(path);
    const QString name = QDir::toNativeSeparators(fi.absoluteFilePath());
    if (fi.exists())
        return tr("%1 already exists; choose another name.").arg(name);
    const QFileInfo dir(fi.absolutePath());
    const QString folder = QDir::toNativeSeparators(dir.absoluteFilePath());
    if (!dir.exists())
        return tr("The folder %1 does not exist; choose another folder with Browse.").arg(folder);
    if (!dir.isDir() || !dir.isWritable())
        return tr("You cannot save in the folder %1; choose another folder with Browse.").arg(folder);
    return {};
}

QString NewWorkshopDialog::title() const
{
    return m_title->text().trimmed();
}

QString NewWorkshopDialog::filePath() const
{
    QString p = m_path->text().trimmed();
    if (p.startsWith(QStringLiteral("~/")))
        p = QDir::home().filePath(p.mid(2));
    if (!p.isEmpty() && !p.endsWith(Suffix))
        p += Suffix;
    return p;
}

QString NewWorkshopDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void NewWorkshopDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NewWorkshopDialog::setFilePath(const QString &path)
{
    m_pathEdited = true;
    m_path->setText(path);
}

void NewWorkshopDialog::titleEdited()
{
    if (!m_pathEdited)
        m_path->setText(suggestedPath(m_folder, m_title->text()));
    updateOk();
}

void NewWorkshopDialog::updateOk()
{
    m_ok->setEnabled(!title().isEmpty() && !filePath().isEmpty());
}

void NewWorkshopDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void NewWorkshopDialog::accept()
{
    if (title().isEmpty())
        return;
    if (const QString problem = problemWith(filePath()); !problem.isEmpty()) {
        showProblem(problem);
        m_path->setFocus();
        m_path->selectAll();
        return; // the dialog stays open with everything typed
    }
    QDialog::accept();
}

void NewWorkshopDialog::browse()
{
    const QString path =
        FileDialog::getSaveFileName(this, tr("Workshop File"), filePath(), tr("Pamoja workshops (*.pamoja)"));
    if (path.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(path);
}

void NewWorkshopDialog::setNextAnswer(const QString &title, const QString &path)
{
    preparedNewWorkshop() = std::make_pair(title, path);
}

bool NewWorkshopDialog::ask(QWidget *parent, QString *title, QString *path)
{
    if (preparedNewWorkshop()) {
        *title = preparedNewWorkshop()->first;
        *path = preparedNewWorkshop()->second;
        preparedNewWorkshop().reset();
        return !title->isEmpty();
    }
    NewWorkshopDialog dlg(parent);
    if (dlg.exec() != QDialog::Accepted)
        return false;
    *title = dlg.title();
    *path = dlg.filePath();
    return true;
}

} // namespace pamoja
