#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

struct zip;
class QXmlStreamReader;

namespace jx {

/// One cell of a worksheet as the file stores it.
struct XlsxCell
{
    enum class Type
    {
        Blank,   ///< no value (a styled empty cell)
        Number,  ///< t="n" or no type: text holds the number as written in the file
        Text,    ///< a shared string (t="s"), an inline string, a formula's string result or a date
        Boolean, ///< t="b": text is "1" or "0"
        Error,   ///< t="e": text is the error, such as "#DIV/0!"
    };

    int row = 0;    ///< 1-based, as Excel shows it
    int column = 0; ///< 1-based (A = 1)
    Type type = Type::Blank;
    QString text;    ///< the value as written (a number's exact digits, a string, an error)
    double number = 0;
    bool formula = false; ///< the cell holds a formula (<f>); text/number are its cached value
    QString formulaText;
    bool sharedString = false;

    /// "B7".
    QString reference() const;
};

/// A merged range, 1-based and inclusive.
struct XlsxRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

struct XlsxSheetInfo
{
    QString name;
    QString part; ///< path of the sheet's XML inside the zip
    bool hidden = false;
};

/// The bounds a workbook from outside must stay within (checked before and while it is read).
struct XlsxLimits
{
    qint64 maxFileSize = 50LL * 1024 * 1024;     ///< the .xlsx file itself
    qint64 maxEntrySize = 256LL * 1024 * 1024;   ///< one part, uncompressed
    qint64 maxTotalSize = 1024LL * 1024 * 1024;  ///< all parts read, uncompressed
    qint64 maxRatio = 200;                       ///< uncompressed / compressed, for parts above 1 MiB
    int maxEntries = 10000;
    int maxDepth = 64;                           ///< XML element nesting
    int maxRows = 1048576;                       ///< Excel's own limit
    int maxColumns = 16384;
};

/**
 * Reads an .xlsx workbook (Office Open XML) written by Excel, WPS or libxlsxwriter: the sheet names,
 * the shared strings, and each sheet's cells streamed row by row with QXmlStreamReader (a sheet is
 * never held whole in memory). The file comes from outside and is checked before it is read: its
 * size, the number of entries of the zip, each entry's declared size and compression ratio (zip
 * bombs), and while reading, the bytes actually inflated; XML with a DTD is refused (no entity can
 * expand), and elements may nest only so deep. Every error is translated and names the file and,
 * where it applies, the sheet.
 *
 * The zip is read with libzip (never QuaZip: DESIGN.md §1).
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    using Limits = XlsxLimits;

    /// What to do with each row of a sheet: return false to stop reading.
    using RowHandler = std::function<bool(int row, const QList<XlsxCell>& cells)>;

    /// Opens @p path; refuses a file over the limits before reading its content.
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path, const Limits& limits = {});
    /// Opens a workbook held in memory (tests, fuzzing); @p name is used in messages.
    static Result<std::unique_ptr<XlsxReader>> openData(const QByteArray& data, const QString& name,
                                                        const Limits& limits = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    const QList<XlsxSheetInfo>& sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    bool hasSheet(const QString& name) const;

    /// Streams the rows of sheet @p name (rows without cells are skipped); merged ranges are kept.
    Result<void> readSheet(const QString& name, const RowHandler& onRow);
    /// The merged ranges of the sheet read last.
    const QList<XlsxRange>& mergedRanges() const { return m_merged; }

    /// "A1" → (row 1, column 1); nullopt for anything else.
    static std::optional<std::pair<int, int>> parseReference(QStringView reference);
    /// 1 → "A", 27 → "AA".
    static QString columnName(int column);
    static QString cellName(int row, int column);

private:
    XlsxReader(zip* archive, QString name, Limits limits, QByteArray data);
    Result<void> load();
    /// Streams the XML of entry @p part; @p onToken returns false to stop, an error to fail.
    Result<void> parsePart(const QString& part, const QString& sheet,
                           const std::function<Result<bool>(QXmlStreamReader&)>& onToken);
    Result<QString> findPart(const QString& part) const;
    Error error(const QString& reason, const QString& sheet = {}) const;

    zip* m_zip = nullptr;
    QString m_name;
    Limits m_limits;
    QByteArray m_data; ///< the bytes of a workbook opened from memory (libzip reads them in place)
    qint64 m_totalRead = 0;
    QList<XlsxSheetInfo> m_sheets;
    QStringList m_sharedStrings;
    QList<XlsxRange> m_merged;
};

} // namespace jx
