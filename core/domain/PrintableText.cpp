#include "core/domain/PrintableText.h"

namespace jx {

namespace {

bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidi
        || c == 0xFEFF;
}

} // namespace

QString printableText(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(text.size());
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (maxLength > 0 && shown >= maxLength) {
            out += QChar(0x2026);
            break;
        }
        const char16_t c = text.at(i).unicode();
        if (c < 0x100 && needsEscape(c))
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0')).toUpper().replace(1, 1, u'x');
        else if (needsEscape(c))
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper().replace(1, 1, u'u');
        else if (QChar::isSurrogate(c) && !(QChar::isHighSurrogate(c) && i + 1 < text.size()
                     && QChar::isLowSurrogate(text.at(i + 1).unicode())))
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper().replace(1, 1, u'u');
        else
            out += QChar(c);
        if (!QChar::isHighSurrogate(c))
            ++shown;
    }
    return out;
}

} // namespace jx
