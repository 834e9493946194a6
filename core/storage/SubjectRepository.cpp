#include "core/storage/SubjectRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"

namespace jx {

Subject readSubject(const QSqlQuery& q)
{
    constexpr int b = RecordStore::MetaColumnCount;
    Subject s;
    s.meta = RecordStore::readMeta(q);
    s.kind = static_cast<SubjectKind>(q.value(b).toInt());
    s.fiscalYear = q.value(b + 1).toInt();
    s.agencyId = RecordStore::uuidAt(q, b + 2);
    s.divisionCode = q.value(b + 3).toString();
    s.name = q.value(b + 4).toString();
    s.book = static_cast<BudgetBook>(q.value(b + 5).toInt());
    s.amount = Money::fromFen(q.value(b + 6).toLongLong());
    s.code = q.value(b + 7).toString();
    if (!q.value(b + 8).isNull())
        s.programKind = static_cast<ProgramKind>(q.value(b + 8).toInt());
    s.fundingTags = q.value(b + 9).toInt();
    s.isNew = q.value(b + 10).toBool();
    s.isMajor = q.value(b + 11).toBool();
    s.isMidYear = q.value(b + 12).toBool();
    s.functionCode = q.value(b + 13).toString();
    s.predecessorId = RecordStore::uuidAt(q, b + 14);
    return s;
}

SubjectRepository::SubjectRepository(Database& db)
    : m_store(db, QStringLiteral("subject"),
              { QStringLiteral("kind"), QStringLiteral("fiscal_year"), QStringLiteral("agency_id"),
                QStringLiteral("division_code"), QStringLiteral("name"), QStringLiteral("book"), QStringLiteral("amount"),
                QStringLiteral("code"), QStringLiteral("program_kind"), QStringLiteral("funding_tags"),
                QStringLiteral("is_new"), QStringLiteral("is_major"), QStringLiteral("is_mid_year"),
                QStringLiteral("function_code"), QStringLiteral("predecessor_id") })
{
}

Result<void> SubjectRepository::save(Subject& s)
{
    if (s.meta.ownerId.isNull())
        s.meta.ownerId = s.agencyId;
    if (Result<void> r = Validation::check(s); !r)
        return r;
    const QVariant programKind = s.isProgram() ? QVariant(static_cast<int>(s.programKind))
                                               : QVariant(QMetaType::fromType<int>());
    const QList<Reference> refs = {
        { tr("agency"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(s.agencyId) },
        { tr("division"), QStringLiteral("division"), QStringLiteral("code"), s.divisionCode },
        { tr("owner"), QStringLiteral("agency"), QStringLiteral("id"), RecordStore::idValue(s.meta.ownerId) },
        { tr("predecessor program"), QStringLiteral("subject"), QStringLiteral("id"),
          RecordStore::idValue(s.predecessorId) },
    };
    return m_store.save(s.meta,
                        { static_cast<int>(s.kind), s.fiscalYear, RecordStore::idValue(s.agencyId), s.divisionCode,
                          s.name, static_cast<int>(s.book), s.amount.fen(), textOrNull(s.code), programKind,
                          s.fundingTags, s.isNew ? 1 : 0, s.isMajor ? 1 : 0, s.isMidYear ? 1 : 0,
                          textOrNull(s.functionCode), RecordStore::idValue(s.predecessorId) },
                        Validation::label(s), refs);
}

Result<std::optional<Subject>> SubjectRepository::find(const QUuid& id)
{
    Result<QSqlQuery*> q = m_store.select(QStringLiteral("WHERE id = ?"), { RecordStore::idValue(id) });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Subject>();
    return std::optional<Subject>(readSubject(**q));
}

Result<QList<Subject>> SubjectRepository::ofAgency(const QUuid& agencyId, int fiscalYear)
{
    Result<QSqlQuery*> q = m_store.select(
        QStringLiteral("WHERE agency_id = ? AND fiscal_year = ? AND deleted = 0 ORDER BY kind, name, id"),
        { RecordStore::idValue(agencyId), fiscalYear });
    if (!q)
        return q.error();
    QList<Subject> out;
    while ((*q)->next())
        out << readSubject(**q);
    return out;
}

Result<void> SubjectRepository::remove(const QUuid& id)
{
    return m_store.tombstone(id, tr("subject %1").arg(id.toString(QUuid::WithoutBraces)));
}

} // namespace jx
