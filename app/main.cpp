#include "cli.h"
#include "i18n.h"
#include "mainwindow.h"
#include "pamojaversion.h"
#include "process/processsetup.h"

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

// A language that cannot be loaded is said once (in English then), and the run goes on.
void installLanguage()
{
    const QString code = pamoja::i18n::preferredLanguage();
    if (!pamoja::i18n::install(code))
        QTextStream(stderr) << QCoreApplication::translate("pamoja::Main", "pamoja: the interface language \"%1\" could not "
                                                                           "be loaded; continuing in English.\n")
                                   .arg(code);
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

    // Before any application object: Qt complains on stderr when the runtime folder is missing.
    pamoja::process::ensureRuntimeDir();
    const pamoja::cli::Route route = pamoja::cli::route(args);

    if (route == pamoja::cli::Route::Subcommand && args.value(1) == QLatin1StringView("export")) {
        // Reports need Qt Gui (fonts, painting) but never a screen: without a display, draw offscreen.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        pamoja::process::quietFontFallback();
        QGuiApplication app(argc, argv);
        setIdentity();
        installLanguage();
        return pamoja::cli::run(args);
    }

    if (route == pamoja::cli::Route::Capture) {
        const bool help = args.contains(QLatin1StringView("--help")) || args.contains(QLatin1StringView("-h"));
        if (help || !hasDisplay()) {
            QCoreApplication app(argc, argv);
            setIdentity();
            installLanguage();
            return pamoja::cli::runCapture(args); // help, or the message that a display is needed
        }
        pamoja::process::quietFontFallback();
        QApplication app(argc, argv);
        setIdentity();
        app.setWindowIcon(QIcon(QStringLiteral(":/icons/pamoja.svg")));
        QGuiApplication::setDesktopFileName(QStringLiteral("org.pamoja.Pamoja"));
        installLanguage();
        return pamoja::cli::runCapture(args);
    }

    // Subcommands, and anything that is neither a subcommand nor a file to open (a mistyped command
    // must say so, never open a window and leave a script waiting).
    if (route != pamoja::cli::Route::Window) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installLanguage();
        return pamoja::cli::run(args);
    }

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installLanguage();
        QTextStream(stderr) << QCoreApplication::translate(
            "pamoja::Main",
            "pamoja: no display found. Run it on a desktop, under a virtual display (xvfb-run pamoja FILE), "
            "or with QT_QPA_PLATFORM=offscreen for a headless start. The subcommands (pamoja help) need no "
            "display.\n");
        return 2;
    }

    pamoja::process::quietFontFallback();
    QApplication app(argc, argv);
    setIdentity();
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/pamoja.svg")));
    // Lets Wayland compositors match the window to the installed menu entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pamoja.Pamoja"));
    installLanguage();

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
