// XlsxReader: workbooks written by libxlsxwriter with every cell type, merges and many rows; and
// malformed files: not a zip, truncated, a DTD, huge declared sizes, too many entries, deep nesting.
#include "core/io/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

#include <map>

using namespace jx;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void references_data();
    void references();
    void cellTypes();
    void manyRowsStreamed();
    void inlineStrings();
    void stopsWhenAsked();
    void notAZip();
    void truncated();
    void dtdRefused();
    void hugeDeclaredSize();
    void zipBombRatio();
    void tooManyEntries();
    void deepNesting();
    void missingWorkbook();
    void badCellReference();
    void fileTooLarge();

private:
    /// A zip of @p parts (name → content) at @p path, written with libzip.
    bool writeZip(const QString& path, const std::map<QString, QByteArray>& parts);
    /// A minimal workbook around one sheet's XML.
    std::map<QString, QByteArray> workbookWith(const QByteArray& sheetXml, const QByteArray& workbookXml = {});
    QString expectError(const QString& path, const XlsxLimits& limits = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestXlsxReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestXlsxReader::writeZip(const QString& path, const std::map<QString, QByteArray>& parts)
{
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z)
        return false;
    std::vector<QByteArray> keep;
    keep.reserve(parts.size());
    for (const auto& [name, content] : parts) {
        keep.push_back(content);
        zip_source_t* s = zip_source_buffer(z, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
        if (!s || zip_file_add(z, name.toUtf8().constData(), s, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(s);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

std::map<QString, QByteArray> TestXlsxReader::workbookWith(const QByteArray& sheetXml, const QByteArray& workbookXml)
{
    return {
        { QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            "</Relationships>" },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            "</Relationships>" },
        { QStringLiteral("xl/workbook.xml"),
            workbookXml.isEmpty()
                ? QByteArray("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                             "<sheets><sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                : workbookXml },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml },
    };
}

QString TestXlsxReader::expectError(const QString& path, const XlsxLimits& limits)
{
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path, limits);
    if (!reader)
        return reader.message();
    Result<void> r = (*reader)->readSheet((*reader)->sheets().value(0).name, [](int, const QList<XlsxCell>&) { return true; });
    return r ? QString() : r.message();
}

void TestXlsxReader::references_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << QStringLiteral("A1") << 1 << 1;
    QTest::newRow("Z9") << QStringLiteral("Z9") << 9 << 26;
    QTest::newRow("AA10") << QStringLiteral("AA10") << 10 << 27;
    QTest::newRow("XFD1048576") << QStringLiteral("XFD1048576") << 1048576 << 16384;
    QTest::newRow("column past XFD") << QStringLiteral("XFE1") << 0 << 0;
    QTest::newRow("row 0") << QStringLiteral("A0") << 0 << 0;
    QTest::newRow("row past the limit") << QStringLiteral("A1048577") << 0 << 0;
    QTest::newRow("no row") << QStringLiteral("AB") << 0 << 0;
    QTest::newRow("no column") << QStringLiteral("12") << 0 << 0;
    QTest::newRow("junk") << QStringLiteral("A1x") << 0 << 0;
}

void TestXlsxReader::references()
{
    QFETCH(QString, reference);
    QFETCH(int, row);
    QFETCH(int, column);
    const auto at = XlsxReader::parseReference(reference);
    QCOMPARE(at.has_value(), row != 0);
    if (at) {
        QCOMPARE(at->first, row);
        QCOMPARE(at->second, column);
        QCOMPARE(XlsxReader::cellName(row, column), reference);
    }
}

void TestXlsxReader::cellTypes()
{
    const QString path = m_dir->filePath(QStringLiteral("types.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* one = workbook_add_worksheet(wb, "数据");
    lxw_worksheet* two = workbook_add_worksheet(wb, "隐藏");
    worksheet_hide(two);
    worksheet_write_string(one, 0, 0, "项目名称", nullptr);
    worksheet_write_number(one, 0, 1, 1234.56, nullptr);
    worksheet_write_boolean(one, 0, 2, 1, nullptr);
    worksheet_write_formula_num(one, 0, 3, "=B1*2", nullptr, 2469.12);
    worksheet_write_formula_str(one, 0, 4, "=A1&\"!\"", nullptr, "项目名称!");
    worksheet_write_blank(one, 0, 5, workbook_add_format(wb));
    worksheet_write_string(one, 2, 7, "a < b & \"c\"", nullptr);
    worksheet_write_number(one, 2, 8, -0.01, nullptr);
    worksheet_merge_range(one, 4, 0, 5, 2, "合并", nullptr);
    worksheet_write_string(two, 0, 0, "key", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    QVERIFY2(reader.ok(), qPrintable(reader.message()));
    XlsxReader& r = **reader;
    QCOMPARE(r.sheetNames(), (QStringList { QStringLiteral("数据"), QStringLiteral("隐藏") }));
    QVERIFY(!r.sheets().at(0).hidden);
    QVERIFY(r.sheets().at(1).hidden);
    std::map<QString, XlsxCell> cells;
    QList<int> rows;
    QVERIFY(r.readSheet(QStringLiteral("数据"), [&](int row, const QList<XlsxCell>& list) {
        rows << row;
        for (const XlsxCell& c : list)
            cells[c.reference()] = c;
        return true;
    }).ok());
    QCOMPARE(rows, (QList<int> { 1, 3, 5 }));
    QCOMPARE(cells[QStringLiteral("A1")].type, XlsxCell::Type::Text);
    QCOMPARE(cells[QStringLiteral("A1")].text, QStringLiteral("项目名称"));
    QVERIFY(cells[QStringLiteral("A1")].sharedString);
    QCOMPARE(cells[QStringLiteral("B1")].type, XlsxCell::Type::Number);
    QCOMPARE(cells[QStringLiteral("B1")].number, 1234.56);
    QCOMPARE(cells[QStringLiteral("B1")].text, QStringLiteral("1234.56"));
    QCOMPARE(cells[QStringLiteral("C1")].type, XlsxCell::Type::Boolean);
    QCOMPARE(cells[QStringLiteral("C1")].text, QStringLiteral("1"));
    QVERIFY(cells[QStringLiteral("D1")].formula);
    QCOMPARE(cells[QStringLiteral("D1")].formulaText, QStringLiteral("B1*2"));
    QCOMPARE(cells[QStringLiteral("D1")].number, 2469.12);
    QVERIFY(cells[QStringLiteral("E1")].formula);
    QCOMPARE(cells[QStringLiteral("E1")].type, XlsxCell::Type::Text);
    QCOMPARE(cells[QStringLiteral("E1")].text, QStringLiteral("项目名称!"));
    QCOMPARE(cells[QStringLiteral("F1")].type, XlsxCell::Type::Blank);
    QCOMPARE(cells[QStringLiteral("H3")].text, QStringLiteral("a < b & \"c\""));
    QCOMPARE(cells[QStringLiteral("I3")].number, -0.01);
    QCOMPARE(cells[QStringLiteral("A5")].text, QStringLiteral("合并"));
    QCOMPARE(r.mergedRanges().size(), 1);
    QCOMPARE(r.mergedRanges().at(0).firstRow, 5);
    QCOMPARE(r.mergedRanges().at(0).lastRow, 6);
    QCOMPARE(r.mergedRanges().at(0).lastColumn, 3);
}

void TestXlsxReader::manyRowsStreamed()
{
    const QString path = m_dir->filePath(QStringLiteral("many.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    const int rows = 30000;
    for (int i = 0; i < rows; ++i) {
        worksheet_write_number(ws, lxw_row_t(i), 0, i, nullptr);
        worksheet_write_string(ws, lxw_row_t(i), 1, QStringLiteral("第%1行").arg(i % 100).toUtf8().constData(), nullptr);
    }
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    QVERIFY(reader.ok());
    int seen = 0;
    bool inOrder = true;
    QVERIFY((*reader)->readSheet(QStringLiteral("Sheet1"), [&](int row, const QList<XlsxCell>& cells) {
        inOrder = inOrder && row == seen + 1 && cells.size() == 2 && cells.at(0).number == seen
            && cells.at(1).text == QStringLiteral("第%1行").arg(seen % 100);
        ++seen;
        return true;
    }).ok());
    QCOMPARE(seen, rows);
    QVERIFY(inOrder);
}

void TestXlsxReader::inlineStrings()
{
    // libxlsxwriter's constant-memory mode writes inline strings, as some other programs do.
    const QString path = m_dir->filePath(QStringLiteral("inline.xlsx"));
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "内联");
    worksheet_write_string(ws, 0, 0, "绩效目标", nullptr);
    worksheet_write_number(ws, 0, 1, 42, nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    QVERIFY(reader.ok());
    QList<XlsxCell> got;
    QVERIFY((*reader)->readSheet(QStringLiteral("内联"), [&](int, const QList<XlsxCell>& cells) {
        got << cells;
        return true;
    }).ok());
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).text, QStringLiteral("绩效目标"));
    QVERIFY(!got.at(0).sharedString);
    QCOMPARE(got.at(1).number, 42.0);
}

void TestXlsxReader::stopsWhenAsked()
{
    QByteArray xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int i = 1; i <= 100; ++i)
        xml += QStringLiteral("<row r=\"%1\"><c r=\"A%1\"><v>%1</v></c></row>").arg(i).toUtf8();
    xml += "</sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("stop.xlsx"));
    QVERIFY(writeZip(path, workbookWith(xml)));
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    QVERIFY2(reader.ok(), qPrintable(reader.message()));
    int seen = 0;
    QVERIFY((*reader)->readSheet(QStringLiteral("表1"), [&](int, const QList<XlsxCell>&) { return ++seen < 10; }).ok());
    QCOMPARE(seen, 10);
}

void TestXlsxReader::notAZip()
{
    const QString path = m_dir->filePath(QStringLiteral("text.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a workbook at all\n");
    f.close();
    const QString message = expectError(path);
    QVERIFY2(message.contains(QStringLiteral("not an Excel workbook")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("text.xlsx")));
}

void TestXlsxReader::truncated()
{
    const QString good = m_dir->filePath(QStringLiteral("good.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(good).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    for (int i = 0; i < 2000; ++i)
        worksheet_write_number(ws, lxw_row_t(i), 0, i, nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    for (qsizetype cut : { bytes.size() / 3, bytes.size() / 2, bytes.size() - 30 }) {
        const QString path = m_dir->filePath(QStringLiteral("cut-%1.xlsx").arg(cut));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(cut));
        out.close();
        QVERIFY2(!expectError(path).isEmpty(), qPrintable(path));
    }
    // The same from memory (the fuzzer's door).
    QVERIFY(!XlsxReader::openData(bytes.left(bytes.size() / 2), QStringLiteral("cut")).ok());
    QVERIFY(XlsxReader::openData(bytes, QStringLiteral("whole")).ok());
}

void TestXlsxReader::dtdRefused()
{
    const QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                           "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("dtd.xlsx"));
    QVERIFY(writeZip(path, workbookWith(xml)));
    const QString message = expectError(path);
    QVERIFY2(message.contains(QStringLiteral("DTD")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("表1")));
}

void TestXlsxReader::hugeDeclaredSize()
{
    // A part that would unpack past the per-part limit is refused before it is inflated.
    QByteArray xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    xml += QByteArray(3 * 1024 * 1024, ' ');
    xml += "</sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("big.xlsx"));
    QVERIFY(writeZip(path, workbookWith(xml)));
    XlsxLimits limits;
    limits.maxEntrySize = 1024 * 1024;
    const QString message = expectError(path, limits);
    QVERIFY2(message.contains(QStringLiteral("would unpack")), qPrintable(message));
}

void TestXlsxReader::zipBombRatio()
{
    QByteArray xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    xml += QByteArray(8 * 1024 * 1024, ' ');
    xml += "</sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("bomb.xlsx"));
    QVERIFY(writeZip(path, workbookWith(xml)));
    QElapsedTimer timer;
    timer.start();
    const QString message = expectError(path);
    QVERIFY2(message.contains(QStringLiteral("zip bomb")), qPrintable(message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestXlsxReader::tooManyEntries()
{
    std::map<QString, QByteArray> parts =
        workbookWith("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>");
    for (int i = 0; i < 30; ++i)
        parts[QStringLiteral("xl/media/x%1.bin").arg(i)] = "x";
    const QString path = m_dir->filePath(QStringLiteral("entries.xlsx"));
    QVERIFY(writeZip(path, parts));
    XlsxLimits limits;
    limits.maxEntries = 20;
    const QString message = expectError(path, limits);
    QVERIFY2(message.contains(QStringLiteral("entries")), qPrintable(message));
    QVERIFY(expectError(path).isEmpty()); // within the default limit it reads
}

void TestXlsxReader::deepNesting()
{
    QByteArray xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int i = 0; i < 200; ++i)
        xml += "<x>";
    for (int i = 0; i < 200; ++i)
        xml += "</x>";
    xml += "</sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("deep.xlsx"));
    QVERIFY(writeZip(path, workbookWith(xml)));
    const QString message = expectError(path);
    QVERIFY2(message.contains(QStringLiteral("deeper")), qPrintable(message));
}

void TestXlsxReader::missingWorkbook()
{
    const QString path = m_dir->filePath(QStringLiteral("noworkbook.xlsx"));
    QVERIFY(writeZip(path, { { QStringLiteral("hello.txt"), "hi" } }));
    const QString message = expectError(path);
    QVERIFY2(message.contains(QStringLiteral("xl/workbook.xml")), qPrintable(message));
}

void TestXlsxReader::badCellReference()
{
    const QByteArray xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                           "<row r=\"2\"><c r=\"B7\"><v>1</v></c></row></sheetData></worksheet>";
    const QString path = m_dir->filePath(QStringLiteral("badref.xlsx"));
    QVERIFY(writeZip(path, workbookWith(xml)));
    const QString message = expectError(path);
    QVERIFY2(message.contains(QStringLiteral("B7")), qPrintable(message));
    const QByteArray shared = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                              "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>";
    QVERIFY(writeZip(path, workbookWith(shared)));
    QVERIFY(expectError(path).contains(QStringLiteral("shared string")));
}

void TestXlsxReader::fileTooLarge()
{
    const QString path = m_dir->filePath(QStringLiteral("large.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(60LL * 1024 * 1024)); // sparse: nothing is written
    f.close();
    QElapsedTimer timer;
    timer.start();
    const QString message = expectError(path);
    QVERIFY2(message.contains(QStringLiteral("50 MB")) && message.contains(QStringLiteral("large.xlsx")), qPrintable(message));
    QVERIFY(timer.elapsed() < 1000);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
