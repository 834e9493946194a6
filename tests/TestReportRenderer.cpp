// The printed forms (issue 11): a hand-built report laid out on A4 pages, written as PDF and
// read back with poppler (pdfinfo, pdftotext), painted as page images; and every report of the
// catalog rendered for a demo county.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "ReportSamples.h"
#include "core/report/ReportCatalog.h"
#include "core/storage/Database.h"
#include "core/storage/SubjectRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/report/ReportPdf.h"
#include "ui/report/ReportRenderer.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

namespace {

const QString HeaderText = QStringLiteral("年度指标值");
const QString StreamHeader = QStringLiteral("流水序号");
constexpr int BodyRows = 90;
constexpr int StreamRows = 260;

QString run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<failed: %1 %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The text of page @p page (from 1), whitespace removed so that wrapped CJK text still matches.
QString pdfText(const QString& path, int page = 0, bool layout = false)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    // NFKC: the CJK fonts share glyphs between ideographs and Kangxi radicals (目 / ⽬), and the
    // text layer of the PDF may name either; a reader's search treats them alike.
    return run(QStringLiteral("pdftotext"), args)
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

/// @p text as pdfText() reads it.
QString squeeze(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
}

/// A form as the officials print it: two header rows with merges, every role, a long grid, a
/// second landscape sheet whose rows are streamed.
ReportDocument handBuilt(int* streamCalls = nullptr)
{
    ReportDocument doc;
    doc.name = QStringLiteral("test-form");
    doc.title = QStringLiteral("项目支出绩效自评表");
    doc.unit = MoneyUnit::Yuan;
    doc.generatedAt = QDateTime(QDate(2026, 1, 15), QTime(9, 30));

    ReportSheet s;
    s.name = QStringLiteral("自评表");
    s.title = QStringLiteral("项目支出绩效自评表");
    s.subtitle = QStringLiteral("（2025年度）");
    s.preambleLeft = QStringLiteral("填报单位（盖章）：喀什市交通运输局");
    s.preambleRight = QStringLiteral("单位：元");
    s.columnWidths = { 12, 16, 24, 12, 12, 10, 30 };
    s.headerRows = 2;
    s.set(0, 0, [] {
        ReportCell c = ReportCell::textCell(QStringLiteral("一级指标"), ReportCellRole::Header);
        c.rowSpan = 2;
        return c;
    }());
    s.set(0, 1, [] {
        ReportCell c = ReportCell::textCell(QStringLiteral("指标"), ReportCellRole::Header);
        c.colSpan = 2;
        return c;
    }());
    s.set(1, 1, ReportCell::textCell(QStringLiteral("二级指标"), ReportCellRole::Header));
    s.set(1, 2, ReportCell::textCell(QStringLiteral("三级指标"), ReportCellRole::Header));
    s.set(0, 3, [] {
        ReportCell c = ReportCell::textCell(HeaderText, ReportCellRole::Header);
        c.rowSpan = 2;
        return c;
    }());
    s.set(0, 4, [] {
        ReportCell c = ReportCell::textCell(QStringLiteral("金额"), ReportCellRole::Header);
        c.rowSpan = 2;
        return c;
    }());
    s.set(0, 5, [] {
        ReportCell c = ReportCell::textCell(QStringLiteral("得分"), ReportCellRole::Header);
        c.rowSpan = 2;
        return c;
    }());
    s.set(0, 6, [] {
        ReportCell c = ReportCell::textCell(QStringLiteral("偏差原因"), ReportCellRole::Header);
        c.rowSpan = 2;
        return c;
    }());
    for (int i = 0; i < BodyRows; ++i) {
        const int r = 2 + i;
        if (i % 10 == 0) {
            ReportCell label = ReportCell::textCell(QStringLiteral("产出指标%1").arg(i / 10 + 1), ReportCellRole::Label);
            label.rowSpan = 3; // merged down three rows: kept on one page
            s.set(r, 0, label);
        } else if (i % 10 > 2) {
            s.set(r, 0, ReportCell::empty());
        }
        s.set(r, 1, ReportCell::textCell(QStringLiteral("数量指标")));
        s.set(r, 2, ReportCell::textCell(QStringLiteral("养护里程第%1段").arg(i + 1)));
        s.set(r, 3, ReportCell::decimal(12000 + i, 2));
        s.set(r, 4, ReportCell::money(Money::fromFen(i == 0 ? 123456 : 100 * i)));
        s.set(r, 5, ReportCell::percent(8523, 2));
        s.set(r, 6, ReportCell::textCell(i % 7 == 0 ? QStringLiteral("雨雪天气影响工期，部分路段推迟开工，"
                                                                     "已调整施工计划并于明年提前组织实施。")
                                                    : QString(),
                                         ReportCellRole::Note));
    }
    const int total = 2 + BodyRows;
    s.set(total, 0, [] {
        ReportCell c = ReportCell::textCell(QStringLiteral("合计"), ReportCellRole::Label);
        c.colSpan = 4;
        return c;
    }());
    s.set(total, 4, ReportCell::money(Money::fromFen(987654321), ReportCellRole::Total));
    s.set(total, 5, ReportCell::decimal(9291, 2, ReportCellRole::Total));
    s.set(total, 6, ReportCell::empty());
    s.footerLines = { QStringLiteral("单位负责人：王建国        财务负责人：李丽娜        填表人：        填报日期：") };
    doc.sheets << s;

    ReportSheet streamed;
    streamed.name = QStringLiteral("明细");
    streamed.title = QStringLiteral("项目明细表");
    streamed.preambleRight = QStringLiteral("单位：元");
    streamed.landscape = true;
    streamed.columnWidths = { 10, 40, 16, 16 };
    streamed.headerRows = 1;
    streamed.set(0, 0, ReportCell::textCell(StreamHeader, ReportCellRole::Header));
    streamed.set(0, 1, ReportCell::textCell(QStringLiteral("项目名称"), ReportCellRole::Header));
    streamed.set(0, 2, ReportCell::textCell(QStringLiteral("预算数"), ReportCellRole::Header));
    streamed.set(0, 3, ReportCell::textCell(QStringLiteral("执行率"), ReportCellRole::Header));
    streamed.streamRowEstimate = StreamRows;
    streamed.stream = [streamCalls](const ReportRowSink& sink) -> Result<qint64> {
        if (streamCalls)
            ++*streamCalls;
        qint64 n = 0;
        for (int i = 0; i < StreamRows; ++i) {
            const ReportRow row { ReportCell::decimal(i + 1, 0), ReportCell::textCell(QStringLiteral("流水项目%1").arg(i + 1)),
                                  ReportCell::money(Money::fromYuan(1000 + i)), ReportCell::percent(9000 + i, 2) };
            ++n;
            if (!sink(row))
                break;
        }
        return n;
    };
    streamed.footerLines = { QStringLiteral("制表：财政局绩效科") };
    doc.sheets << streamed;
    return doc;
}

} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cellTexts_data();
    void cellTexts();
    void pdfOfAHandBuiltForm();
    void pageImagesAreTheSamePages();
    void cancelLeavesNoFile();
    void everyCatalogReportPrints();

private:
    QTemporaryDir m_dir;
};

void TestReportRenderer::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "pdfinfo is missing: packaging/install-deps.sh installs poppler-utils");
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
}

void TestReportRenderer::cellTexts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    const int yuan = int(MoneyUnit::Yuan);
    const int wan = int(MoneyUnit::TenThousandYuan);
    QTest::newRow("money in yuan") << int(ReportCellKind::Money) << qint64(123456) << 2 << yuan << "1,234.56";
    QTest::newRow("money in 10k yuan") << int(ReportCellKind::Money) << qint64(1234567890) << 2 << wan << "1,234.57";
    QTest::newRow("negative money") << int(ReportCellKind::Money) << qint64(-5) << 2 << yuan << "-0.05";
    QTest::newRow("score") << int(ReportCellKind::Number) << qint64(9291) << 2 << yuan << "92.91";
    QTest::newRow("count") << int(ReportCellKind::Number) << qint64(1234567) << 0 << yuan << "1,234,567";
    QTest::newRow("negative decimal") << int(ReportCellKind::Number) << qint64(-105) << 1 << yuan << "-10.5";
    QTest::newRow("percent") << int(ReportCellKind::Percent) << qint64(8523) << 2 << yuan << "85.23%";
    QTest::newRow("small percent") << int(ReportCellKind::Percent) << qint64(7) << 2 << yuan << "0.07%";
}

void TestReportRenderer::cellTexts()
{
    QFETCH(int, kind);
    QFETCH(qint64, number);
    QFETCH(int, decimals);
    QFETCH(int, unit);
    QFETCH(QString, text);
    ReportCell cell;
    cell.kind = ReportCellKind(kind);
    cell.number = number;
    cell.decimals = decimals;
    QCOMPARE(ReportRenderer::cellText(cell, MoneyUnit(unit)), text);
}

void TestReportRenderer::pdfOfAHandBuiltForm()
{
    int streamCalls = 0;
    const ReportDocument doc = handBuilt(&streamCalls);
    const QString path = m_dir.filePath(QStringLiteral("form.pdf"));
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    Result<int> pages = ReportPdf::write(doc, path, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY2(pages.ok(), qPrintable(pages.message()));
    // Streamed rows are asked for once to count the pages and once to paint them; never held.
    QCOMPARE(streamCalls, 2);
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(lastTotal > 0);
    QVERIFY(QFile::exists(path));
    // 90 rows of the form (some wrapped notes) do not fit one A4 page; 260 streamed rows take several.
    QVERIFY2(*pages >= 4, qPrintable(QString::number(*pages)));
    QCOMPARE(pdfPages(path), *pages);
    QCOMPARE(ReportRenderer::pageCount(doc).value(), *pages);

    const QString all = pdfText(path);
    QVERIFY2(all.contains(squeeze(doc.sheets[0].title)), qPrintable(all.left(400)));
    QVERIFY(all.contains(squeeze(QStringLiteral("（2025年度）"))));
    QVERIFY(all.contains(squeeze(QStringLiteral("填报单位（盖章）：喀什市交通运输局"))));
    QVERIFY(all.contains(squeeze(QStringLiteral("1,234.56"))));      // the amount in the unit of the document
    QVERIFY(all.contains(squeeze(QStringLiteral("9,876,543.21"))));  // the total
    QVERIFY(all.contains(squeeze(QStringLiteral("85.23%"))));
    QVERIFY(all.contains(squeeze(QStringLiteral("单位负责人：王建国"))));
    QVERIFY(all.contains(squeeze(QStringLiteral("流水项目260"))));    // the last streamed row
    QVERIFY(all.contains(squeeze(QStringLiteral("制表：财政局绩效科"))));
    // The page footer ("Generated …", "Page N of M") is painted on every page; poppler reads its words.
    QVERIFY(pdfText(path, 1).contains(QStringLiteral("Generated")));

    // Every page repeats its sheet's header rows and says which page of how many it is.
    int formPages = 0;
    for (int p = 1; p <= *pages; ++p) {
        const QString text = pdfText(path, p);
        QVERIFY2(text.contains(QStringLiteral("Page")), qPrintable(text.left(200)));
        const bool form = text.contains(squeeze(HeaderText));
        const bool list = text.contains(squeeze(StreamHeader));
        QVERIFY2(form != list, qPrintable(QStringLiteral("page %1: %2").arg(p).arg(text.left(300))));
        if (form)
            ++formPages;
        // The form's pages come first, then the streamed list's.
        QCOMPARE(form, p <= formPages);
    }
    QVERIFY(formPages >= 2);
    QVERIFY(*pages - formPages >= 2);
    // The footer lines come after the grid, on the last page of their sheet.
    QVERIFY(pdfText(path, formPages).contains(squeeze(QStringLiteral("单位负责人"))));
    QVERIFY(!pdfText(path, 1).contains(squeeze(QStringLiteral("单位负责人"))) || formPages == 1);
}

void TestReportRenderer::pageImagesAreTheSamePages()
{
    const ReportDocument doc = handBuilt();
    QList<QImage> images;
    QList<int> counts;
    Result<int> pages = ReportRenderer::images(doc, 60, [&](const QImage& page, int number, int count) {
        images << page;
        counts << count;
        return number == images.size();
    });
    QVERIFY2(pages.ok(), qPrintable(pages.message()));
    QCOMPARE(images.size(), *pages);
    QCOMPARE(*pages, ReportRenderer::pageCount(doc).value());
    for (int c : counts)
        QCOMPARE(c, *pages);
    bool landscapeSeen = false;
    for (int i = 0; i < images.size(); ++i) {
        const QImage& img = images[i];
        QVERIFY(!img.isNull());
        // Portrait pages first, then the landscape sheet's.
        const bool landscape = img.width() > img.height();
        QVERIFY(landscape || !landscapeSeen);
        landscapeSeen = landscapeSeen || landscape;
        qint64 dark = 0;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2)
                if (qGray(img.pixel(x, y)) < 128)
                    ++dark;
        QVERIFY2(dark > 500, qPrintable(QStringLiteral("page %1 is blank").arg(i + 1)));
    }
    QVERIFY(images.first().height() > images.first().width());
    QVERIFY(images.last().width() > images.last().height());
    // A preview asks for the first pages only, and still knows how many there are.
    int painted = 0;
    Result<int> first = ReportRenderer::images(doc, 60, [&](const QImage&, int, int) { return ++painted < 100; }, 2);
    QVERIFY(first.ok());
    QCOMPARE(painted, 2);
    QCOMPARE(*first, *pages);
}

void TestReportRenderer::cancelLeavesNoFile()
{
    const ReportDocument doc = handBuilt();
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    Result<int> pages = ReportPdf::write(doc, path, [&](qint64, qint64) { return ++calls < 3; });
    QVERIFY(!pages.ok());
    QCOMPARE(pages.message(), ReportRenderer::cancelledMessage());
    QVERIFY(!QFile::exists(path));
    const QStringList left = QDir(m_dir.path()).entryList({ QStringLiteral("cancelled*") }, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    // A file that cannot be written names itself.
    Result<int> bad = ReportPdf::write(doc, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.message().contains(QStringLiteral("x.pdf")));
}

void TestReportRenderer::everyCatalogReportPrints()
{
    const QList<ReportInfo> reports = ReportCatalog::all();
    if (reports.isEmpty())
        QSKIP("The report catalog is empty in this build.");
    const QString dbPath = m_dir.filePath(QStringLiteral("county.jixiao"));
    Result<DemoSummary> demo = DemoGenerator::createDemo(dbPath, DemoOptions());
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(dbPath);
    QVERIFY(ws.ok());
    for (const ReportInfo& info : reports) {
        Result<ReportDocument> doc = test::buildForDemo(**ws, info, demo->fiscalYear);
        QVERIFY2(doc.ok(), qPrintable(info.name + QStringLiteral(": ") + doc.message()));
        QVERIFY2(!doc->sheets.isEmpty(), qPrintable(info.name));
        const QString path = m_dir.filePath(info.name + QStringLiteral(".pdf"));
        Result<int> pages = ReportPdf::write(*doc, path);
        QVERIFY2(pages.ok(), qPrintable(info.name + QStringLiteral(": ") + pages.message()));
        QVERIFY(*pages >= 1);
        QCOMPARE(pdfPages(path), *pages);
        QVERIFY2(pdfText(path).contains(squeeze(doc->sheets.first().title)), qPrintable(info.name));
    }
}

QTEST_MAIN(TestReportRenderer)
#include "TestReportRenderer.moc"
