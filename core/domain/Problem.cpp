#include "core/domain/Problem.h"

namespace jx {

Problem Problem::at(QString field, QString reason, QUuid itemId)
{
    Problem p;
    p.field = std::move(field);
    p.reason = std::move(reason);
    p.itemId = itemId;
    return p;
}

QString Problem::path(const QString& list, qsizetype index, const QString& field)
{
    const QString element = QStringLiteral("%1[%2]").arg(list).arg(index);
    return field.isEmpty() ? element : element + QLatin1Char('.') + field;
}

QString Problem::line() const
{
    return field.isEmpty() ? reason : QStringLiteral("%1: %2").arg(field, reason);
}

QString Problem::lineWithRecord() const
{
    return record.isEmpty() ? line() : tr("%1 — %2", "record — path: reason").arg(record, line());
}

QString Problem::joined(const QList<Problem>& problems)
{
    QStringList reasons;
    reasons.reserve(problems.size());
    for (const Problem& p : problems)
        reasons << p.reason;
    return reasons.join(tr("; "));
}

Error Problem::toError(const QString& heading, const QList<Problem>& problems, Error::Code code)
{
    return makeError(code, tr("%1: %2", "heading: problems").arg(heading, joined(problems)));
}

void Problem::setRecord(QList<Problem>& problems, RecordKind kind, const QUuid& id, const QString& label)
{
    for (Problem& p : problems) {
        const bool unnamed = !p.recordKind && p.recordId.isNull();
        if (unnamed) {
            p.recordKind = kind;
            p.recordId = id;
        }
        if (p.record.isEmpty() && p.recordKind == kind && p.recordId == id)
            p.record = label;
    }
}

} // namespace jx
