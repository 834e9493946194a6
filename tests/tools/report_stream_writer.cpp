// Writes a report whose sheet streams ROWS rows to FILE.xlsx and prints the rows written and the
// process's peak resident memory (VmHWM), for TestReportStreamMemory and docs/benchmarks.md.
//   report_stream_writer ROWS FILE.xlsx
#include "core/io/ReportWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace jx;

namespace {

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const qint64 rows = args.at(1).toLongLong();
    ReportDocument d;
    d.name = QStringLiteral("stream");
    d.title = QStringLiteral("绩效监控预警清单");
    ReportSheet s;
    s.name = QStringLiteral("预警清单");
    s.title = d.title;
    s.subtitle = QStringLiteral("（2025年度）");
    s.preambleLeft = QStringLiteral("行政区划：新疆维吾尔自治区");
    s.preambleRight = QStringLiteral("单位：万元");
    const QStringList headers { QStringLiteral("序号"), QStringLiteral("项目编码"), QStringLiteral("项目名称"),
                                QStringLiteral("预算单位"), QStringLiteral("预算金额"), QStringLiteral("执行数"),
                                QStringLiteral("执行率"), QStringLiteral("预警情况") };
    for (int c = 0; c < headers.size(); ++c)
        s.set(0, c, ReportCell::textCell(headers.at(c), ReportCellRole::Header));
    s.headerRows = 1;
    s.footerLines << QStringLiteral("单位负责人：        填表人：        填报日期：");
    s.streamRowEstimate = rows;
    s.stream = [rows](const ReportRowSink& sink) -> Result<qint64> {
        for (qint64 i = 0; i < rows; ++i) {
            const ReportRow row { ReportCell::decimal(i + 1, 0),
                                  ReportCell::textCell(QStringLiteral("65%1").arg(i, 10, 10, QLatin1Char('0'))),
                                  ReportCell::textCell(QStringLiteral("农村公路养护项目第%1号").arg(i)),
                                  ReportCell::textCell(QStringLiteral("喀什市交通运输局")),
                                  ReportCell::money(Money::fromFen(1'000'000 + i * 137)),
                                  ReportCell::money(Money::fromFen(600'000 + i * 71)),
                                  ReportCell::percent(4'000 + i % 6'000, 2),
                                  ReportCell::textCell(QStringLiteral("执行进度滞后于时间进度")) };
            if (!sink(row))
                return i;
        }
        return rows;
    };
    d.sheets << s;
    QElapsedTimer timer;
    timer.start();
    Result<qint64> written = ReportWriter::write(d, ReportFormat::Xlsx, args.at(2));
    QTextStream out(stdout);
    if (!written) {
        QTextStream(stderr) << written.message() << Qt::endl;
        return 1;
    }
    out << "rows " << *written << " ms " << timer.elapsed() << " peak_kib " << peakKiB() << Qt::endl;
    return 0;
}
