#include "core/i18n/Translations.h"
#include "ui/common/Settings.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jixiao"));
    QApplication::setOrganizationName(QStringLiteral("jixiao"));
    QApplication::setApplicationDisplayName(QStringLiteral("Jixiao"));
    QApplication::setApplicationVersion(QStringLiteral(JIXIAO_VERSION));

    // The language first, so that --help is translated too.
    QString language;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    jx::Translations::install(app, language);
    QApplication::setApplicationDisplayName(QApplication::translate("MainWindow", "Jixiao"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Budget performance management"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Language: zh_CN (default) or en."),
                            QStringLiteral("LANG"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE"));
    parser.addOption(lang);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("database"), QApplication::translate("main", "The database file to open."));
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

    if (parser.isSet(screenshot)) {
        // Once the event loop has laid out and filled the window.
        QTimer::singleShot(500, &window, [&window, file = parser.value(screenshot)] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
