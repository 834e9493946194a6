#include "ui/editors/EditorFields.h"

#include <QRegularExpression>

#include <cmath>

namespace jx {

std::optional<double> EditorFields::number(const QString& text, bool* ok)
{
    QString t;
    for (QChar c : text.trimmed()) {
        // Full-width digits and signs, as Chinese input methods type them.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0E))
            c = QLatin1Char('.');
        else if (c == QChar(0xFF0D))
            c = QLatin1Char('-');
        if (c == QLatin1Char(',') || c == QChar(0xFF0C) || c.isSpace())
            continue;
        t += c;
    }
    if (t.endsWith(QLatin1Char('%')) || t.endsWith(QChar(0xFF05)))
        t.chop(1);
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    const double v = t.toDouble(ok);
    if (!*ok || !std::isfinite(v)) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

QString EditorFields::show(double value)
{
    return QString::number(value, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QString EditorFields::show(const std::optional<double>& value)
{
    return value ? show(*value) : QString();
}

std::optional<IndicatorOperator> EditorFields::op(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QList<QPair<QString, IndicatorOperator>> spellings = {
        { QStringLiteral("≥"), IndicatorOperator::AtLeast },     { QStringLiteral(">="), IndicatorOperator::AtLeast },
        { QStringLiteral("＞"), IndicatorOperator::GreaterThan }, { QStringLiteral(">"), IndicatorOperator::GreaterThan },
        { QStringLiteral("＝"), IndicatorOperator::Equal },       { QStringLiteral("="), IndicatorOperator::Equal },
        { QStringLiteral("＜"), IndicatorOperator::LessThan },    { QStringLiteral("<"), IndicatorOperator::LessThan },
        { QStringLiteral("≤"), IndicatorOperator::AtMost },      { QStringLiteral("<="), IndicatorOperator::AtMost },
        { QStringLiteral("定性"), IndicatorOperator::Qualitative },
    };
    for (const auto& [spelling, value] : spellings) {
        if (t == spelling)
            return value;
    }
    return named<IndicatorOperator>(t);
}

QString EditorFields::symbol(IndicatorOperator op)
{
    return Names::of(op);
}

} // namespace jx
