#include "newworkshopdialog.h"

#include "messagebox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

#include <optional>

namespace pamoja {

namespace {
std::optional<std::pair<QString, QString>> &prepared()
{
    static std::optional<std::pair<QString, QString>> answer;
    return answer;
}
} // namespace

NewWorkshopDialog::NewWorkshopDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_path(new QLineEdit(this))
{
    setWindowTitle(tr("New Workshop"));
    setAccessibleName(tr("New workshop"));
    auto *form = new QFormLayout(this);
    m_title->setAccessibleName(tr("Workshop title"));
    m_path->setAccessibleName(tr("Workshop file"));
    form->addRow(tr("&Title:"), m_title);
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setAccessibleName(tr("Choose the workshop file"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    form->addRow(tr("&File:"), row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(docs).filePath(tr("workshop") + QStringLiteral(".pamoja")));
    connect(browse, &QPushButton::clicked, this, &NewWorkshopDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewWorkshopDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &NewWorkshopDialog::updateOk);
    updateOk();
}

QString NewWorkshopDialog::title() const
{
    return m_title->text().trimmed();
}

QString NewWorkshopDialog::filePath() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QStringLiteral(".pamoja")))
        p += QStringLiteral(".pamoja");
    return p;
}

void NewWorkshopDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NewWorkshopDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void NewWorkshopDialog::updateOk()
{
    m_ok->setEnabled(!title().isEmpty() && !filePath().isEmpty());
}

void NewWorkshopDialog::browse()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Workshop File"), m_path->text(),
                                                     tr("Pamoja workshops (*.pamoja)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void NewWorkshopDialog::setNextAnswer(const QString &title, const QString &path)
{
    prepared() = std::make_pair(title, path);
}

bool NewWorkshopDialog::ask(QWidget *parent, QString *title, QString *path)
{
    if (prepared()) {
        *title = prepared()->first;
        *path = prepared()->second;
        prepared().reset();
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
