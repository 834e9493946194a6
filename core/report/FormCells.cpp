#include "core/report/FormCells.h"

#include <cmath>

namespace jx {

ReportCell FormCells::label(const QString& text, int rowSpan, int colSpan)
{
    ReportCell c = ReportCell::textCell(text, ReportCellRole::Label);
    c.rowSpan = rowSpan;
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::header(const QString& text, int rowSpan, int colSpan)
{
    ReportCell c = text.isEmpty() ? ReportCell::empty(ReportCellRole::Header)
                                  : ReportCell::textCell(text, ReportCellRole::Header);
    c.rowSpan = rowSpan;
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::text(const QString& text, int colSpan, ReportCellRole role)
{
    // A field the database left empty stays an empty cell, never a cell holding "".
    ReportCell c = text.isEmpty() ? ReportCell::empty(role) : ReportCell::textCell(text, role);
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::note(const QString& text, int colSpan)
{
    return FormCells::text(text, colSpan, ReportCellRole::Note);
}

ReportCell FormCells::blank(int colSpan)
{
    ReportCell c = ReportCell::empty();
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::dash(int colSpan)
{
    ReportCell c = ReportCell::textCell(QStringLiteral("—"));
    c.colSpan = colSpan;
    return c;
}

std::pair<qint64, int> FormCells::scaled(double v, int maxDecimals)
{
    for (int d = 0; d < maxDecimals; ++d) {
        const double s = v * std::pow(10.0, d);
        // Only the error of the binary fraction itself is forgiven: 24006.31 has 2 decimals, not 1.
        if (std::abs(s - std::round(s)) <= std::max(1e-9, std::abs(s) * 1e-12))
            return { qint64(std::llround(s)), d };
    }
    return { qint64(std::llround(v * std::pow(10.0, maxDecimals))), maxDecimals };
}

ReportCell FormCells::value(double v, int colSpan)
{
    const auto [number, decimals] = scaled(v);
    ReportCell c = ReportCell::decimal(number, decimals);
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::points(double v, ReportCellRole role, int colSpan)
{
    ReportCell c = ReportCell::decimal(qint64(std::llround(v * 100)), 2, role);
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::percent(double v, int colSpan)
{
    ReportCell c = ReportCell::percent(qint64(std::llround(v * 100)), 2);
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::money(Money amount, int colSpan, ReportCellRole role)
{
    ReportCell c = ReportCell::money(amount, role);
    c.colSpan = colSpan;
    return c;
}

ReportCell FormCells::targetValue(const Indicator& indicator, int colSpan)
{
    if (!indicator.isQualitative() && indicator.targetValue)
        return value(*indicator.targetValue, colSpan);
    return text(indicator.targetText, colSpan);
}

ReportCell FormCells::actualValue(const std::optional<double>& v, const QString& t, int colSpan)
{
    if (v)
        return value(*v, colSpan);
    return text(t, colSpan);
}

QString FormCells::unitLine(MoneyUnit unit)
{
    return tr("Unit: %1", "the money unit of a form").arg(Money::unitName(unit));
}

QString FormCells::yearLine(int fiscalYear)
{
    return tr("(Fiscal year %1)").arg(fiscalYear);
}

QString FormCells::fillingUnit(const QString& agencyName)
{
    return tr("Filled in by (seal): %1").arg(agencyName);
}

QString FormCells::documentTitle(const QString& form, const QString& of)
{
    return tr("%1 (%2)", "a form's title and what it is of").arg(form, of);
}

QString FormCells::signature(const QString& label, const QString& value)
{
    // Ideographic spaces leave room to sign by hand, as the printed forms do.
    return label + (value.isEmpty() ? QString(6, QChar(0x3000)) : value);
}

QString FormCells::signatureLine(const QStringList& fields)
{
    return fields.join(QString(2, QChar(0x3000)));
}

QString FormCells::date(const QDate& d)
{
    if (!d.isValid())
        return {};
    return tr("%1-%2-%3", "a date: year, month, day").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0')).arg(d.day(), 2, 10, QLatin1Char('0'));
}

} // namespace jx
