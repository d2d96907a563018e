#pragma once

#include <QDialog>

class QComboBox;

namespace pamoja {

// Application settings: the interface language (applies after a restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    void save();

private:
    QComboBox *m_language;
};

} // namespace pamoja
