#include "mainwindow.h"

namespace pamoja {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Pamoja"));
}

bool MainWindow::openFile(const QString &)
{
    return false;
}

} // namespace pamoja
