#include "core/domain/Money.h"

#include <limits>

namespace jx {

namespace {

// Normalises full-width forms (１２３，４５６．７８) and strips spaces and currency signs.
QString normalise(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) {
            out.append(QChar(char16_t(u - 0xFF10 + '0')));
        } else if (u == 0xFF0C) { // ，
            out.append(QLatin1Char(','));
        } else if (u == 0xFF0E) { // ．
            out.append(QLatin1Char('.'));
        } else if (u == 0xFF0D || u == 0x2212) { // －, minus sign
            out.append(QLatin1Char('-'));
        } else if (u == 0xFF0B) { // ＋
            out.append(QLatin1Char('+'));
        } else if (c.isSpace() || u == 0x00A5 || u == 0xFFE5) { // spaces, ¥, ￥
            continue;
        } else {
            out.append(c);
        }
    }
    return out;
}

bool validGrouping(const QString& integerPart)
{
    if (!integerPart.contains(QLatin1Char(',')))
        return true;
    const QStringList groups = integerPart.split(QLatin1Char(','));
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

QString groupThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    // |remainder| * 2 >= denominator rounds away from zero; written to avoid overflow.
    const qint64 absRemainder = remainder < 0 ? -remainder : remainder;
    if (absRemainder >= denominator - absRemainder)
        return numerator < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

Result<Money> Money::parse(const QString& text, MoneyUnit defaultUnit)
{
    QString s = normalise(text);
    const QString shown = text.trimmed();
    if (s.isEmpty())
        return makeError(Error::Code::Invalid, tr("The amount is empty."));

    // Unit suffix: 元, 万, 万元, 亿, 亿元.
    int decimalsOfUnit = 2; // one yuan is 10^2 fen, one 万 10^6, one 亿 10^10
    bool explicitUnit = false;
    if (s.endsWith(QStringLiteral("元"))) {
        s.chop(1);
        explicitUnit = true;
    }
    if (s.endsWith(QStringLiteral("万"))) {
        s.chop(1);
        decimalsOfUnit = 6;
        explicitUnit = true;
    } else if (s.endsWith(QStringLiteral("亿"))) {
        s.chop(1);
        decimalsOfUnit = 10;
        explicitUnit = true;
    }
    if (!explicitUnit && defaultUnit == MoneyUnit::TenThousandYuan)
        decimalsOfUnit = 6;

    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }

    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString integerPart = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);

    auto allDigits = [](const QString& part) {
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        return true;
    };

    if ((integerPart.isEmpty() && fraction.isEmpty()) || (dot >= 0 && fraction.isEmpty())
        || !validGrouping(integerPart)) {
        return makeError(Error::Code::Invalid, tr("“%1” is not an amount; write it like 1,234.56 or 12.3万.").arg(shown));
    }
    integerPart.remove(QLatin1Char(','));
    if (!allDigits(integerPart) || !allDigits(fraction))
        return makeError(Error::Code::Invalid, tr("“%1” is not an amount; write it like 1,234.56 or 12.3万.").arg(shown));

    if (fraction.size() > decimalsOfUnit) {
        return makeError(Error::Code::Invalid,
            tr("“%1” is more precise than one fen (0.01 元); round it before entering.").arg(shown));
    }

    // The unit is 10^decimalsOfUnit fen, so the digits with the fraction padded are the fen.
    const QString padded = fraction + QString(decimalsOfUnit - fraction.size(), QLatin1Char('0'));
    const QString fenDigits = (integerPart.isEmpty() ? QStringLiteral("0") : integerPart) + padded;

    QString trimmedDigits = fenDigits;
    while (trimmedDigits.size() > 1 && trimmedDigits.startsWith(QLatin1Char('0')))
        trimmedDigits.remove(0, 1);
    // 9,223,372,036,854,775,807 fen is the limit of the storage type; refuse well before it.
    static constexpr qint64 maxFen = 900'000'000'000'000'000LL; // 9 × 10^15 元
    bool ok = false;
    const qint64 fen = trimmedDigits.size() > 18 ? 0 : trimmedDigits.toLongLong(&ok);
    if (!ok || fen > maxFen)
        return makeError(Error::Code::Invalid, tr("“%1” is too large to be an amount.").arg(shown));

    return Money(negative ? -fen : fen);
}

QString Money::format(MoneyUnit unit) const
{
    qint64 hundredths = m_fen; // in hundredths of the unit
    if (unit == MoneyUnit::TenThousandYuan)
        hundredths = divideRounded(m_fen, 10'000);
    const bool negative = hundredths < 0;
    // Negate through unsigned to stay defined for the minimum value.
    const quint64 magnitude = negative ? quint64(0) - quint64(hundredths) : quint64(hundredths);
    const QString whole = groupThousands(qint64(magnitude / 100));
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + cents;
}

QString Money::formatWithUnit(MoneyUnit unit) const
{
    return format(unit) + QLatin1Char(' ') + unitName(unit);
}

QString Money::unitName(MoneyUnit unit)
{
    return unit == MoneyUnit::TenThousandYuan ? tr("10k yuan", "万元") : tr("yuan", "元");
}

namespace {

Error overflow()
{
    return makeError(Error::Code::Invalid, Money::tr("The amounts add up to more than an amount can hold."));
}

} // namespace

Result<Money> Money::plus(Money other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_fen, other.m_fen, &sum))
        return overflow();
    return Money(sum);
}

Result<Money> Money::minus(Money other) const
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_fen, other.m_fen, &difference))
        return overflow();
    return Money(difference);
}

Result<Money> Money::sum(std::initializer_list<Money> amounts)
{
    Money total;
    for (Money m : amounts) {
        Result<Money> next = total.plus(m);
        if (!next)
            return next;
        total = *next;
    }
    return total;
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return makeError(Error::Code::Invalid, tr("An amount cannot be divided by zero."));
    // 128-bit intermediate: an amount times a ratio of two 64-bit numbers cannot overflow it
    // (GCC and Clang have it). Negating the denominator is done in 128 bits too, for INT64_MIN.
    __extension__ typedef __int128 Wide;
    Wide product = static_cast<Wide>(m_fen) * numerator;
    Wide den = denominator;
    if (den < 0) {
        product = -product;
        den = -den;
    }
    const Wide quotient = product / den;
    const Wide remainder = product % den;
    const Wide absRemainder = remainder < 0 ? -remainder : remainder;
    Wide rounded = quotient;
    if (absRemainder * 2 >= den)
        rounded += product < 0 ? -1 : 1;
    if (rounded > std::numeric_limits<qint64>::max() || rounded < std::numeric_limits<qint64>::min())
        return makeError(Error::Code::Invalid, tr("The amount is too large to be multiplied by %1/%2.").arg(numerator).arg(denominator));
    return Money(static_cast<qint64>(rounded));
}

} // namespace jx
