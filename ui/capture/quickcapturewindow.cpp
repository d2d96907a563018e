#include "quickcapturewindow.h"

#include "document.h"
#include "domain/constituency.h"
#include "edits.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace pamoja {

namespace {
constexpr int RecentShown = 12;
const QString GeometryKey = QStringLiteral("quickCapture/geometry");
}

QuickCaptureWindow::QuickCaptureWindow(Workspace *workspace, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint), m_workspace(workspace), m_title(new QLabel(this)),
      m_step(new QComboBox(this)), m_prompt(new QComboBox(this)), m_speaker(new QComboBox(this)),
      m_edit(new QLineEdit(this)), m_recent(new QListWidget(this)), m_undo(new QPushButton(tr("&Undo last capture"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("quickCapture"));
    setWindowTitle(tr("Quick capture"));
    setAccessibleName(tr("Quick capture"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    for (int s = step::First; s <= step::Last; ++s)
        m_step->addItem(step::label(s), s);
    m_step->setAccessibleName(tr("Step"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prompt->setMinimumContentsLength(24);
    m_speaker->setAccessibleName(tr("Speaker"));
    m_speaker->setToolTip(tr("Who said it; anonymous stores no name"));

    QFont big = m_edit->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_edit->setFont(big);
    m_edit->setPlaceholderText(tr("One idea, then Enter"));
    m_edit->setAccessibleName(tr("New idea"));
    m_edit->setAccessibleDescription(tr("Enter saves the idea with the time; the cursor stays here for the next one."));
    m_edit->setMaxLength(4000);
    m_edit->setClearButtonEnabled(true);

    m_recent->setAccessibleName(tr("Ideas captured in this window, newest first"));
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setWordWrap(true);
    m_undo->setAccessibleName(tr("Undo the last capture"));
    m_undo->setToolTip(tr("Removes the newest idea captured here (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Capture status"));

    auto *form = new QFormLayout;
    form->addRow(tr("S&tep:"), m_step);
    form->addRow(tr("&Prompt:"), m_prompt);
    form->addRow(tr("&Speaker:"), m_speaker);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_edit);
    layout->addWidget(m_recent, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_status);

    connect(m_edit, &QLineEdit::returnPressed, this, &QuickCaptureWindow::submit);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        undoLast();
        m_edit->setFocus();
    });
    // Ctrl+Z here undoes the last capture, never a change made in the main window; in a line with
    // text it stays the line's own undo of typing.
    for (QWidget *w : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_step), static_cast<QWidget *>(m_prompt),
                       static_cast<QWidget *>(m_speaker), static_cast<QWidget *>(m_undo)})
        w->installEventFilter(this);
    connect(m_step, &QComboBox::currentIndexChanged, this, &QuickCaptureWindow::refreshPrompts);
    connect(workspace, &Workspace::errorOccurred, this, [this](const QString &message) {
        if (isVisible())
            m_status->setText(message);
    });
    connect(workspace, &Workspace::documentChanged, this, [this](Document *doc) {
        m_captured.clear();
        watch(doc);
    });
    m_step->setCurrentIndex(std::max(0, m_step->findData(workspace->step())));
    watch(workspace->document());

    resize(420, 460);
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    m_edit->setFocus();
}

void QuickCaptureWindow::watch(Document *doc)
{
    if (doc)
        connect(doc, &Document::changed, this, [this](const ChangeSet &cs) {
            if (cs.touches(EntityKind::Participant) || cs.touches(EntityKind::Organisation))
                refreshSpeakers();
            if (cs.touches(EntityKind::Prompt))
                refreshPrompts();
            if (cs.touches(EntityKind::Workshop) || cs.touches(EntityKind::Idea))
                refresh();
        });
    refreshSpeakers();
    refreshPrompts();
    refresh();
}

bool QuickCaptureWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Undo) || (watched == m_edit && !m_edit->text().isEmpty()))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // no application shortcut takes it: it comes back as a key press
        return true;
    }
    undoLast();
    return true;
}

void QuickCaptureWindow::hideEvent(QHideEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QWidget::hideEvent(event);
}

void QuickCaptureWindow::refresh()
{
    const Document *doc = m_workspace->document();
    m_title->setText(doc ? doc->data().workshop().title : tr("No workshop is open."));
    setWindowTitle(doc ? tr("Quick capture: %1").arg(doc->data().workshop().title) : tr("Quick capture"));
    refreshRecent();
    updateEnabled();
}

void QuickCaptureWindow::refreshPrompts()
{
    const QUuid current = QUuid::fromString(m_prompt->currentData().toString());
    m_prompt->clear();
    if (const Document *doc = m_workspace->document())
        for (const Prompt &p : doc->data().prompts(m_step->currentData().toInt()))
            m_prompt->addItem(p.text, p.id.toString(QUuid::WithoutBraces));
    m_prompt->setEnabled(m_prompt->count() > 1);
    const int i = m_prompt->findData(current.toString(QUuid::WithoutBraces));
    m_prompt->setCurrentIndex(std::max(0, i));
}

void QuickCaptureWindow::refreshSpeakers()
{
    const QUuid current = QUuid::fromString(m_speaker->currentData().toString());
    m_speaker->clear();
    m_speaker->addItem(tr("Anonymous"), QString());
    if (const Document *doc = m_workspace->document())
        for (const Participant &p : doc->data().participants())
            if (p.role != QLatin1StringView("observer"))
                m_speaker->addItem(QStringLiteral("%1 (%2)").arg(p.name, constituency::label(p.constituency)),
                                   p.id.toString(QUuid::WithoutBraces));
    const int i = m_speaker->findData(current.isNull() ? QString() : current.toString(QUuid::WithoutBraces));
    m_speaker->setCurrentIndex(std::max(0, i));
}

void QuickCaptureWindow::refreshRecent()
{
    m_recent->clear();
    const Document *doc = m_workspace->document();
    if (!doc)
        return;
    int shown = 0;
    for (auto it = m_captured.crbegin(); it != m_captured.crend() && shown < RecentShown; ++it) {
        const Idea *idea = doc->data().table<Idea>().find(*it);
        if (!idea)
            continue; // removed since, here or elsewhere
        const Participant *author = doc->data().table<Participant>().find(idea->authorId);
        const QString who = author ? author->name : tr("anonymous");
        auto *item = new QListWidgetItem(tr("%1  %2 (%3)").arg(QLocale().toString(idea->created.toLocalTime().time(), QLocale::ShortFormat),
                                                               idea->text, who),
                                         m_recent);
        item->setData(Qt::UserRole, idString(idea->id));
        ++shown;
    }
}

void QuickCaptureWindow::updateEnabled()
{
    const Document *doc = m_workspace->document();
    const bool writable = doc && !doc->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_step), static_cast<QWidget *>(m_speaker)})
        w->setEnabled(writable);
    m_prompt->setEnabled(writable && m_prompt->count() > 1);
    m_undo->setEnabled(writable && m_recent->count() > 0);
    if (doc && doc->isReadOnly())
        m_status->setText(tr("This workshop is open read-only: nothing can be captured."));
}

bool QuickCaptureWindow::submit()
{
    Document *doc = m_workspace->document();
    if (!doc || m_edit->text().trimmed().isEmpty())
        return false;
    edits::IdeaDraft draft;
    draft.step = m_step->currentData().toInt();
    draft.text = m_edit->text();
    draft.authorId = QUuid::fromString(m_speaker->currentData().toString());
    draft.promptId = QUuid::fromString(m_prompt->currentData().toString());
    QUuid id;
    if (!m_workspace->apply(edits::addIdea(doc->data(), draft, &id), tr("Capture idea")))
        return false; // the text stays in the line; the status says why
    m_captured.append(id);
    m_edit->clear();
    refreshRecent();
    updateEnabled();
    m_status->setText(tr("Saved at %1. %n idea(s) captured in this window.", nullptr, int(m_captured.size()))
                          .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

bool QuickCaptureWindow::undoLast()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return false;
    while (!m_captured.isEmpty() && !doc->data().table<Idea>().contains(m_captured.last()))
        m_captured.removeLast(); // removed elsewhere already
    if (m_captured.isEmpty()) {
        m_status->setText(tr("Nothing captured here to undo."));
        return false;
    }
    const QUuid id = m_captured.last();
    const QString text = doc->data().table<Idea>().find(id)->text;
    if (!m_workspace->apply(edits::removeIdeas(doc->data(), {id}), tr("Remove captured idea")))
        return false;
    m_captured.removeLast();
    refreshRecent();
    updateEnabled();
    m_status->setText(tr("Removed \u201c%1\u201d.").arg(text));
    return true;
}

} // namespace pamoja
