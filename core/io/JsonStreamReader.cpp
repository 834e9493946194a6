#include "core/io/JsonStreamReader.h"

#include "core/io/JsonLimits.h"

#include <cstring>

namespace jx {

namespace {

// Large enough that reading is not a cost; small enough that it is no part of peak memory.
constexpr qint64 ChunkSize = 256 * 1024;

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonStreamReader::JsonStreamReader(QIODevice& in, qint64 maxBytes)
    : m_in(in)
    , m_maxBytes(maxBytes)
{ }

bool JsonStreamReader::fill()
{
    if (m_capturing) {
        m_captured.append(m_buf.constData() + m_captureFrom, m_buf.size() - m_captureFrom);
        m_captureFrom = 0;
    }
    m_base += m_buf.size();
    if (m_base >= m_maxBytes) {
        // Read no further: a stream of zeros or a file of gigabytes ends here, with its own error.
        m_tooLarge = true;
        m_buf.clear();
        m_pos = 0;
        return false;
    }
    m_buf = m_in.read(qMin(ChunkSize, m_maxBytes - m_base));
    // A pipe or socket may have nothing yet without being at its end.
    while (m_buf.isEmpty() && m_in.isSequential() && !m_in.atEnd() && m_in.waitForReadyRead(-1))
        m_buf = m_in.read(ChunkSize);
    m_pos = 0;
    return !m_buf.isEmpty();
}

int JsonStreamReader::peek()
{
    if (m_pos >= m_buf.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buf.at(m_pos));
}

void JsonStreamReader::skipSpace()
{
    while (isSpace(peek()))
        ++m_pos;
}

Error JsonStreamReader::error(qint64 at, const QString& reason) const
{
    if (m_tooLarge) {
        return makeError(Error::Code::Invalid,
            tr("The file is larger than %1 MiB, the most an import reads.").arg(m_maxBytes >> 20));
    }
    return makeError(Error::Code::Invalid, tr("The file is not valid JSON (at byte %1): %2").arg(at).arg(reason));
}

Error JsonStreamReader::unexpected(const QString& expected)
{
    const qint64 at = offset();
    const int c = peek();
    if (c < 0)
        return error(at, tr("the file ends where %1 should follow").arg(expected));
    const QString found = c >= 0x20 && c < 0x7f ? QString(QLatin1Char(char(c)))
                                                : QStringLiteral("0x%1").arg(c, 2, 16, QLatin1Char('0'));
    return error(at, tr("found “%1” where %2 should follow").arg(found, expected));
}

Result<void> JsonStreamReader::seek(qint64 offset)
{
    if (!m_in.seek(offset))
        return makeError(Error::Code::Storage, tr("Cannot read the file again: %1").arg(m_in.errorString()));
    m_buf.clear();
    m_pos = 0;
    m_base = offset;
    return {};
}

Result<QByteArray> JsonStreamReader::scanValue(bool keep, int level, bool limitSize)
{
    skipSpace();
    m_valueOffset = offset();
    const int first = peek();
    if (first < 0 || first == ',' || first == '}' || first == ']' || first == ':')
        return unexpected(tr("a value"));
    if (keep) {
        m_capturing = true;
        m_captureFrom = m_pos;
        m_captured.clear();
    }
    // Checked once per buffer, so that a value stops growing soon after it passes the limit.
    const auto tooLarge = [&] { return limitSize && offset() - m_valueOffset > JsonLimits::MaxValueBytes; };
    const auto tooLargeError = [&] {
        m_capturing = false;
        m_captured.clear();
        return error(m_valueOffset, tr("the value that starts here is larger than %1 MiB").arg(JsonLimits::MaxValueBytes >> 20));
    };
    if (first == '"' || first == '{' || first == '[') {
        // Only strings and nesting matter for finding the end; JsonTree checks the rest.
        int depth = 0;
        bool inString = false;
        bool escape = false;
        bool done = false;
        while (!done) {
            if (tooLarge())
                return tooLargeError();
            if (m_pos >= m_buf.size() && !fill()) {
                m_capturing = false;
                return error(m_valueOffset,
                    inString && depth == 0 ? tr("the text that starts here does not end")
                                           : tr("the value that starts here does not end"));
            }
            const char* data = m_buf.constData();
            const qsizetype size = m_buf.size();
            while (m_pos < size) {
                if (inString && !escape) {
                    // Most of a document is text: jump to its next quote or backslash.
                    const char* from = data + m_pos;
                    const auto* quote = static_cast<const char*>(std::memchr(from, '"', size_t(size - m_pos)));
                    const char* stop = quote ? quote : data + size;
                    const auto* backslash = static_cast<const char*>(std::memchr(from, '\\', size_t(stop - from)));
                    if (backslash)
                        stop = backslash;
                    m_pos = stop - data;
                    if (m_pos >= size)
                        break;
                }
                const char c = data[m_pos++];
                if (inString) {
                    if (escape)
                        escape = false;
                    else if (c == '\\')
                        escape = true;
                    else if (c == '"') {
                        inString = false;
                        if (depth == 0) {
                            done = true;
                            break;
                        }
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    if (++depth + level - 1 > JsonLimits::MaxDepth) {
                        m_capturing = false;
                        m_captured.clear();
                        return error(offset() - 1,
                            tr("objects and lists are nested more than %1 deep").arg(JsonLimits::MaxDepth));
                    }
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        done = true;
                        break;
                    }
                }
            }
        }
    } else {
        // A number, true, false or null: up to the next delimiter.
        for (int c = peek(); c >= 0 && !isSpace(c) && c != ',' && c != '}' && c != ']'; c = peek()) {
            ++m_pos;
            if (tooLarge())
                return tooLargeError();
        }
    }
    if (tooLarge())
        return tooLargeError();
    if (!keep)
        return QByteArray();
    m_capturing = false;
    if (m_captured.isEmpty()) {
        // The whole value is in the buffer: no copy. The bytes stay valid until the buffer is
        // next filled, and callers parse them before reading on.
        return QByteArray::fromRawData(m_buf.constData() + m_captureFrom, m_pos - m_captureFrom);
    }
    m_captured.append(m_buf.constData() + m_captureFrom, m_pos - m_captureFrom);
    return std::move(m_captured);
}

Result<QJsonValue> JsonStreamReader::parse(const QByteArray& bytes, qint64 at, int level)
{
    JsonTree tree;
    if (!tree.parse(bytes, JsonLimits::MaxDepth - level + 1))
        return error(at + tree.errorOffset(), tree.errorReason());
    return tree.toJsonValue(tree.root());
}

Result<void> JsonStreamReader::beginObject()
{
    if (offset() == 0 && peek() == 0xEF && m_buf.startsWith("\xEF\xBB\xBF"))
        m_pos += 3; // a UTF-8 byte order mark, as some editors write
    skipSpace();
    if (peek() != '{')
        return unexpected(tr("“{”, the start of the document"));
    ++m_pos;
    m_firstMember = true;
    return {};
}

Result<std::optional<QString>> JsonStreamReader::nextKey()
{
    skipSpace();
    int c = peek();
    if (c == '}') {
        ++m_pos;
        return std::optional<QString>();
    }
    if (!m_firstMember) {
        if (c != ',')
            return unexpected(tr("“,” or “}”"));
        ++m_pos;
        skipSpace();
        c = peek();
    }
    m_firstMember = false;
    if (c != '"')
        return unexpected(tr("a key in quotes"));
    Result<QByteArray> bytes = scanValue(true, 2, true);
    if (!bytes)
        return bytes.error();
    Result<QJsonValue> key = parse(*bytes, m_valueOffset, 2);
    if (!key)
        return key.error();
    skipSpace();
    if (peek() != ':')
        return unexpected(tr("“:”"));
    ++m_pos;
    return std::optional<QString>(key->toString());
}

Result<QJsonValue> JsonStreamReader::readValue()
{
    Result<QByteArray> bytes = scanValue(true, 2, true);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, m_valueOffset, 2);
}

Result<void> JsonStreamReader::skipValue(bool limitSize)
{
    Result<QByteArray> bytes = scanValue(false, 2, limitSize);
    if (!bytes)
        return bytes.error();
    return {};
}

Result<bool> JsonStreamReader::beginArray()
{
    skipSpace();
    if (peek() != '[')
        return false;
    m_valueOffset = offset();
    ++m_pos;
    m_firstElement = true;
    return true;
}

Result<bool> JsonStreamReader::nextElement(JsonTree& into)
{
    skipSpace();
    const int c = peek();
    if (c == ']') {
        ++m_pos;
        return false;
    }
    if (!m_firstElement) {
        if (c != ',')
            return unexpected(tr("“,” or “]”"));
        ++m_pos;
    }
    m_firstElement = false;
    Result<QByteArray> bytes = scanValue(true, 3, true);
    if (!bytes)
        return bytes.error();
    if (!into.parse(*bytes, JsonLimits::MaxDepth - 2))
        return error(m_valueOffset + into.errorOffset(), into.errorReason());
    return true;
}

Result<void> JsonStreamReader::finish()
{
    skipSpace();
    if (peek() >= 0)
        return error(offset(), tr("there is more after the end of the document"));
    return {};
}

} // namespace jx
