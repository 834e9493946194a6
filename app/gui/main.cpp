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

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("LANG"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window and quit."),
                                  QStringLiteral("FILE"));
    parser.addOption(lang);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("The database file to open."));
    parser.process(app);
    jx::Translations::install(app, parser.value(lang));
    QApplication::setApplicationDisplayName(QApplication::translate("MainWindow", "Jixiao"));

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
