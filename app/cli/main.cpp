#include "app/cli/Cli.h"
#include "core/i18n/Translations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTextStream>
#ifdef JIXIAO_CLI_PDF
#include <QGuiApplication>
#endif

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

#ifdef JIXIAO_CLI_PDF
/// Whether the command writes a PDF report: only then is a Gui application needed (fonts, painting).
bool writesPdf(int argc, char* argv[])
{
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "report") == 0)
            report = true;
        else if (std::strcmp(a, "--format=pdf") == 0 || (std::strcmp(a, "--format") == 0 && i + 1 < argc
                                                          && std::strcmp(argv[i + 1], "pdf") == 0))
            pdf = true;
        else if (QByteArray(a).toLower().endsWith(".pdf"))
            pdf = true;
    }
    return report && pdf;
}
#endif

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
#ifdef JIXIAO_CLI_PDF
    if (writesPdf(argc, argv)) {
        // Painting pages needs no screen: without one, the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!application)
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
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
