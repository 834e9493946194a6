#pragma once

#include <QtGlobal>

namespace jx::JsonLimits {

// The limits of every JSON document Jixiao reads (docs/json-format.md, "Limits"). They bound the
// memory and time an import can take, whatever the file: a stream of zeros, a 10 GB string, a
// list nested ten thousand deep. Each is far above what an export of a county writes.

/// The whole document; larger files are refused before their end is read.
constexpr qint64 MaxDocumentBytes = qint64(2) << 30; // 2 GiB
/// One value of the document held in memory at once: one program, or a member of the top level.
constexpr qint64 MaxValueBytes = qint64(16) << 20; // 16 MiB
/// One text (a key or a string value), in UTF-8 bytes after its escapes are read.
constexpr qsizetype MaxStringBytes = 65'536;
/// Objects and lists inside one another, the document itself counted as the first.
constexpr int MaxDepth = 16;
/// The elements of one list, or the members of one object (the list of programs aside).
constexpr qsizetype MaxElements = 10'000;
/// The programs of one document.
constexpr qsizetype MaxPrograms = 1'000'000;

} // namespace jx::JsonLimits
