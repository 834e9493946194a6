#pragma once

#include "core/domain/Indicator.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace jx {

/**
 * The cells and lines every form of one subject (the form classes of core/report) writes the same way: labels,
 * headers, figures from the database's doubles, the unit line and the signature lines. One place,
 * so that the forms read alike and a figure is never formatted twice.
 */
class FormCells
{
    Q_DECLARE_TR_FUNCTIONS(FormCells)

public:
    static ReportCell label(const QString& text, int rowSpan = 1, int colSpan = 1);
    static ReportCell header(const QString& text, int rowSpan = 1, int colSpan = 1);
    static ReportCell text(const QString& text, int colSpan = 1, ReportCellRole role = ReportCellRole::Body);
    static ReportCell note(const QString& text, int colSpan);
    /// An empty cell (a field the database has nothing for), spanning @p colSpan columns.
    static ReportCell blank(int colSpan = 1);
    /// "—": a field the form leaves out on this row (the 分值 of a funds row under the total).
    static ReportCell dash(int colSpan = 1);
    /// A value as stored (an indicator's target or actual): as few decimals as it has, at most 4.
    static ReportCell value(double v, int colSpan = 1);
    /// A score or weight in points, 2 decimals.
    static ReportCell points(double v, ReportCellRole role = ReportCellRole::Body, int colSpan = 1);
    /// A percentage given in percent (85.23 for 85.23%), 2 decimals.
    static ReportCell percent(double v, int colSpan = 1);
    static ReportCell money(Money amount, int colSpan = 1, ReportCellRole role = ReportCellRole::Body);

    /// An indicator's target as the forms write it: the number, or the text of a qualitative one.
    static ReportCell targetValue(const Indicator& indicator, int colSpan = 1);
    /// An actual or progress value: the number where there is one, else the text.
    static ReportCell actualValue(const std::optional<double>& value, const QString& text, int colSpan = 1);

    /// "单位：万元" / "单位：元".
    static QString unitLine(MoneyUnit unit);
    /// "（2025年度）".
    static QString yearLine(int fiscalYear);
    /// "填报单位（盖章）：…".
    static QString fillingUnit(const QString& agencyName);
    /// The document's title: the form and what it is of.
    static QString documentTitle(const QString& form, const QString& of);
    /// One signature field: "label：value", or the label and a blank to write in by hand.
    static QString signature(const QString& label, const QString& value = {});
    /// Signature fields on one footer line.
    static QString signatureLine(const QStringList& fields);
    /// A date as the forms write it (2025年12月31日 in Chinese).
    static QString date(const QDate& date);
    /// The scaled integer and decimals of @p v with as few decimals as it has (at most @p maxDecimals).
    static std::pair<qint64, int> scaled(double v, int maxDecimals = 4);
};

} // namespace jx
