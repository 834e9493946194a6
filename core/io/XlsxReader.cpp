#include "core/io/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

namespace jx {

namespace {

constexpr qint64 Chunk = 64 * 1024;
constexpr qint64 RatioFloor = 1024 * 1024; // small parts compress well and cannot do harm

QString zipErrorText(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&e));
    zip_error_fini(&e);
    return text;
}

// "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml"; a target is relative to its part's folder.
QString resolveTarget(const QString& baseFolder, const QString& target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QString(baseFolder + target);
    return QDir::cleanPath(path);
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

} // namespace

QString XlsxCell::reference() const
{
    return XlsxReader::cellName(row, column);
}

XlsxReader::XlsxReader(zip* archive, QString name, Limits limits, QByteArray data)
    : m_zip(archive)
    , m_name(std::move(name))
    , m_limits(limits)
    , m_data(std::move(data))
{
}

XlsxReader::~XlsxReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

Error XlsxReader::error(const QString& reason, const QString& sheet) const
{
    if (sheet.isEmpty())
        return makeError(Error::Code::Invalid, tr("%1: %2").arg(m_name, reason));
    return makeError(Error::Code::Invalid, tr("%1, sheet “%2”: %3").arg(m_name, sheet, reason));
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path, const Limits& limits)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists() || !info.isFile())
        return makeError(Error::Code::NotFound, tr("%1: no such file.").arg(name));
    // Checked from the directory entry alone: a file far over the limit is refused without reading it.
    if (info.size() > limits.maxFileSize) {
        return makeError(Error::Code::Invalid,
            tr("%1 is %2 MB; workbooks over %3 MB are not imported.")
                .arg(name)
                .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                .arg(limits.maxFileSize / (1024 * 1024)));
    }
    if (info.size() == 0)
        return makeError(Error::Code::Invalid, tr("%1 is empty: it is not an Excel workbook.").arg(name));
    int code = 0;
    zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS || code == ZIP_ER_EOF)
            return makeError(Error::Code::Invalid, tr("%1 is not an Excel workbook (.xlsx).").arg(name));
        return makeError(Error::Code::Invalid, tr("Cannot open %1: %2").arg(name, zipErrorText(code)));
    }
    std::unique_ptr<XlsxReader> reader(new XlsxReader(archive, name, limits, {}));
    if (Result<void> r = reader->load(); !r)
        return r.error();
    return reader;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::openData(const QByteArray& data, const QString& name,
                                                          const Limits& limits)
{
    if (data.size() > limits.maxFileSize) {
        return makeError(Error::Code::Invalid, tr("%1 is %2 MB; workbooks over %3 MB are not imported.")
                                                   .arg(name)
                                                   .arg(double(data.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                                   .arg(limits.maxFileSize / (1024 * 1024)));
    }
    if (data.isEmpty())
        return makeError(Error::Code::Invalid, tr("%1 is empty: it is not an Excel workbook.").arg(name));
    std::unique_ptr<XlsxReader> reader(new XlsxReader(nullptr, name, limits, data));
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* source = zip_source_buffer_create(reader->m_data.constData(), zip_uint64_t(reader->m_data.size()), 0, &ze);
    if (!source) {
        zip_error_fini(&ze);
        return makeError(Error::Code::Invalid, tr("%1 is not an Excel workbook (.xlsx).").arg(name));
    }
    zip* archive = zip_open_from_source(source, ZIP_RDONLY, &ze);
    zip_error_fini(&ze);
    if (!archive) {
        zip_source_free(source);
        return makeError(Error::Code::Invalid, tr("%1 is not an Excel workbook (.xlsx).").arg(name));
    }
    reader->m_zip = archive;
    if (Result<void> r = reader->load(); !r)
        return r.error();
    return reader;
}

Result<QString> XlsxReader::findPart(const QString& part) const
{
    const QByteArray name = part.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, name.constData(), 0);
    if (index < 0)
        index = zip_name_locate(m_zip, name.constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return makeError(Error::Code::NotFound, tr("the part %1 is missing.").arg(part));
    return QString::fromUtf8(zip_get_name(m_zip, zip_uint64_t(index), 0));
}

Result<void> XlsxReader::parsePart(const QString& part, const QString& sheet,
                                   const std::function<Result<bool>(QXmlStreamReader&)>& onToken)
{
    const QByteArray name = part.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, name.constData(), 0);
    if (index < 0)
        index = zip_name_locate(m_zip, name.constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return error(tr("the part %1 is missing.").arg(part), sheet);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return error(tr("the part %1 cannot be read.").arg(part), sheet);
    // The declared sizes are checked before anything is inflated; the bytes actually inflated are
    // counted below as well, since a zip may lie about them.
    const qint64 declared = qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(INT64_MAX)));
    if (declared > m_limits.maxEntrySize) {
        return error(tr("the part %1 would unpack to %2 MB; the limit is %3 MB.")
                         .arg(part)
                         .arg(declared / (1024 * 1024))
                         .arg(m_limits.maxEntrySize / (1024 * 1024)),
            sheet);
    }
    if ((st.valid & ZIP_STAT_COMP_SIZE) && declared > RatioFloor) {
        const qint64 compressed = qint64(std::max<zip_uint64_t>(st.comp_size, 1));
        if (declared / compressed > m_limits.maxRatio)
            return error(tr("the part %1 is compressed %2 times; this looks like a zip bomb.").arg(part).arg(declared / compressed), sheet);
    }
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return error(tr("the part %1 cannot be read: %2").arg(part, QString::fromUtf8(zip_strerror(m_zip))), sheet);
    struct Closer
    {
        zip_file_t* f;
        ~Closer() { zip_fclose(f); }
    } closer { file };

    QXmlStreamReader xml;
    xml.setNamespaceProcessing(true);
    QByteArray buffer(Chunk, Qt::Uninitialized);
    qint64 readHere = 0;
    bool atEnd = false;
    int depth = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (xml.hasError()) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !atEnd) {
                const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
                if (n < 0) {
                    return error(tr("the part %1 is damaged: %2").arg(part, QString::fromUtf8(zip_file_strerror(file))),
                        sheet);
                }
                if (n == 0) {
                    atEnd = true;
                    continue;
                }
                readHere += n;
                m_totalRead += n;
                if (readHere > m_limits.maxEntrySize || readHere > declared)
                    return error(tr("the part %1 unpacks to more than it declares.").arg(part), sheet);
                if (m_totalRead > m_limits.maxTotalSize) {
                    return error(tr("the workbook unpacks to more than %1 MB.").arg(m_limits.maxTotalSize / (1024 * 1024)),
                        sheet);
                }
                xml.addData(QByteArray(buffer.constData(), n));
                continue;
            }
            return error(tr("the part %1 is not valid XML (line %2): %3")
                             .arg(part)
                             .arg(xml.lineNumber())
                             .arg(xml.errorString()),
                sheet);
        }
        switch (token) {
        case QXmlStreamReader::DTD:
            // A DTD is where entities that expand (or reach out of the file) are declared: none is needed.
            return error(tr("the part %1 declares a DTD; such files are not read.").arg(part), sheet);
        case QXmlStreamReader::EntityReference:
            return error(tr("the part %1 uses an undeclared entity “%2”.").arg(part, xml.name().toString()), sheet);
        case QXmlStreamReader::StartElement:
            if (++depth > m_limits.maxDepth)
                return error(tr("the part %1 nests elements deeper than %2.").arg(part).arg(m_limits.maxDepth), sheet);
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::EndDocument:
            return {};
        default:
            break;
        }
        Result<bool> go = onToken(xml);
        if (!go)
            return go.error();
        if (!*go)
            return {};
    }
}

Result<void> XlsxReader::load()
{
    const zip_int64_t entries = zip_get_num_entries(m_zip, 0);
    if (entries < 0 || entries > m_limits.maxEntries)
        return error(tr("the zip holds %1 entries; a workbook has at most %2.").arg(entries).arg(m_limits.maxEntries));

    // The workbook part, from the package relationships (xl/workbook.xml when there are none).
    QString workbook = QStringLiteral("xl/workbook.xml");
    if (findPart(QStringLiteral("_rels/.rels"))) {
        Result<void> r = parsePart(QStringLiteral("_rels/.rels"), {}, [&](QXmlStreamReader& x) -> Result<bool> {
            if (x.isStartElement() && x.name() == QLatin1String("Relationship")
                && x.attributes().value(QLatin1String("Type")).endsWith(QLatin1String("/officeDocument"))) {
                workbook = resolveTarget({}, x.attributes().value(QLatin1String("Target")).toString());
                return false;
            }
            return true;
        });
        if (!r)
            return r;
    }
    if (!findPart(workbook))
        return error(tr("it is not an Excel workbook: %1 is missing.").arg(workbook));

    const QString folder = folderOf(workbook);
    const QString relsPart = folder + QStringLiteral("_rels/") + workbook.mid(folder.size()) + QStringLiteral(".rels");
    QHash<QString, QString> targets; // relationship id → part
    QString sharedStringsPart;
    if (findPart(relsPart)) {
        Result<void> r = parsePart(relsPart, {}, [&](QXmlStreamReader& x) -> Result<bool> {
            if (x.isStartElement() && x.name() == QLatin1String("Relationship")) {
                const QString target = resolveTarget(folder, x.attributes().value(QLatin1String("Target")).toString());
                targets.insert(x.attributes().value(QLatin1String("Id")).toString(), target);
                if (x.attributes().value(QLatin1String("Type")).endsWith(QLatin1String("/sharedStrings")))
                    sharedStringsPart = target;
            }
            return true;
        });
        if (!r)
            return r;
    }

    Result<void> r = parsePart(workbook, {}, [&](QXmlStreamReader& x) -> Result<bool> {
        if (x.isStartElement() && x.name() == QLatin1String("sheet")) {
            XlsxSheetInfo info;
            info.name = x.attributes().value(QLatin1String("name")).toString();
            QString rid;
            for (const QXmlStreamAttribute& a : x.attributes()) {
                if (a.name() == QLatin1String("id") && a.namespaceUri().endsWith(QLatin1String("/relationships")))
                    rid = a.value().toString();
            }
            info.part = targets.value(rid);
            if (info.part.isEmpty()) // a workbook without relationships: the usual place
                info.part = folder + QStringLiteral("worksheets/sheet%1.xml").arg(m_sheets.size() + 1);
            const QStringView state = x.attributes().value(QLatin1String("state"));
            info.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
            m_sheets << info;
        }
        return true;
    });
    if (!r)
        return r;
    if (m_sheets.isEmpty())
        return error(tr("the workbook has no sheets."));

    if (sharedStringsPart.isEmpty() && findPart(folder + QStringLiteral("sharedStrings.xml")))
        sharedStringsPart = folder + QStringLiteral("sharedStrings.xml");
    if (!sharedStringsPart.isEmpty() && findPart(sharedStringsPart)) {
        QString current;
        bool inString = false;
        bool inText = false;
        int phonetic = 0;
        r = parsePart(sharedStringsPart, {}, [&](QXmlStreamReader& x) -> Result<bool> {
            if (x.isStartElement()) {
                if (x.name() == QLatin1String("si")) {
                    inString = true;
                    current.clear();
                } else if (x.name() == QLatin1String("rPh")) {
                    ++phonetic; // phonetic runs are not part of the text
                } else if (x.name() == QLatin1String("t") && inString && phonetic == 0) {
                    inText = true;
                }
            } else if (x.isEndElement()) {
                if (x.name() == QLatin1String("si")) {
                    inString = false;
                    m_sharedStrings << current;
                } else if (x.name() == QLatin1String("rPh")) {
                    --phonetic;
                } else if (x.name() == QLatin1String("t")) {
                    inText = false;
                }
            } else if (x.isCharacters() && inText) {
                current += x.text();
            }
            return true;
        });
        if (!r)
            return r;
    }
    return {};
}

QStringList XlsxReader::sheetNames() const
{
    QStringList out;
    for (const XlsxSheetInfo& s : m_sheets)
        out << s.name;
    return out;
}

bool XlsxReader::hasSheet(const QString& name) const
{
    return sheetNames().contains(name);
}

std::optional<std::pair<int, int>> XlsxReader::parseReference(QStringView reference)
{
    qsizetype i = 0;
    qint64 column = 0;
    while (i < reference.size() && i < 4) {
        const QChar c = reference.at(i);
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            column = column * 26 + (u - u'A' + 1);
        else if (u >= u'a' && u <= u'z')
            column = column * 26 + (u - u'a' + 1);
        else
            break;
        ++i;
    }
    if (i == 0 || column > 16384)
        return std::nullopt;
    qint64 row = 0;
    const qsizetype digits = i;
    while (i < reference.size()) {
        const char16_t u = reference.at(i).unicode();
        if (u < u'0' || u > u'9' || i - digits >= 8)
            return std::nullopt;
        row = row * 10 + (u - u'0');
        ++i;
    }
    if (i == digits || row < 1 || row > 1048576)
        return std::nullopt;
    return std::make_pair(int(row), int(column));
}

QString XlsxReader::columnName(int column)
{
    QString out;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        out.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return out;
}

QString XlsxReader::cellName(int row, int column)
{
    return columnName(column) + QString::number(row);
}

Result<void> XlsxReader::readSheet(const QString& name, const RowHandler& onRow)
{
    const XlsxSheetInfo* sheet = nullptr;
    for (const XlsxSheetInfo& s : std::as_const(m_sheets)) {
        if (s.name == name)
            sheet = &s;
    }
    if (!sheet)
        return error(tr("there is no sheet “%1”.").arg(name));
    m_merged.clear();

    QList<XlsxCell> cells;
    XlsxCell cell;
    int row = 0;
    int lastRow = 0;
    int lastColumn = 0;
    QString type;
    enum class In
    {
        None,
        Value,
        Formula,
        InlineText,
    } in = In::None;
    bool inInline = false;
    bool stopped = false;

    auto finishCell = [&]() -> Result<void> {
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype index = cell.text.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size())
                return error(tr("cell %1 points to shared string %2, which does not exist.").arg(cell.reference(), cell.text), name);
            cell.text = m_sharedStrings.at(index);
            cell.sharedString = true;
            cell.type = XlsxCell::Type::Text;
        } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("d")) {
            cell.type = XlsxCell::Type::Text;
        } else if (type == QLatin1String("b")) {
            cell.type = XlsxCell::Type::Boolean;
        } else if (type == QLatin1String("e")) {
            cell.type = XlsxCell::Type::Error;
        } else if (type.isEmpty() || type == QLatin1String("n")) {
            if (cell.text.isEmpty()) {
                cell.type = XlsxCell::Type::Blank;
            } else {
                bool ok = false;
                cell.number = cell.text.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(cell.number))
                    return error(tr("cell %1 holds “%2”, which is not a number.").arg(cell.reference(), cell.text), name);
                cell.type = XlsxCell::Type::Number;
            }
        } else {
            return error(tr("cell %1 has an unknown type “%2”.").arg(cell.reference(), type), name);
        }
        if (cell.type == XlsxCell::Type::Text && cell.text.isEmpty() && !cell.formula)
            cell.type = XlsxCell::Type::Blank;
        cells << cell;
        return {};
    };

    Result<void> r = parsePart(sheet->part, name, [&](QXmlStreamReader& x) -> Result<bool> {
        if (x.isStartElement()) {
            const QStringView element = x.name();
            if (element == QLatin1String("row")) {
                const QStringView number = x.attributes().value(QLatin1String("r"));
                bool ok = false;
                const int n = number.isEmpty() ? lastRow + 1 : number.toInt(&ok);
                if ((!number.isEmpty() && !ok) || n < 1 || n > m_limits.maxRows || n <= lastRow)
                    return error(tr("row number “%1” is out of order or out of range.").arg(number.toString()), name);
                row = n;
                lastRow = n;
                lastColumn = 0;
                cells.clear();
            } else if (element == QLatin1String("c")) {
                if (row == 0)
                    return error(tr("a cell stands outside any row."), name);
                cell = XlsxCell();
                cell.row = row;
                const QStringView ref = x.attributes().value(QLatin1String("r"));
                if (ref.isEmpty()) {
                    cell.column = lastColumn + 1;
                } else {
                    const std::optional<std::pair<int, int>> at = parseReference(ref);
                    if (!at || at->first != row)
                        return error(tr("cell reference “%1” is not valid in row %2.").arg(ref.toString()).arg(row), name);
                    cell.column = at->second;
                }
                if (cell.column <= lastColumn || cell.column > m_limits.maxColumns)
                    return error(tr("cell %1 is out of order.").arg(cell.reference()), name);
                lastColumn = cell.column;
                type = x.attributes().value(QLatin1String("t")).toString();
            } else if (element == QLatin1String("v")) {
                in = In::Value;
            } else if (element == QLatin1String("f")) {
                in = In::Formula;
                cell.formula = true;
            } else if (element == QLatin1String("is")) {
                inInline = true;
            } else if (element == QLatin1String("t") && inInline) {
                in = In::InlineText;
            } else if (element == QLatin1String("rPh")) {
                inInline = false; // phonetic guide inside an inline string: not text
            } else if (element == QLatin1String("mergeCell")) {
                const QString ref = x.attributes().value(QLatin1String("ref")).toString();
                const QStringList ends = ref.split(QLatin1Char(':'));
                const auto a = parseReference(ends.value(0));
                const auto b = parseReference(ends.value(ends.size() > 1 ? 1 : 0));
                if (!a || !b)
                    return error(tr("merged range “%1” is not valid.").arg(ref), name);
                m_merged << XlsxRange { std::min(a->first, b->first), std::min(a->second, b->second),
                    std::max(a->first, b->first), std::max(a->second, b->second) };
            }
        } else if (x.isEndElement()) {
            const QStringView element = x.name();
            if (element == QLatin1String("c")) {
                if (Result<void> done = finishCell(); !done)
                    return done.error();
            } else if (element == QLatin1String("row")) {
                if (!cells.isEmpty() && !onRow(row, cells)) {
                    stopped = true;
                    return false;
                }
                cells.clear();
            } else if (element == QLatin1String("v") || element == QLatin1String("f") || element == QLatin1String("t")) {
                in = In::None;
            } else if (element == QLatin1String("is")) {
                inInline = false;
            } else if (element == QLatin1String("rPh")) {
                inInline = true;
            }
        } else if (x.isCharacters()) {
            switch (in) {
            case In::Value:
                cell.text += x.text();
                break;
            case In::InlineText:
                if (inInline)
                    cell.text += x.text();
                break;
            case In::Formula:
                cell.formulaText += x.text();
                break;
            case In::None:
                break;
            }
        }
        return true;
    });
    Q_UNUSED(stopped);
    return r;
}

} // namespace jx
