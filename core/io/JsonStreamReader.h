#pragma once

#include "core/domain/Result.h"
#include "core/io/JsonLimits.h"
#include "core/io/JsonTree.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace jx {

/**
 * Reads one JSON object from a device a member at a time, so that a document of any size is
 * read in little memory: the top-level keys one by one, and a value either whole or, for an
 * array, element by element. Only the structure of the top level is tokenized here (strings with
 * their escapes, nesting depth); each value is handed to JsonTree, which checks it strictly.
 * Every error names its byte offset in the file. The limits of JsonLimits hold: the document's
 * size, each value's size (but for the array read element by element) and the nesting depth.
 *
 *     reader.beginObject();
 *     while (std::optional<QString> key = *reader.nextKey())
 *         key == "items" ? (reader.beginArray(), loop on nextElement()) : reader.readValue();
 *     reader.finish();
 */
class JsonStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    /// Reads @p in, refusing it after @p maxBytes (a test can lower the limit).
    explicit JsonStreamReader(QIODevice& in, qint64 maxBytes = JsonLimits::MaxDocumentBytes);

    /// The position of the next unread byte, from the start of the device.
    qint64 offset() const { return m_base + m_pos; }
    /// Whether seek() can go back (files and buffers, not pipes).
    bool canSeek() const { return !m_in.isSequential(); }
    /// Continues reading at @p offset, which must be where a value starts (as offset() gave before it).
    Result<void> seek(qint64 offset);

    /// Expects the "{" that opens the document.
    Result<void> beginObject();
    /// The next key of the object, positioned before its value; none after the closing "}".
    Result<std::optional<QString>> nextKey();
    /// The value after a key (or, after beginArray(), does not apply: use nextElement()).
    Result<QJsonValue> readValue();
    /// Passes over the value after a key without parsing it; of any size unless @p limitSize.
    Result<void> skipValue(bool limitSize = true);
    /// Whether the value after a key is an array; if so, reads its "[".
    Result<bool> beginArray();
    /// Reads the next element of the array opened by beginArray() into @p into (which may refer to
    /// the reader's buffer until the next read); false after the array's "]". The element is
    /// parsed by JsonTree, and by QJsonDocument only when JsonTree does not take it: for the error.
    Result<bool> nextElement(JsonTree& into);
    /// The offset at which the last element or value read began.
    qint64 valueOffset() const { return m_valueOffset; }
    /// Expects nothing but white space after the closing "}".
    Result<void> finish();

private:
    int peek();
    void skipSpace();
    Error error(qint64 at, const QString& reason) const;
    Error unexpected(const QString& expected);
    // The value at the reader's position, at nesting @p level (the document is 1).
    Result<QByteArray> scanValue(bool keep, int level, bool limitSize);
    Result<void> scanString(QByteArray* into);
    bool fill();
    Result<QJsonValue> parse(const QByteArray& bytes, qint64 at, int level);

    QIODevice& m_in;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_base = 0;
    qint64 m_valueOffset = 0;
    bool m_capturing = false;
    qsizetype m_captureFrom = 0;
    QByteArray m_captured;
    bool m_firstMember = true;
    bool m_firstElement = true;
    qint64 m_maxBytes;
    bool m_tooLarge = false;
};

} // namespace jx
