#pragma once

#include <QMainWindow>

namespace pamoja {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);
};

} // namespace pamoja
