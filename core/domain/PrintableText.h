#pragma once

#include <QString>
#include <QStringView>

namespace jx {

/**
 * @p text made safe to show on a terminal or in a one-line message: control characters (C0 with
 * line breaks and ESC, DEL, C1), the Unicode line and paragraph separators and the bidirectional
 * overrides are written as escapes ("\x1B", "\u2028"), so that text from a file can neither break
 * a line, move the cursor nor reorder what is shown. With @p maxLength > 0 the text is cut to
 * that many characters, ending in "…".
 */
QString printableText(QStringView text, qsizetype maxLength = -1);

} // namespace jx
