#pragma once

// The framing of a package file, shared by PackageWriter and PackageReader
// (docs/package-format.md). All integers are unsigned big-endian.

#include <QByteArray>
#include <QtEndian>

namespace jx::PackageFormat {

inline constexpr char Magic[] = "JXPKG";
inline constexpr int MagicSize = 5;
inline constexpr int VersionSize = 4;                           ///< major u16, minor u16
inline constexpr int PrefixSize = MagicSize + VersionSize + 4;  ///< … header length u32
inline constexpr int PayloadLengthSize = 8;                     ///< u64
inline constexpr int KeyLengthSize = 2;                         ///< u16
inline constexpr int DigestSize = 32;                           ///< SM3
inline constexpr int SignatureLengthSize = 2;                   ///< u16
/// The fewest bytes after the payload: key and signature lengths and the digest (both empty).
inline constexpr int MinTrailerSize = KeyLengthSize + DigestSize + SignatureLengthSize;
/// Files are read and written in chunks of this size, whatever their size.
inline constexpr qint64 ChunkSize = 1 << 20;

template <typename T>
QByteArray bigEndian(T value)
{
    QByteArray out(int(sizeof(T)), Qt::Uninitialized);
    qToBigEndian<T>(value, out.data());
    return out;
}

template <typename T>
T fromBigEndian(const QByteArray& bytes, int offset = 0)
{
    return qFromBigEndian<T>(bytes.constData() + offset);
}

} // namespace jx::PackageFormat
