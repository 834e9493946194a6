// A streamed report sheet is written in constant memory: the peak resident memory of a child
// that writes 300,000 rows is that of one that writes 30,000, and the file holds every row.
#include "XlsxTestReader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    qint64 rows = -1;
    qint64 ms = -1;
    qint64 peakKiB = -1;
};

Run write(qint64 rows, const QString& path)
{
    QProcess p;
    p.start(QStringLiteral(JIXIAO_REPORT_STREAM_WRITER), { QString::number(rows), path });
    if (!p.waitForFinished(300'000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    const QList<QByteArray> words = p.readAllStandardOutput().simplified().split(' ');
    Run r;
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        if (words.at(i) == "rows")
            r.rows = words.at(i + 1).toLongLong();
        else if (words.at(i) == "ms")
            r.ms = words.at(i + 1).toLongLong();
        else if (words.at(i) == "peak_kib")
            r.peakKiB = words.at(i + 1).toLongLong();
    }
    return r;
}

} // namespace

class TestReportStreamMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peakMemoryDoesNotGrowWithRows()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.xlsx"));
        const QString large = dir.filePath(QStringLiteral("large.xlsx"));
        const Run a = write(30'000, small);
        const Run b = write(300'000, large);
        QCOMPARE(a.rows, qint64(30'000 + 1));
        QCOMPARE(b.rows, qint64(300'000 + 1));
        QVERIFY(a.peakKiB > 0 && b.peakKiB > 0);
        qInfo("30,000 rows: %lld ms, peak %lld KiB; 300,000 rows: %lld ms, peak %lld KiB", a.ms, a.peakKiB, b.ms,
              b.peakKiB);
        // Ten times the rows, the same memory: at most 1.2 times plus 4 MiB.
        QVERIFY2(b.peakKiB <= a.peakKiB * 12 / 10 + 4096,
                 qPrintable(QStringLiteral("%1 KiB against %2 KiB").arg(b.peakKiB).arg(a.peakKiB)));

        // Every row is in the file: title, subtitle, preamble, header, the rows, a blank line is not
        // written, the signature line.
        jx::test::XlsxTestReader book(large);
        QVERIFY(book.isOpen());
        QCOMPARE(book.countRows(0), qint64(3 + 1 + 300'000 + 1));
        jx::test::XlsxTestReader smallBook(small);
        QCOMPARE(smallBook.countRows(0), qint64(3 + 1 + 30'000 + 1));
    }
};

QTEST_GUILESS_MAIN(TestReportStreamMemory)
#include "TestReportStreamMemory.moc"
