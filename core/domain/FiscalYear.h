#pragma once

#include <QDate>

namespace jx {

/// 预算年度: a fiscal year is the calendar year.
class FiscalYear
{
public:
    constexpr explicit FiscalYear(int year) : m_year(year) {}

    constexpr int year() const { return m_year; }
    QDate firstDay() const { return QDate(m_year, 1, 1); }
    QDate lastDay() const { return QDate(m_year, 12, 31); }
    /// The last day of @p month (1–12) of this year.
    QDate endOfMonth(int month) const;
    /// The fiscal year a date falls in.
    static FiscalYear of(const QDate& date) { return FiscalYear(date.year()); }
    /// Time progress at the end of @p month as a percentage (1月 8.33 … 12月 100), for
    /// comparing cumulative budget execution with the share of the year gone by.
    static double timeProgressPercent(int month);

    constexpr bool operator==(const FiscalYear&) const = default;

private:
    int m_year;
};

} // namespace jx
