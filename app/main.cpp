#include "cli.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pamojaversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pamoja"));
    QCoreApplication::setApplicationName(QStringLiteral("Pamoja"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAMOJA_VERSION));
}

QtMessageHandler g_previousHandler = nullptr;

// Qt notes every font it passes over on its way to one that can shape a script ("OpenType support
// missing for "Noto Sans", script 11"). Passing over is what the report's list of fonts is for; the
// note would only alarm someone exporting from a terminal. Every other message goes through.
void quietFontFallback(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.trimmed().startsWith(QLatin1StringView("OpenType support missing for")))
        return;
    g_previousHandler(type, context, message);
}

bool hasDisplay()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true; // the desktop is always there; only X11 and Wayland say so in the environment
#else
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (pamoja::cli::isSubcommand(args) && args.value(1) == QLatin1StringView("export")) {
        // Reports need Qt Gui (fonts, painting) but never a screen: without a display, draw offscreen.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietFontFallback);
        QGuiApplication app(argc, argv);
        setIdentity();
        pamoja::i18n::install(pamoja::i18n::preferredLanguage());
        return pamoja::cli::run(args);
    }

    if (pamoja::cli::isSubcommand(args)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        pamoja::i18n::install(pamoja::i18n::preferredLanguage());
        return pamoja::cli::run(args);
    }

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        pamoja::i18n::install(pamoja::i18n::preferredLanguage());
        QTextStream(stderr) << QCoreApplication::translate(
            "pamoja::Main",
            "pamoja: no display found. Run it on a desktop, under a virtual display (xvfb-run pamoja FILE), "
            "or with QT_QPA_PLATFORM=offscreen for a headless start. The subcommands (pamoja help) need no "
            "display.\n");
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/pamoja.svg")));
    // Lets Wayland compositors match the window to the installed menu entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pamoja.Pamoja"));
    pamoja::i18n::install(pamoja::i18n::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("pamoja::Main", "Envisioning workshops, together."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Main", "A workshop file to open."));
    parser.process(app);

    pamoja::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().first());
    return app.exec();
}
