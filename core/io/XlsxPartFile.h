#pragma once

#include <QString>

#include <optional>

struct lxw_workbook;

namespace jx {

/**
 * Closes @p book (set to null), which writes the whole workbook to its part file @p part, and
 * only then puts the complete file in place of @p path, so that a file of that name is never a
 * partial one. Returns nothing when done; else why not (libxlsxwriter's reason, or empty when
 * the file could not be moved into place), the part file removed.
 */
std::optional<QString> closeWorkbookInto(lxw_workbook*& book, const QString& part, const QString& path);

} // namespace jx
