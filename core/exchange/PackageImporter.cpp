#include "core/exchange/PackageImporter.h"

#include "core/exchange/StatementInterrupt.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

namespace jx {

namespace {

// JIXIAO_EXCHANGE_TRACE=1: the time of each step on standard error (for the benchmark).
void trace(const char* step, QElapsedTimer& t)
{
    static const bool on = qEnvironmentVariableIsSet("JIXIAO_EXCHANGE_TRACE");
    if (on)
        std::fprintf(stderr, "exchange: %-24s %8.3f s\n", step, t.nsecsElapsed() / 1e9);
    t.restart();
}

const QString Pkg = QStringLiteral("pkg");

// What the classification decides for each incoming record (temp.x_act.action).
enum Action
{
    Create = 0,
    Update = 1,
    Unchanged = 2,
    Conflict = 3,
    NotSendersRecord = 4, ///< its owner is neither the sender nor in the sender's area
    OursChanged = 5,      ///< a record of this installation, changed elsewhere beyond its workflow
    OwnerDiffers = 6,     ///< the local copy belongs to another agency
    OursUnknown = 7,      ///< claims to be this installation's, but it has no such record
    SameRevision = 8,     ///< provisional: same revision and columns, children still to compare
    WorkflowMove = 9,     ///< provisional: ours, a newer revision moving only its workflow, children still to compare
};

// The columns a finance department above moves on a record it does not own: the workflow.
bool workflowColumn(const QString& column)
{
    return column == QLatin1String("status") || column == QLatin1String("budget_stage")
        || column == QLatin1String("revision") || column == QLatin1String("modified_at");
}

QString typeCheck(const QString& column, const QString& type)
{
    if (type == QLatin1String("INTEGER"))
        return QStringLiteral("typeof(%1) IN ('integer', 'null')").arg(column);
    if (type == QLatin1String("REAL"))
        return QStringLiteral("typeof(%1) IN ('real', 'integer', 'null')").arg(column);
    if (type == QLatin1String("TEXT"))
        return QStringLiteral("typeof(%1) IN ('text', 'null')").arg(column);
    if (type == QLatin1String("BLOB"))
        return QStringLiteral("(%1 IS NULL OR (typeof(%1) = 'blob' AND length(%1) = 16))").arg(column);
    return QStringLiteral("1");
}

// Whether every column of a row of @p t holds a value of its type (columns prefixed @p prefix).
QString typeConditions(const PayloadTable& t, const QString& prefix)
{
    QStringList conditions;
    for (qsizetype i = 0; i < t.columns.size(); ++i)
        conditions << typeCheck(prefix + t.columns.at(i), t.types.at(i));
    return conditions.join(QStringLiteral(" AND "));
}

QString valueText(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    return RecordStore::displayValue(v);
}

} // namespace

PackageImporter::PackageImporter(Database& db, Agency self)
    : m_db(db)
    , m_self(std::move(self))
{
}

Result<int> PackageImporter::run(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return m_db.queryError(q, tr("importing the package"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return m_db.queryError(q, tr("importing the package"));
    return q.numRowsAffected();
}

Result<void> PackageImporter::checkInfo(const QHash<QString, QString>& info, const PayloadOrigin& origin)
{
    const auto mismatch = [](const QString& what) {
        return makeError(Error::Code::Invalid,
            tr("The package's records do not agree with its signed header (%1); nothing was imported.").arg(what));
    };
    if (QUuid::fromString(info.value(QStringLiteral("sender"))) != origin.senderId)
        return mismatch(tr("sender"));
    if (QUuid::fromString(info.value(QStringLiteral("recipient"))) != origin.recipientId)
        return mismatch(tr("recipient"));
    if (info.value(QStringLiteral("fiscalYear")).toInt() != origin.fiscalYear)
        return mismatch(tr("fiscal year"));
    const QString direction
        = origin.direction == ExchangeDirection::Submission ? QStringLiteral("submission") : QStringLiteral("return");
    if (info.value(QStringLiteral("direction")) != direction)
        return mismatch(tr("kind"));
    if (origin.recipientId != m_self.meta.id) {
        return makeError(Error::Code::Invalid,
            tr("The package is addressed to another agency (id %1), not to %2; nothing was imported.")
                .arg(origin.recipientId.toString(QUuid::WithoutBraces), m_self.name));
    }
    return {};
}

Result<void> PackageImporter::checkTypes(const QList<PayloadTable>& tables)
{
    for (const PayloadTable& t : tables) {
        QStringList cases;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            cases << QStringLiteral("WHEN NOT %1 THEN '%2'").arg(typeCheck(t.columns.at(i), t.types.at(i)), t.columns.at(i));
        const QString key = t.travelling ? QStringLiteral("id") : (t.parentColumn.isEmpty() ? t.columns.constFirst() : t.parentColumn);
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT key, bad FROM (SELECT %1 AS key, CASE %2 END AS bad FROM pkg.%3)"
                                   " WHERE bad IS NOT NULL LIMIT 1")
                        .arg(key, cases.join(QLatin1Char(' ')), t.name))) {
            return m_db.queryError(q, tr("checking the package's records"));
        }
        if (q.next()) {
            return makeError(Error::Code::Invalid,
                tr("The package was refused: record %1 of %2, field %3, holds a value of the wrong type; nothing was imported.")
                    .arg(valueText(q.value(0)), t.name, q.value(1).toString()));
        }
    }
    return {};
}

Result<void> PackageImporter::computeOwners(const PayloadOrigin& origin)
{
    // The sender as it describes itself, or as known here.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, division_code FROM pkg.agency WHERE id = ?"
                             " UNION ALL SELECT kind, division_code FROM main.agency WHERE id = ? LIMIT 1"));
    q.addBindValue(RecordStore::idValue(origin.senderId));
    q.addBindValue(RecordStore::idValue(origin.senderId));
    if (!q.exec())
        return m_db.queryError(q, tr("reading the sender"));
    if (!q.next()) {
        return makeError(Error::Code::Invalid,
            tr("The package does not describe its sender (id %1); nothing was imported.")
                .arg(origin.senderId.toString(QUuid::WithoutBraces)));
    }
    const bool senderIsFinance = q.value(0).toInt() == int(AgencyKind::FinanceBureau);
    const QString senderDivision = q.value(1).toString();
    q.finish();

    const QString area = QStringLiteral(
        " WITH RECURSIVE agencies(id, parent_id, division_code) AS (SELECT id, parent_id, division_code FROM pkg.agency"
        " UNION SELECT id, parent_id, division_code FROM main.agency),"
        " d(code) AS (SELECT ? UNION SELECT v.code FROM main.division v JOIN d ON v.parent_code = d.code),"
        " u(id) AS (SELECT ? UNION SELECT a.id FROM agencies a JOIN u ON a.parent_id = u.id)"
        " SELECT id FROM agencies WHERE (? AND division_code IN (SELECT code FROM d)) OR id IN (SELECT id FROM u)");
    for (const QString& sql : { QStringLiteral("DROP TABLE IF EXISTS temp.x_allowed"), QStringLiteral("DROP TABLE IF EXISTS temp.x_ours"),
             QStringLiteral("CREATE TEMP TABLE x_allowed (id BLOB PRIMARY KEY)"),
             QStringLiteral("CREATE TEMP TABLE x_ours (id BLOB PRIMARY KEY)") }) {
        if (Result<int> r = run(sql); !r)
            return r.error();
    }
    const QVariant sender = RecordStore::idValue(origin.senderId);
    const QVariant self = RecordStore::idValue(m_self.meta.id);
    if (origin.direction == ExchangeDirection::Submission) {
        // The sender and the agencies of its area: its units, and for a finance department its division and below.
        if (Result<int> r = run(QStringLiteral("INSERT OR IGNORE INTO temp.x_allowed") + area,
                { senderDivision, sender, senderIsFinance ? 1 : 0 });
            !r) {
            return r.error();
        }
    } else if (Result<int> r = run(QStringLiteral("INSERT INTO temp.x_allowed VALUES (?)"), { sender }); !r) {
        return r.error();
    }
    if (Result<int> r = run(QStringLiteral("DELETE FROM temp.x_allowed WHERE id = ?"), { self }); !r)
        return r.error();
    if (Result<int> r = run(QStringLiteral("INSERT OR IGNORE INTO temp.x_ours") + area,
            { m_self.divisionCode, self, m_self.kind == AgencyKind::FinanceBureau ? 1 : 0 });
        !r) {
        return r.error();
    }
    if (Result<int> r = run(QStringLiteral("DELETE FROM temp.x_ours WHERE id IN (SELECT id FROM temp.x_allowed)")); !r)
        return r.error();
    return {};
}

Result<void> PackageImporter::importDivisions(const PayloadTable& division, ExchangeSummary& summary)
{
    // The reference list: a division unknown here is added, one known is kept as it is here.
    Result<int> added = run(QStringLiteral("INSERT OR IGNORE INTO main.division (%1) SELECT %1 FROM pkg.division")
                                .arg(division.columnList()));
    if (!added)
        return added.error();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pkg.division")) || !q.next())
        return m_db.queryError(q, tr("importing the package"));
    KindCounts& c = summary.counts[division.name];
    c.created = *added;
    c.unchanged = q.value(0).toLongLong() - *added;
    return {};
}

Result<void> PackageImporter::importTable(
    const PayloadTable& t, const QList<PayloadTable>& tables, ExchangeSummary& summary)
{
    QList<const PayloadTable*> children;
    for (const PayloadTable& c : tables) {
        if (c.parentTable == t.name)
            children << &c;
    }
    QStringList same;
    QStringList sameButWorkflow;
    for (const QString& c : t.columns.mid(1)) {
        same << QStringLiteral("p.%1 IS l.%1").arg(c);
        if (!workflowColumn(c))
            sameButWorkflow << QStringLiteral("p.%1 IS l.%1").arg(c);
    }
    const QString classify = QStringLiteral(
        "INSERT INTO temp.x_act (id, action) SELECT p.id, CASE"
        " WHEN l.id IS NOT NULL AND l.owner_id IS NOT p.owner_id THEN %1"
        " WHEN p.owner_id IS NULL THEN CASE WHEN l.id IS NULL THEN %2 ELSE %3 END"
        " WHEN p.owner_id IN (SELECT id FROM temp.x_allowed) THEN CASE"
        "   WHEN l.id IS NULL THEN %2 WHEN p.revision > l.revision THEN %4 WHEN p.revision < l.revision THEN %3"
        "   WHEN %5 THEN %6 ELSE %7 END"
        " WHEN p.owner_id IN (SELECT id FROM temp.x_ours) THEN CASE"
        "   WHEN l.id IS NULL THEN %8 WHEN p.revision < l.revision THEN %3"
        "   WHEN p.revision = l.revision THEN CASE WHEN %5 THEN %6 ELSE %7 END"
        "   WHEN %9 THEN %10 ELSE %11 END"
        " ELSE %12 END"
        " FROM pkg.%13 p LEFT JOIN main.%13 l ON l.id = p.id")
                                 .arg(OwnerDiffers)
                                 .arg(Create)
                                 .arg(Unchanged)
                                 .arg(Update)
                                 .arg(same.join(QStringLiteral(" AND ")))
                                 .arg(SameRevision)
                                 .arg(Conflict)
                                 .arg(OursUnknown)
                                 .arg(sameButWorkflow.join(QStringLiteral(" AND ")))
                                 .arg(WorkflowMove)
                                 .arg(OursChanged)
                                 .arg(NotSendersRecord)
                                 .arg(t.name);
    QElapsedTimer timer;
    timer.start();
    if (Result<int> r = run(QStringLiteral("DELETE FROM temp.x_act")); !r)
        return r.error();
    if (Result<int> r = run(classify); !r) {
        if (r.message().contains(QLatin1String("UNIQUE")))
            return makeError(Error::Code::Invalid,
                tr("The package was refused: it holds a record of %1 twice; nothing was imported.").arg(t.name));
        return r.error();
    }
    trace("  classify", timer);
    // Child rows decide between the provisional actions: the same rows, or not (compared only
    // when there are such records: each comparison reads the child tables whole).
    QSqlQuery provisionalRows(m_db.connection());
    if (!provisionalRows.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM temp.x_act WHERE action IN (%1, %2))")
                                  .arg(SameRevision)
                                  .arg(WorkflowMove))
        || !provisionalRows.next()) {
        return m_db.queryError(provisionalRows, tr("importing the package"));
    }
    const bool anyProvisional = provisionalRows.value(0).toBool();
    provisionalRows.finish();
    for (const PayloadTable* c : anyProvisional ? children : QList<const PayloadTable*>()) {
        const QString cols = c->columnList();
        const QString provisional = QStringLiteral("(SELECT id FROM temp.x_act WHERE action IN (%1, %2))").arg(SameRevision).arg(WorkflowMove);
        const QString differ = QStringLiteral(
            "SELECT %1 FROM (SELECT %2 FROM pkg.%3 WHERE %1 IN %4 EXCEPT SELECT %2 FROM main.%3 WHERE %1 IN %4)"
            " UNION SELECT %1 FROM (SELECT %2 FROM main.%3 WHERE %1 IN %4 EXCEPT SELECT %2 FROM pkg.%3 WHERE %1 IN %4)")
                                   .arg(c->parentColumn, cols, c->name, provisional);
        if (Result<int> r = run(QStringLiteral("UPDATE temp.x_act SET action = CASE action WHEN %1 THEN %2 ELSE %3 END"
                                               " WHERE action IN (%1, %4) AND id IN (%5)")
                                    .arg(SameRevision)
                                    .arg(Conflict)
                                    .arg(OursChanged)
                                    .arg(WorkflowMove)
                                    .arg(differ));
            !r) {
            return r.error();
        }
    }
    if (Result<int> r = run(QStringLiteral("UPDATE temp.x_act SET action = CASE action WHEN %1 THEN %2 ELSE %3 END"
                                           " WHERE action IN (%1, %4)")
                                .arg(SameRevision)
                                .arg(Unchanged)
                                .arg(Update)
                                .arg(WorkflowMove));
        !r) {
        return r.error();
    }

    // Write what is new or newer: one statement per table, one per child table.
    QSqlQuery seq(m_db.connection());
    if (!seq.exec(QStringLiteral("SELECT coalesce(max(change_seq), 0) + 1 FROM main.%1").arg(t.name)) || !seq.next())
        return m_db.queryError(seq, tr("importing the package"));
    const qint64 changeSeq = seq.value(0).toLongLong();
    seq.finish();
    QStringList sets;
    for (const QString& c : t.columns.mid(1))
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
    sets << QStringLiteral("change_seq = excluded.change_seq");
    // Every value is checked against its column's type as it is written (no pass of its own): a
    // row with a value of the wrong type gets a NULL key, which fails the statement; the type
    // check then names the record and field (checkTypes()).
    QStringList selected;
    for (const QString& c : t.columns)
        selected << QStringLiteral("p.") + c;
    selected[0] = QStringLiteral("CASE WHEN %1 THEN p.id END").arg(typeConditions(t, QStringLiteral("p.")));
    const QString insert = QStringLiteral("INSERT INTO main.%1 (%2, change_seq) SELECT %3, %4 FROM pkg.%1 p"
                                          " JOIN temp.x_act a ON a.id = p.id WHERE %5"
                                          " ON CONFLICT (id) DO UPDATE SET %6")
                               .arg(t.name, t.columnList(), selected.join(QStringLiteral(", ")))
                               .arg(changeSeq);
    const QString upsert = insert.arg(QStringLiteral("a.action IN (%1, %2)").arg(Create).arg(Update), sets.join(QStringLiteral(", ")));
    if (Result<int> r = run(upsert); !r) {
        if (Result<void> typed = checkTypes({ t }); !typed)
            return typed;
        return explainFailure(t, insert.arg(QStringLiteral("a.id = ?"), sets.join(QStringLiteral(", "))), r.error());
    }
    trace("  write", timer);
    for (const PayloadTable* c : children) {
        if (Result<int> r = run(QStringLiteral("DELETE FROM main.%1 WHERE %2 IN (SELECT id FROM temp.x_act WHERE action = %3)")
                                    .arg(c->name, c->parentColumn)
                                    .arg(Update));
            !r) {
            return r.error();
        }
        QStringList childSelected = c->columns;
        childSelected[c->columns.indexOf(c->parentColumn)]
            = QStringLiteral("CASE WHEN %1 THEN %2 END").arg(typeConditions(*c, {}), c->parentColumn);
        const QString childInsert = QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM pkg.%1 WHERE %4")
                                        .arg(c->name, c->columnList(), childSelected.join(QStringLiteral(", ")));
        if (Result<int> r = run(childInsert.arg(QStringLiteral("%1 IN (SELECT id FROM temp.x_act WHERE action IN (%2, %3))")
                                                    .arg(c->parentColumn)
                                                    .arg(Create)
                                                    .arg(Update)));
            !r) {
            if (Result<void> typed = checkTypes({ *c }); !typed)
                return typed;
            return explainFailure(*c, childInsert.arg(QStringLiteral("%1 = ?").arg(c->parentColumn)), r.error());
        }
    }

    trace("  children", timer);
    // The counts, the change notes (bounded: past ChangeSet::MaxRecords a set only names its tables).
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT action, count(*) FROM temp.x_act GROUP BY action")))
        return m_db.queryError(q, tr("importing the package"));
    KindCounts& counts = summary.counts[t.name];
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        switch (q.value(0).toInt()) {
        case Create:
            counts.created += n;
            break;
        case Update:
            counts.updated += n;
            break;
        case Unchanged:
            counts.unchanged += n;
            break;
        default:
            break; // problems are counted as they are reported
        }
    }
    if (!q.exec(QStringLiteral("SELECT a.id, a.action, p.deleted FROM temp.x_act a JOIN pkg.%1 p ON p.id = a.id"
                               " WHERE a.action IN (%2, %3) LIMIT %4")
                    .arg(t.name)
                    .arg(Create)
                    .arg(Update)
                    .arg(ChangeSet::MaxRecords + 1))) {
        return m_db.queryError(q, tr("importing the package"));
    }
    while (q.next()) {
        const ChangeType type = q.value(2).toInt() != 0 ? ChangeType::Removed
            : q.value(1).toInt() == Create                 ? ChangeType::Created
                                                           : ChangeType::Updated;
        m_db.noteChange(t.name, RecordStore::uuidAt(q, 0), type);
    }
    q.finish();
    trace("  counts and notes", timer);
    return reportProblems(t, tables, summary);
}

Result<void> PackageImporter::reportProblems(const PayloadTable& t, const QList<PayloadTable>& tables, ExchangeSummary& summary)
{
    Q_UNUSED(tables);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, action FROM temp.x_act WHERE action NOT IN (%1, %2, %3) ORDER BY id")
                    .arg(Create)
                    .arg(Update)
                    .arg(Unchanged))) {
        return m_db.queryError(q, tr("importing the package"));
    }
    while (q.next()) {
        ExchangeProblem p;
        p.table = t.name;
        p.recordId = RecordStore::uuidAt(q, 0);
        const int action = q.value(1).toInt();
        switch (action) {
        case Conflict:
            p.kind = ExchangeProblem::Kind::Conflict;
            p.reason = tr("the same revision differs here and in the package; nothing was overwritten");
            break;
        case NotSendersRecord:
            p.field = QStringLiteral("owner_id");
            p.reason = tr("its owner is neither the sender nor an agency under the sender");
            break;
        case OursChanged:
            p.reason = tr("a record of this agency is changed only here; the package's copy differs beyond its workflow");
            break;
        case OwnerDiffers:
            p.field = QStringLiteral("owner_id");
            p.reason = tr("the copy here belongs to another agency");
            break;
        case OursUnknown:
            p.reason = tr("it is said to belong to this agency, which has no such record");
            break;
        default:
            p.reason = tr("not imported");
            break;
        }
        if (action == Conflict || action == OursChanged) {
            // The first field that differs, with both values; when only child rows differ, their table.
            if (summary.problems.size() < ExchangeSummary::MaxProblems) {
                QSqlQuery both(m_db.connection());
                both.prepare(QStringLiteral("SELECT %1, %2 FROM pkg.%3 p JOIN main.%3 l ON l.id = p.id WHERE p.id = ?")
                                 .arg(t.columnList(QStringLiteral("p.")), t.columnList(QStringLiteral("l.")), t.name));
                both.addBindValue(RecordStore::idValue(p.recordId));
                if (both.exec() && both.next()) {
                    const int n = int(t.columns.size());
                    for (int i = 1; i < n; ++i) {
                        const QVariant incoming = both.value(i);
                        const QVariant local = both.value(n + i);
                        if (incoming.isNull() != local.isNull() || incoming != local) {
                            if (action == OursChanged && workflowColumn(t.columns.at(i)))
                                continue;
                            p.field = t.columns.at(i);
                            p.incomingValue = valueText(incoming);
                            p.localValue = valueText(local);
                            break;
                        }
                    }
                }
                if (p.field.isEmpty()) {
                    QStringList childTables;
                    for (const PayloadTable& c : tables) {
                        if (c.parentTable == t.name)
                            childTables << c.name;
                    }
                    p.field = childTables.join(QLatin1Char('|'));
                    p.reason += QStringLiteral(" (") + tr("their rows differ") + QLatin1Char(')');
                }
            }
        }
        summary.addProblem(p);
    }
    return {};
}

Error PackageImporter::explainFailure(const PayloadTable& t, const QString& insertOne, const Error& bulk)
{
    // The failed statement changed nothing; written again one record at a time, the first that
    // fails is the one to name, with SQLite's words for the constraint (they name the column).
    QSqlQuery ids(m_db.connection());
    const QString key = t.travelling ? QStringLiteral("id") : t.parentColumn;
    const QString source = t.travelling
        ? QStringLiteral("SELECT id FROM temp.x_act WHERE action IN (%1, %2) ORDER BY id").arg(Create).arg(Update)
        : QStringLiteral("SELECT DISTINCT %1 FROM pkg.%2 WHERE %1 IN (SELECT id FROM temp.x_act WHERE action IN (%3, %4))")
              .arg(key, t.name)
              .arg(Create)
              .arg(Update);
    if (!ids.exec(source))
        return bulk;
    QList<QVariant> keys;
    while (ids.next())
        keys << ids.value(0);
    ids.finish();
    for (const QVariant& k : std::as_const(keys)) {
        QSqlQuery one(m_db.connection());
        one.prepare(insertOne);
        one.addBindValue(k);
        if (one.exec())
            continue;
        const Error e = m_db.queryError(one, tr("writing %1").arg(t.name));
        QString field;
        const QString text = e.message;
        for (const QString& c : t.columns) {
            if (text.contains(t.name + QLatin1Char('.') + c) || text.contains(QLatin1Char(' ') + c + QLatin1Char(' ')) || text.contains(QLatin1Char('(') + c + QLatin1Char(' '))) {
                field = c;
                break;
            }
        }
        if (field.isEmpty() && text.contains(QLatin1String("FOREIGN KEY"))) {
            for (const PayloadReference& ref : t.references) {
                QSqlQuery check(m_db.connection());
                check.prepare(QStringLiteral("SELECT 1 FROM pkg.%1 p WHERE p.%2 = ? AND p.%3 IS NOT NULL AND NOT EXISTS"
                                             " (SELECT 1 FROM main.%4 r WHERE r.%5 = p.%3)")
                                  .arg(t.name, key, ref.column, ref.table, ref.key));
                check.addBindValue(k);
                if (check.exec() && check.next()) {
                    field = ref.column;
                    break;
                }
            }
        }
        return makeError(Error::Code::Invalid,
            tr("The package was refused: record %1 of %2%3 breaks a rule of the database (%4); nothing was imported.")
                .arg(valueText(k), t.name, field.isEmpty() ? QString() : tr(", field %1").arg(field), e.message));
    }
    return bulk;
}

Result<ExchangeSummary> PackageImporter::import(const QString& payloadPath, const PayloadOrigin& origin, bool dryRun,
                                                const BeforeCommit& beforeCommit, const PackageProgress& progress)
{
    m_cancelled = false;
    if (m_db.inTransaction())
        return makeError(Error::Code::Invalid, tr("A package is not imported inside another transaction."));
    Result<QList<PayloadTable>> tables = PackagePayload::tables(m_db);
    if (!tables)
        return tables.error();
    QElapsedTimer timer;
    timer.start();
    Result<QHash<QString, QString>> info = PackagePayload::inspect(payloadPath, *tables);
    trace("inspect", timer);
    if (!info)
        return info.error();
    m_info = *info;
    if (Result<void> r = checkInfo(*info, origin); !r)
        return r.error();

    ExchangeSummary summary;
    summary.packageId = origin.packageId;
    summary.senderId = origin.senderId;
    summary.fiscalYear = origin.fiscalYear;
    summary.outcome = dryRun ? ExchangeSummary::Outcome::DryRun : ExchangeSummary::Outcome::Imported;

    m_db.releaseReads();
    // Classification tables spill to a file, not to memory: memory stays flat however big the package.
    if (Result<int> r = run(QStringLiteral("PRAGMA temp_store = FILE")); !r)
        return r.error();
    // A bounded cache for them (16 MB), whatever the size of the package.
    (void)run(QStringLiteral("PRAGMA temp.cache_size = -16384"));
    if (Result<int> r = run(QStringLiteral("ATTACH DATABASE ? AS %1").arg(Pkg), { PackagePayload::uri(payloadPath, true) }); !r) {
        (void)run(QStringLiteral("PRAGMA temp_store = MEMORY"));
        return r.error();
    }
    const QByteArray pauseFile = qgetenv(PauseHook);
    if (!pauseFile.isEmpty()) {
        // Test hook: a page cache this small spills the transaction's pages into the WAL as it
        // goes, so that the process killed at the pause has really written into the file.
        (void)run(QStringLiteral("PRAGMA cache_size = 16"));
    }
    qint64 tablesDone = 0;
    qint64 tablesTotal = 0;
    for (const PayloadTable& t : *tables)
        tablesTotal += t.travelling ? 1 : 0;
    const auto cancelled = [this] {
        m_cancelled = true;
        return makeError(Error::Code::Invalid, tr("The import was cancelled; nothing was imported."));
    };
    Result<void> done = [&]() -> Result<void> {
        Database::Transaction tx(m_db);
        if (!tx.started())
            return tx.startError();
        // Declared after the transaction, so that it is gone before the transaction rolls back.
        StatementInterrupt interrupt(m_db.handle(), progress ? std::function<bool()>([&] {
            return progress(tablesDone, tablesTotal);
        }) : std::function<bool()>());
        // A statement that failed because it was interrupted is a cancel, not an error of the package.
        const auto failed = [&](const Result<void>& r) { return interrupt.interrupted() ? cancelled() : r.error(); };
        if (Result<int> r = run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS x_act (id BLOB PRIMARY KEY, action INTEGER NOT NULL) WITHOUT ROWID"));
            !r) {
            return r.error();
        }
        if (Result<void> r = importDivisions(tables->constFirst(), summary); !r)
            return failed(r);
        if (Result<void> r = computeOwners(origin); !r)
            return failed(r);
        bool paused = false;
        for (const PayloadTable& t : *tables) {
            if (!t.travelling)
                continue;
            if (!interrupt.goOn())
                return cancelled();
            if (Result<void> r = importTable(t, *tables, summary); !r)
                return failed(r);
            ++tablesDone;
            trace(qPrintable(t.name), timer);
            if (!pauseFile.isEmpty() && !paused && summary.totals().created >= 100) {
                // Test hook (TestExchange): the import has written; a test kills the process now.
                paused = true;
                QFile marker(QFile::decodeName(pauseFile));
                if (marker.open(QIODevice::WriteOnly))
                    marker.close();
                QThread::sleep(60);
            }
        }
        summary.settleStatus();
        const KindCounts totals = summary.totals();
        summary.message = tr("%1 created, %2 updated, %3 unchanged, %4 ignored, %5 conflicts.")
                              .arg(totals.created)
                              .arg(totals.updated)
                              .arg(totals.unchanged)
                              .arg(totals.ignored)
                              .arg(totals.conflicts);
        if (!interrupt.goOn())
            return cancelled();
        if (dryRun)
            return {}; // the transaction rolls back
        if (beforeCommit) {
            if (Result<void> r = beforeCommit(summary); !r)
                return failed(r);
        }
        // The last moment to stop: after the commit the import is done whatever is asked.
        if (!interrupt.goOn())
            return cancelled();
        Result<void> committed = tx.commit();
        trace("commit", timer);
        return committed;
    }();
    (void)run(QStringLiteral("DROP TABLE IF EXISTS temp.x_act"));
    (void)run(QStringLiteral("DROP TABLE IF EXISTS temp.x_allowed"));
    (void)run(QStringLiteral("DROP TABLE IF EXISTS temp.x_ours"));
    (void)run(QStringLiteral("DETACH DATABASE %1").arg(Pkg));
    (void)run(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!done)
        return done.error();
    return summary;
}

} // namespace jx
