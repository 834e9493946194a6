#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <initializer_list>

namespace jx {

/// The unit in which a view shows and reads amounts.
enum class MoneyUnit
{
    Yuan,           ///< 元
    TenThousandYuan ///< 万元
};

/**
 * An amount of money as an integer number of 分 (fen). No floating point is used for
 * amounts anywhere; this is the one place that converts between 分 and what users type
 * and read (元 or 万元, two decimals, thousands separators).
 *
 * Rounding for display (万元) is half away from zero (四舍五入). Parsing never rounds:
 * input with more precision than 1 分 is refused, so what the user typed is what is stored.
 */
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    /// Whole yuan; for tests and seed data.
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr bool isZero() const { return m_fen == 0; }

    // No operator+ or -: amounts come from files and databases that may hold anything, and a
    // sum that wraps around would be a wrong figure shown as a right one. Arithmetic is checked.

    /// This amount plus @p other; an error if the sum does not fit in 64 bits of 分.
    Result<Money> plus(Money other) const;
    /// This amount minus @p other; an error if the difference does not fit.
    Result<Money> minus(Money other) const;
    /// The sum of @p amounts; an error on overflow.
    static Result<Money> sum(std::initializer_list<Money> amounts);

    constexpr auto operator<=>(const Money&) const = default;

    /**
     * Reads an amount as users type it: "1,234.56", "1234.5", "12.3万", "12.3万元", "0.5亿",
     * "¥1,234.56", "-20", full-width digits. A bare number is in @p defaultUnit; a 元 / 万 /
     * 万元 / 亿 suffix overrides it. Fails with a translated message on anything else.
     */
    static Result<Money> parse(const QString& text, MoneyUnit defaultUnit = MoneyUnit::Yuan);

    /// "1,234.56" in @p unit, two decimals; 万元 rounded half away from zero.
    QString format(MoneyUnit unit = MoneyUnit::Yuan) const;
    /// format() followed by the unit name, e.g. "1,234.56 元" / "12.35 万元".
    QString formatWithUnit(MoneyUnit unit = MoneyUnit::Yuan) const;
    /// The translated name of a unit ("元", "万元").
    static QString unitName(MoneyUnit unit);

    /// This amount times numerator / denominator, rounded half away from zero to 1 分; an error if
    /// the result does not fit, or the denominator is 0.
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;

private:
    explicit constexpr Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

/// Divides with rounding half away from zero; denominator must be positive.
qint64 divideRounded(qint64 numerator, qint64 denominator);

} // namespace jx
