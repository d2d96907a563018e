#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace pamoja {

class Workspace;
struct ExportOptions;

// Opens the Export dialog for the workspace's document (File > Export...).
void showExportDialog(pamoja::Workspace *workspace, QWidget *parent);

// Format, report language, paper, what to include and PDF/A; a print preview; the export runs off
// the GUI thread with progress and cancel. The last choices are remembered.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // For tests: the options the dialog would export with.
    ExportOptions options() const;
    void setOutput(const QString &path);
    void setFormat(const QString &code);
    bool isExporting() const { return m_thread != nullptr; }
    // For tests: the thread of the export under way, if any.
    QThread *exportThread() const { return m_thread; }

public Q_SLOTS:
    void startExport();
    void cancelExport();
    void showPreview();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void updateState();
    void browse();
    void loadSettings();
    void saveSettings() const;
    void finish(bool ok, const QString &message);

    Workspace *m_workspace;
    QComboBox *m_format;
    QComboBox *m_language;
    QComboBox *m_paper;
    QCheckBox *m_steps, *m_votes, *m_links, *m_actions, *m_balance, *m_factors, *m_translations, *m_log, *m_pdfA;
    QLineEdit *m_output;
    QPushButton *m_browse, *m_preview, *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Pages done and in all (done << 32 | total), written by the worker, read by m_poll on the GUI
    // thread: the worker never calls into Qt's event queue, so nothing crosses threads but atomics.
    std::shared_ptr<std::atomic<quint64>> m_pages;
    QTimer *m_poll;
    void showPages();
};

} // namespace pamoja
