#include "app/cli/Cli.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jixiao"));
    QCoreApplication::setOrganizationName(QStringLiteral("jixiao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIXIAO_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QString language;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            language = args.at(i).mid(7);
            args.remove(i);
            break;
        }
    }
    jx::Translations::install(app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    jx::Cli cli(out, err);
    return cli.run(args);
}
