#pragma once

// A minimal reader of the .xlsx files the report writer makes, for tests only (libzip and
// QXmlStreamReader): cells with their type, value and number format, merged ranges, row counts.
// Not a general reader: the application's own lives in core/io.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <zip.h>

#include <functional>
#include <optional>

namespace jx::test {

struct XlsxCell
{
    QString type;      ///< "n" (number), "s" (shared string), "inlineStr", "str", "b" or "" (blank)
    QString text;      ///< the string, or the number as written
    int style = 0;
    bool isNumber() const { return type == QLatin1String("n") && !text.isEmpty(); }
    double number() const { return text.toDouble(); }
};

struct XlsxSheet
{
    QHash<QPair<int, int>, XlsxCell> cells; ///< (row, column) from 0
    QStringList merges;                      ///< "A1:E1"
    qint64 rowElements = 0;
    QString repeatRows;

    XlsxCell at(int row, int column) const { return cells.value({ row, column }); }
    QString text(int row, int column) const { return at(row, column).text; }
};

class XlsxTestReader
{
public:
    explicit XlsxTestReader(const QString& path)
    {
        int error = 0;
        m_zip = zip_open(path.toLocal8Bit().constData(), ZIP_RDONLY, &error);
        if (!m_zip)
            return;
        readSharedStrings();
        readStyles();
        readWorkbook();
    }
    ~XlsxTestReader()
    {
        if (m_zip)
            zip_close(m_zip);
    }
    XlsxTestReader(const XlsxTestReader&) = delete;
    XlsxTestReader& operator=(const XlsxTestReader&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QStringList sheetNames() const { return m_sheetNames; }
    QString definedNames() const { return m_definedNames; }
    QString numberFormat(int style) const { return m_numFmt.value(style); }
    bool bold(int style) const { return m_bold.value(style); }
    bool filled(int style) const { return m_filled.value(style); }

    /// Reads an entry in chunks into @p xml (so that a sheet of 300,000 rows is never held whole).
    bool stream(const char* entry, const std::function<void(QXmlStreamReader&)>& each) const
    {
        if (!m_zip)
            return false;
        zip_file_t* file = zip_fopen(m_zip, entry, 0);
        if (!file)
            return false;
        QXmlStreamReader xml;
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        for (;;) {
            const zip_int64_t n = zip_fread(file, chunk.data(), chunk.size());
            if (n > 0)
                xml.addData(QByteArray(chunk.constData(), n));
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.hasError())
                    break;
                if (xml.isStartElement())
                    each(xml);
            }
            if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                break;
            if (n <= 0)
                break;
        }
        zip_fclose(file);
        return !xml.hasError() || xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
    }

    /// The <row> elements of sheet @p index (from 0), counted while streaming.
    qint64 countRows(int index) const
    {
        qint64 rows = 0;
        const QByteArray entry = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1).toUtf8();
        stream(entry.constData(), [&rows](QXmlStreamReader& xml) {
            if (xml.name() == QLatin1String("row"))
                ++rows;
        });
        return rows;
    }

    /// The whole sheet @p index (from 0); for small sheets.
    XlsxSheet sheet(int index) const
    {
        XlsxSheet out;
        const QByteArray entry = QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1).toUtf8();
        QByteArray xmlText = read(entry.constData());
        QXmlStreamReader xml(xmlText);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("row")) {
                ++out.rowElements;
            } else if (xml.name() == QLatin1String("mergeCell")) {
                out.merges << xml.attributes().value(QLatin1String("ref")).toString();
            } else if (xml.name() == QLatin1String("c")) {
                const auto attrs = xml.attributes();
                const auto [row, column] = position(attrs.value(QLatin1String("r")).toString());
                XlsxCell cell;
                cell.type = attrs.hasAttribute(QLatin1String("t")) ? attrs.value(QLatin1String("t")).toString() : QString();
                cell.style = attrs.value(QLatin1String("s")).toInt();
                // Until </c>: <v> or <is><t>.
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                    if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                        cell.text = xml.readElementText();
                        if (cell.type.isEmpty())
                            cell.type = QStringLiteral("n");
                    } else if (xml.isStartElement() && xml.name() == QLatin1String("t")) {
                        cell.text += xml.readElementText();
                    }
                }
                if (cell.type == QLatin1String("s"))
                    cell.text = m_shared.value(cell.text.toInt());
                out.cells.insert({ row, column }, cell);
            }
        }
        return out;
    }

    static QPair<int, int> position(const QString& ref)
    {
        int column = 0;
        int i = 0;
        while (i < ref.size() && ref.at(i).isLetter()) {
            column = column * 26 + (ref.at(i).unicode() - 'A' + 1);
            ++i;
        }
        return { ref.mid(i).toInt() - 1, column - 1 };
    }

private:
    QByteArray read(const char* entry) const
    {
        QByteArray out;
        zip_stat_t st;
        if (!m_zip || zip_stat(m_zip, entry, 0, &st) != 0)
            return out;
        zip_file_t* file = zip_fopen(m_zip, entry, 0);
        if (!file)
            return out;
        out.resize(qsizetype(st.size));
        const zip_int64_t n = zip_fread(file, out.data(), st.size);
        zip_fclose(file);
        out.resize(n < 0 ? 0 : qsizetype(n));
        return out;
    }

    void readSharedStrings()
    {
        QXmlStreamReader xml(read("xl/sharedStrings.xml"));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                m_shared << current;
                inSi = false;
            }
        }
    }

    void readStyles()
    {
        QXmlStreamReader xml(read("xl/styles.xml"));
        QHash<int, QString> codes { { 0, QStringLiteral("General") }, { 1, QStringLiteral("0") },
                                    { 2, QStringLiteral("0.00") }, { 3, QStringLiteral("#,##0") },
                                    { 4, QStringLiteral("#,##0.00") }, { 9, QStringLiteral("0%") },
                                    { 10, QStringLiteral("0.00%") } };
        QList<bool> fontBold;
        QList<bool> fillSolid;
        QString section;
        int xfIndex = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == QLatin1String("numFmt")) {
                    codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                 xml.attributes().value(QLatin1String("formatCode")).toString());
                } else if (n == QLatin1String("fonts") || n == QLatin1String("fills") || n == QLatin1String("cellXfs")
                           || n == QLatin1String("cellStyleXfs")) {
                    section = n.toString();
                } else if (n == QLatin1String("font") && section == QLatin1String("fonts")) {
                    fontBold << false;
                } else if (n == QLatin1String("b") && section == QLatin1String("fonts") && !fontBold.isEmpty()) {
                    fontBold.last() = true;
                } else if (n == QLatin1String("patternFill") && section == QLatin1String("fills")) {
                    fillSolid << (xml.attributes().value(QLatin1String("patternType")) == QLatin1String("solid"));
                } else if (n == QLatin1String("xf") && section == QLatin1String("cellXfs")) {
                    const auto a = xml.attributes();
                    m_numFmt.insert(xfIndex, codes.value(a.value(QLatin1String("numFmtId")).toInt()));
                    m_bold.insert(xfIndex, fontBold.value(a.value(QLatin1String("fontId")).toInt()));
                    m_filled.insert(xfIndex, fillSolid.value(a.value(QLatin1String("fillId")).toInt()));
                    ++xfIndex;
                }
            }
        }
    }

    void readWorkbook()
    {
        QXmlStreamReader xml(read("xl/workbook.xml"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
                m_sheetNames << xml.attributes().value(QLatin1String("name")).toString();
            else if (xml.isStartElement() && xml.name() == QLatin1String("definedName")) {
                const QString name = xml.attributes().value(QLatin1String("name")).toString();
                m_definedNames += name + QLatin1Char('=') + xml.readElementText() + QLatin1Char('\n');
            }
        }
    }

    zip_t* m_zip = nullptr;
    QStringList m_shared;
    QStringList m_sheetNames;
    QString m_definedNames;
    QHash<int, QString> m_numFmt;
    QHash<int, bool> m_bold;
    QHash<int, bool> m_filled;
};

} // namespace jx::test
