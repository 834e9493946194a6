#include "core/i18n/Translations.h"
#include "ui/common/Settings.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    QCoreApplication::setOrganizationName(QStringLiteral("jixiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIXIAO_VERSION));
}

/// The language asked for on the command line, else the one chosen in the settings (empty: the system's).
QString requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return jx::Settings::value(jx::Settings::Key::Language).toString();
}

struct Options
{
    QCommandLineOption lang { QStringLiteral("lang"),
                              QCoreApplication::translate("main", "Language: zh_CN (default) or en."),
                              QStringLiteral("LANG") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
                                    QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                    QStringLiteral("FILE") };
};

void describe(QCommandLineParser& parser, Options& options)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Budget performance management"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.lang);
    parser.addOption(options.screenshot);
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QCoreApplication::translate("main", "The database file to open."));
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version answer without a window, so without a display: a console
    // application reads the command line first and goes away before the window's comes.
    {
        bool console = false;
        for (int i = 1; i < argc; ++i) {
            const QByteArray a(argv[i]);
            if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
                console = true;
        }
        if (console) {
            QCoreApplication app(argc, argv);
            nameApplication();
            jx::Translations::install(app, requestedLanguage(QCoreApplication::arguments()));
            QCommandLineParser parser;
            Options options;
            describe(parser, options);
            parser.process(app); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    nameApplication();
    jx::Translations::install(app, requestedLanguage(QApplication::arguments()));
    QApplication::setApplicationDisplayName(QApplication::translate("MainWindow", "Jixiao"));

    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);

    jx::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openDatabase(files.constFirst());
    } else if (const QString last = jx::Settings::lastDatabase(); !last.isEmpty() && QFileInfo::exists(last)) {
        window.openDatabase(last);
    } else {
        // First start: a demo database in the user's data directory, created once.
        const QString demo = jx::MainWindow::defaultDemoPath();
        if (QFileInfo::exists(demo))
            window.openDatabase(demo);
        else
            window.createDemoDatabase(demo);
    }

    if (parser.isSet(options.screenshot)) {
        // Once the event loop has laid out and filled the window.
        QTimer::singleShot(1500, &window, [&window, file = parser.value(options.screenshot)] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
