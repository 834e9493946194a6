// The report writers against a hand-built form: every cell kind and role, merges across rows and
// columns, a streamed part, footers; written to .xlsx, .csv and .html and read back cell by cell.
#include "core/io/ReportWriter.h"

#include "XlsxTestReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;
using jx::test::XlsxTestReader;

namespace {

constexpr int StreamedRows = 1000;

QString cellRef(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

ReportCell spanned(ReportCell cell, int rowSpan, int colSpan = 1)
{
    cell.rowSpan = rowSpan;
    cell.colSpan = colSpan;
    return cell;
}

ReportRow streamedRow(int i)
{
    return { ReportCell::decimal(i, 0), ReportCell::textCell(QStringLiteral("行%1").arg(i)),
             ReportCell::money(Money::fromFen(qint64(i) * 10'000 + 5'000)), ReportCell::percent(i, 2),
             ReportCell::empty() };
}

ReportDocument sampleDocument(MoneyUnit unit = MoneyUnit::TenThousandYuan)
{
    ReportDocument d;
    d.name = QStringLiteral("sample");
    d.title = QStringLiteral("报表测试");
    d.unit = unit;
    d.generatedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30));
    ReportSheet s;
    s.name = QStringLiteral("表一");
    s.title = QStringLiteral("项目支出绩效情况表");
    s.subtitle = QStringLiteral("（2025年度）");
    s.preambleLeft = QStringLiteral("填报单位（盖章）：县教育局");
    s.preambleRight = QStringLiteral("单位：万元");
    s.set(0, 0, spanned(ReportCell::textCell(QStringLiteral("序号"), ReportCellRole::Header), 2));
    s.set(0, 1, spanned(ReportCell::textCell(QStringLiteral("项目"), ReportCellRole::Header), 2));
    s.set(0, 2, spanned(ReportCell::textCell(QStringLiteral("资金"), ReportCellRole::Header), 1, 2));
    s.set(0, 4, spanned(ReportCell::textCell(QStringLiteral("说明"), ReportCellRole::Header), 2));
    s.set(1, 2, ReportCell::textCell(QStringLiteral("预算数"), ReportCellRole::Header));
    s.set(1, 3, ReportCell::textCell(QStringLiteral("执行数"), ReportCellRole::Header));
    // A label over three body rows: a merge across rows below the header, written row by row.
    s.set(2, 0, spanned(ReportCell::textCell(QStringLiteral("一"), ReportCellRole::Label), 3));
    s.set(2, 1, ReportCell::textCell(QStringLiteral("<b>Tom & \"Jerry\"</b> 's")));
    s.set(2, 2, ReportCell::money(Money::fromFen(1'234'567)));   // 12,345.67 元 = 1.23 万元
    s.set(2, 3, ReportCell::money(Money::fromFen(125'000)));     // 0.125 万元 → 0.13
    s.set(2, 4, ReportCell::textCell(QStringLiteral("备注，\n第二行"), ReportCellRole::Note));
    s.set(3, 1, ReportCell::textCell(QStringLiteral("=1+1")));
    s.set(3, 2, ReportCell::money(Money::fromFen(-125'000)));    // −0.13 (half away from zero)
    s.set(3, 3, ReportCell::money(Money::fromFen(5'000)));       // 0.005 万元 → 0.01
    s.set(3, 4, ReportCell::percent(8'523, 2));                  // 85.23%
    s.set(4, 1, ReportCell::empty());
    s.set(4, 2, ReportCell::decimal(8'550, 2));                  // 85.50
    s.set(4, 3, ReportCell::decimal(12, 0));
    s.set(4, 4, ReportCell::textCell(QStringLiteral("末行")));
    s.set(5, 0, spanned(ReportCell::textCell(QStringLiteral("合计"), ReportCellRole::Total), 1, 2));
    s.set(5, 2, ReportCell::money(Money::fromFen(123'456'789'012), ReportCellRole::Total)); // 123,456.79 万元
    s.set(5, 3, ReportCell::money(Money::fromFen(0), ReportCellRole::Total));
    s.set(5, 4, ReportCell::percent(10'000, 2, ReportCellRole::Total));
    s.columnWidths = { 6, 24, 12, 12, 16 };
    s.headerRows = 2;
    s.landscape = true;
    s.footerLines << QStringLiteral("单位负责人：        填表人：        填报日期：") << QStringLiteral("注：金额单位为万元。");
    s.streamRowEstimate = StreamedRows;
    s.stream = [](const ReportRowSink& sink) -> Result<qint64> {
        for (int i = 0; i < StreamedRows; ++i) {
            if (!sink(streamedRow(i)))
                return qint64(i);
        }
        return qint64(StreamedRows);
    };
    d.sheets << s;
    ReportSheet second;
    second.name = QStringLiteral("表一"); // the same name: the workbook numbers the second
    second.title = QStringLiteral("第二张表");
    second.set(0, 0, ReportCell::textCell(QStringLiteral("只有一格")));
    d.sheets << second;
    return d;
}

/// Splits CSV text into records of fields (quotes, doubled quotes, line breaks inside quotes).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void xlsxReadsBackCellByCell()
    {
        const ReportDocument d = sampleDocument();
        const QString path = m_dir.filePath(QStringLiteral("sample.xlsx"));
        Result<qint64> rows = ReportWriter::write(d, ReportFormat::Xlsx, path);
        QVERIFY2(rows.ok(), qPrintable(rows.message()));
        QCOMPARE(*rows, qint64(6 + StreamedRows + 1));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        XlsxTestReader book(path);
        QVERIFY(book.isOpen());
        QCOMPARE(book.sheetNames(), (QStringList { QStringLiteral("表一"), QStringLiteral("表一 (2)") }));
        const jx::test::XlsxSheet sheet = book.sheet(0);
        const ReportSheet& s = d.sheets.first();

        // Title, subtitle and preamble above the grid, each merged across the sheet's width.
        QCOMPARE(sheet.text(0, 0), s.title);
        QVERIFY(book.bold(sheet.at(0, 0).style));
        QCOMPARE(sheet.text(1, 0), s.subtitle);
        QCOMPARE(sheet.text(2, 0), s.preambleLeft);
        QCOMPARE(sheet.text(2, 3), s.preambleRight);
        for (const char* merge : { "A1:E1", "A2:E2", "A3:C3", "D3:E3" })
            QVERIFY2(sheet.merges.contains(QLatin1String(merge)), merge);

        // The grid, cell by cell, from row 3.
        constexpr int Top = 3;
        int expectedMerges = 4;
        for (int r = 0; r < s.rows.size(); ++r) {
            for (int c = 0; c < s.columnCount(); ++c) {
                const ReportCell& want = s.rows.at(r).at(c);
                const jx::test::XlsxCell got = sheet.at(Top + r, c);
                const QString where = cellRef(Top + r, c);
                if (want.kind != ReportCellKind::Covered && (want.rowSpan > 1 || want.colSpan > 1)) {
                    ++expectedMerges;
                    const QString ref = cellRef(Top + r, c) + QLatin1Char(':')
                        + cellRef(Top + r + want.rowSpan - 1, c + want.colSpan - 1);
                    QVERIFY2(sheet.merges.contains(ref), qPrintable(ref));
                }
                switch (want.kind) {
                case ReportCellKind::Empty:
                case ReportCellKind::Covered:
                    QVERIFY2(got.text.isEmpty(), qPrintable(where));
                    break;
                case ReportCellKind::Text:
                    QVERIFY2(got.type == QLatin1String("inlineStr") || got.type == QLatin1String("s"), qPrintable(where));
                    QCOMPARE(got.text, want.text);
                    break;
                case ReportCellKind::Money:
                    QVERIFY2(got.isNumber(), qPrintable(where));
                    // What Money::format shows, digit for digit, and typed as a number.
                    QCOMPARE(QString::number(got.number(), 'f', 2),
                             Money::fromFen(want.number).format(d.unit).remove(QLatin1Char(',')));
                    QCOMPARE(book.numberFormat(got.style), QStringLiteral("#,##0.00"));
                    break;
                case ReportCellKind::Number:
                    QVERIFY2(got.isNumber(), qPrintable(where));
                    QCOMPARE(got.number(), *ReportWriter::value(want, d.unit));
                    QCOMPARE(book.numberFormat(got.style),
                             want.decimals == 0 ? QStringLiteral("#,##0") : QStringLiteral("#,##0.00"));
                    break;
                case ReportCellKind::Percent:
                    QVERIFY2(got.isNumber(), qPrintable(where));
                    QCOMPARE(QString::number(got.number() * 100, 'f', 2) + QLatin1Char('%'),
                             ReportWriter::text(want, d.unit));
                    QCOMPARE(book.numberFormat(got.style), QStringLiteral("0.00%"));
                    break;
                }
                if (want.role == ReportCellRole::Header) {
                    QVERIFY2(book.bold(got.style), qPrintable(where));
                    QVERIFY2(book.filled(got.style), qPrintable(where));
                }
                if (want.role == ReportCellRole::Total || want.role == ReportCellRole::Label)
                    QVERIFY2(book.bold(got.style), qPrintable(where));
                if (want.role == ReportCellRole::Body)
                    QVERIFY2(!book.bold(got.style), qPrintable(where));
            }
        }
        // The figures of the sample, as people read them.
        QCOMPARE(sheet.at(Top + 2, 2).number(), 1.23);
        QCOMPARE(sheet.at(Top + 2, 3).number(), 0.13);
        QCOMPARE(sheet.at(Top + 3, 2).number(), -0.13);
        QCOMPARE(sheet.at(Top + 3, 3).number(), 0.01);
        QCOMPARE(sheet.at(Top + 3, 4).number(), 0.8523);
        QCOMPARE(sheet.at(Top + 5, 2).number(), 123456.79);

        // The streamed rows, every one, in order, under the grid.
        const int streamTop = Top + int(s.rows.size());
        for (int i = 0; i < StreamedRows; ++i) {
            const ReportRow want = streamedRow(i);
            QCOMPARE(sheet.at(streamTop + i, 0).number(), double(i));
            QCOMPARE(sheet.text(streamTop + i, 1), want.at(1).text);
            QCOMPARE(QString::number(sheet.at(streamTop + i, 2).number(), 'f', 2),
                     Money::fromFen(want.at(2).number).format(d.unit).remove(QLatin1Char(',')));
            QCOMPARE(sheet.at(streamTop + i, 3).number(), *ReportWriter::value(want.at(3), d.unit));
        }
        // A blank line, then the signature lines, merged across the width.
        const int footerTop = streamTop + StreamedRows + 1;
        QCOMPARE(sheet.text(footerTop, 0), s.footerLines.at(0));
        QCOMPARE(sheet.text(footerTop + 1, 0), s.footerLines.at(1));
        QVERIFY(sheet.merges.contains(QStringLiteral("A%1:E%1").arg(footerTop + 1)));
        QCOMPARE(sheet.merges.size(), expectedMerges + 2);
        // The header rows repeat on every printed page.
        QVERIFY2(book.definedNames().contains(QStringLiteral("_xlnm.Print_Titles=")), qPrintable(book.definedNames()));
        QVERIFY2(book.definedNames().contains(QStringLiteral("$4:$5")), qPrintable(book.definedNames()));
        QCOMPARE(book.countRows(0), sheet.rowElements);

        const jx::test::XlsxSheet second = book.sheet(1);
        QCOMPARE(second.text(0, 0), QStringLiteral("第二张表"));
        QCOMPARE(second.text(1, 0), QStringLiteral("只有一格"));
    }

    void yuanAreHundredthsOfFen()
    {
        const QString path = m_dir.filePath(QStringLiteral("yuan.xlsx"));
        const ReportDocument d = sampleDocument(MoneyUnit::Yuan);
        QVERIFY(ReportWriter::write(d, ReportFormat::Xlsx, path).ok());
        XlsxTestReader book(path);
        const jx::test::XlsxSheet sheet = book.sheet(0);
        QCOMPARE(sheet.at(5, 2).number(), 12345.67);
        QCOMPARE(sheet.at(5, 3).number(), 1250.0);
        QCOMPARE(sheet.at(8, 2).number(), 1234567890.12);
    }

    void csvReadsBackCellByCell()
    {
        const ReportDocument d = sampleDocument();
        const QString path = m_dir.filePath(QStringLiteral("sample.csv"));
        Result<qint64> rows = ReportWriter::write(d, ReportFormat::Csv, path);
        QVERIFY2(rows.ok(), qPrintable(rows.message()));
        QCOMPARE(*rows, qint64(6 + StreamedRows + 1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        const ReportSheet& s = d.sheets.first();
        QCOMPARE(records.at(0), QStringList { s.title });
        QCOMPARE(records.at(1), QStringList { s.subtitle });
        QCOMPARE(records.at(2), (QStringList { s.preambleLeft, {}, {}, {}, s.preambleRight }));
        constexpr int Top = 3;
        for (int r = 0; r < s.rows.size(); ++r) {
            QCOMPARE(records.at(Top + r).size(), s.columnCount());
            for (int c = 0; c < s.columnCount(); ++c) {
                const ReportCell& want = s.rows.at(r).at(c);
                QString expected = ReportWriter::plainText(want, d.unit);
                if (want.kind == ReportCellKind::Text && want.text.startsWith(QLatin1Char('=')))
                    expected = QLatin1Char('\'') + want.text; // never a formula
                QCOMPARE(records.at(Top + r).at(c), expected);
            }
        }
        // Merged values once, covered cells blank; amounts in the unit with 2 decimals.
        QCOMPARE(records.at(Top + 0).at(2), QStringLiteral("资金"));
        QCOMPARE(records.at(Top + 0).at(3), QString());
        QCOMPARE(records.at(Top + 3).at(0), QString());
        QCOMPARE(records.at(Top + 2).at(2), QStringLiteral("1.23"));
        QCOMPARE(records.at(Top + 3).at(2), QStringLiteral("-0.13"));
        QCOMPARE(records.at(Top + 3).at(4), QStringLiteral("85.23%"));
        QCOMPARE(records.at(Top + 5).at(2), QStringLiteral("123456.79"));
        QCOMPARE(records.at(Top + 2).at(4), QStringLiteral("备注，\n第二行"));
        const int streamTop = Top + int(s.rows.size());
        for (int i = 0; i < StreamedRows; ++i) {
            QCOMPARE(records.at(streamTop + i).at(1), QStringLiteral("行%1").arg(i));
            QCOMPARE(records.at(streamTop + i).at(2),
                     Money::fromFen(qint64(i) * 10'000 + 5'000).format(d.unit).remove(QLatin1Char(',')));
        }
        QCOMPARE(records.at(streamTop + StreamedRows), QStringList { s.footerLines.at(0) });
        QCOMPARE(records.at(streamTop + StreamedRows + 1), QStringList { s.footerLines.at(1) });
        // The next sheet after a blank line, with its own title line.
        QCOMPARE(records.at(streamTop + StreamedRows + 2), QStringList { QString() });
        QCOMPARE(records.at(streamTop + StreamedRows + 3), QStringList { QStringLiteral("第二张表") });
        QCOMPARE(records.at(streamTop + StreamedRows + 4), QStringList { QStringLiteral("只有一格") });
        QCOMPARE(records.size(), streamTop + StreamedRows + 5);
    }

    void htmlHasTheFormsMerges()
    {
        const ReportDocument d = sampleDocument();
        const QString path = m_dir.filePath(QStringLiteral("sample.html"));
        Result<qint64> rows = ReportWriter::write(d, ReportFormat::Html, path);
        QVERIFY2(rows.ok(), qPrintable(rows.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<title>报表测试</title>")));
        QVERIFY(html.contains(QStringLiteral("<h1>项目支出绩效情况表</h1>")));
        QVERIFY(html.contains(QStringLiteral("<thead>")));
        QVERIFY(html.contains(QStringLiteral("@media print")));
        // Everything escaped: the text shows as written and makes no element.
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; &#39;s")));
        QVERIFY(!html.contains(QStringLiteral("<b>Tom")));
        QVERIFY(html.contains(QStringLiteral("备注，<br>第二行")));
        // One <tr> per grid row and streamed row; the merges as rowspan / colspan, covered cells left out.
        QCOMPARE(html.count(QStringLiteral("<tr>")), 6 + StreamedRows + 1);
        QCOMPARE(html.count(QStringLiteral("rowspan=\"2\"")), 3);
        QCOMPARE(html.count(QStringLiteral("rowspan=\"3\"")), 1);
        QCOMPARE(html.count(QStringLiteral("colspan=\"2\"")), 2);
        QVERIFY(html.contains(QStringLiteral(">123,456.79</td>")));
        QVERIFY(html.contains(QStringLiteral(">85.23%</td>")));
        QVERIFY(html.contains(QStringLiteral(">-0.13</td>")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"foot\">单位负责人：")));
        // The first grid row has 4 cells (序号, 项目, 资金 over two columns, 说明), the second 2.
        const qsizetype first = html.indexOf(QStringLiteral("<tr>"));
        const QString firstRow = html.mid(first, html.indexOf(QStringLiteral("</tr>"), first) - first);
        QCOMPARE(firstRow.count(QStringLiteral("<th")), 4);
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << int(ReportFormat::Xlsx);
        QTest::newRow("csv") << int(ReportFormat::Csv);
        QTest::newRow("html") << int(ReportFormat::Html);
    }
    void cancelLeavesNoFile()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.out"));
        qint64 asked = 0;
        bool totalsHold = true;
        Result<qint64> rows = ReportWriter::write(sampleDocument(), ReportFormat(format), path,
                                                  [&](qint64 done, qint64 total) {
                                                      ++asked;
                                                      totalsHold = totalsHold && total >= done;
                                                      return done < 500;
                                                  });
        QVERIFY(!rows.ok());
        QVERIFY(rows.message().contains(QStringLiteral("cancelled")));
        QVERIFY(asked > 0);
        QVERIFY(totalsHold);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void unwritablePathNamesTheFile_data() { cancelLeavesNoFile_data(); }
    void unwritablePathNamesTheFile()
    {
        QFETCH(int, format);
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/报表.out"));
        Result<qint64> rows = ReportWriter::write(sampleDocument(), ReportFormat(format), path);
        QVERIFY(!rows.ok());
        QVERIFY2(rows.message().contains(QDir::toNativeSeparators(path)), qPrintable(rows.message()));
        QVERIFY(!QFile::exists(path));
    }

    void textsAndValues()
    {
        QCOMPARE(ReportWriter::text(ReportCell::money(Money::fromFen(123'456'789'012)), MoneyUnit::TenThousandYuan),
                 QStringLiteral("123,456.79"));
        QCOMPARE(ReportWriter::plainText(ReportCell::money(Money::fromFen(-5'000)), MoneyUnit::TenThousandYuan),
                 QStringLiteral("-0.01"));
        QCOMPARE(ReportWriter::text(ReportCell::decimal(-5, 2), MoneyUnit::Yuan), QStringLiteral("-0.05"));
        QCOMPARE(ReportWriter::text(ReportCell::decimal(1'234'567, 0), MoneyUnit::Yuan), QStringLiteral("1,234,567"));
        QCOMPARE(ReportWriter::text(ReportCell::percent(10'050, 2), MoneyUnit::Yuan), QStringLiteral("100.50%"));
        QCOMPARE(*ReportWriter::value(ReportCell::percent(10'050, 2), MoneyUnit::Yuan), 1.005);
        QVERIFY(!ReportWriter::value(ReportCell::textCell(QStringLiteral("x")), MoneyUnit::Yuan));
        QCOMPARE(ReportWriter::formatOf(QStringLiteral("a.HTM")), std::optional<ReportFormat>(ReportFormat::Html));
        QVERIFY(!ReportWriter::formatOf(QStringLiteral("a.pdf")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "TestReportWriter.moc"
