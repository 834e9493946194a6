#include "core/exchange/PayloadWriter.h"

#include "core/domain/EnumTable.h"
#include "core/exchange/StatementInterrupt.h"
#include "core/storage/Database.h"
#include "core/storage/RecordStore.h"
#include "core/workflow/RecordLookup.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

namespace jx {

namespace {

const QString Pkg = QStringLiteral("pkg");

QString scopeTable(const QString& table)
{
    return QStringLiteral("temp.s_%1").arg(table);
}

// Tables whose records only follow others or are referred to: they have no scope of their own.
bool referredOnly(const QString& table)
{
    return table == QLatin1String("agency") || table == QLatin1String("indicator_category")
        || table == QLatin1String("indicator_library_entry");
}

} // namespace

qint64 PayloadContent::records() const
{
    qint64 n = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        n += it.value();
    return n;
}

PayloadWriter::PayloadWriter(Database& db, Agency self)
    : m_db(db)
    , m_self(std::move(self))
{
}

QStringList PayloadWriter::stages()
{
    return { QStringLiteral("assessment"), QStringLiteral("targets"), QStringLiteral("monitoring"),
        QStringLiteral("evaluation"), QStringLiteral("application") };
}

QStringList PayloadWriter::tablesOf(const QString& stage)
{
    if (stage == QLatin1String("assessment"))
        return { QStringLiteral("ex_ante_assessment") };
    if (stage == QLatin1String("targets"))
        return { QStringLiteral("target_set") };
    if (stage == QLatin1String("monitoring"))
        return { QStringLiteral("monitoring_report"), QStringLiteral("finance_order"), QStringLiteral("payment") };
    if (stage == QLatin1String("evaluation"))
        return { QStringLiteral("self_evaluation") };
    if (stage == QLatin1String("application"))
        return { QStringLiteral("result_application") };
    return {};
}

Result<int> PayloadWriter::run(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return m_db.queryError(q, tr("writing the package"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return m_db.queryError(q, tr("writing the package"));
    return q.numRowsAffected();
}

void PayloadWriter::dropTemporary(const QList<PayloadTable>& tables)
{
    for (const PayloadTable& t : tables) {
        if (t.travelling)
            (void)run(QStringLiteral("DROP TABLE IF EXISTS %1").arg(scopeTable(t.name)));
    }
    (void)run(QStringLiteral("DROP TABLE IF EXISTS temp.x_area"));
    for (const PayloadTable& t : tables) {
        if (!t.parentTable.isEmpty())
            (void)run(QStringLiteral("DROP TABLE IF EXISTS temp.d_%1").arg(t.name));
    }
}

Result<PayloadContent> PayloadWriter::write(const PayloadScope& scope, const QString& path,
                                            const std::function<bool()>& goOn)
{
    m_cancelled = false;
    if (m_db.inTransaction())
        return makeError(Error::Code::Invalid, tr("A package is not written inside another transaction."));
    for (const QString& stage : scope.stages) {
        if (!stages().contains(stage)) {
            return makeError(Error::Code::Invalid,
                tr("Unknown stage “%1”; the stages are %2.").arg(stage, stages().join(QStringLiteral(", "))));
        }
    }
    if (QFile::exists(path))
        return makeError(Error::Code::Invalid, tr("“%1” already exists.").arg(path));
    Result<QList<PayloadTable>> tables = PackagePayload::tables(m_db);
    if (!tables)
        return tables.error();

    m_db.releaseReads();
    // Scope tables spill to a file, not to memory: memory stays flat however big the package.
    if (Result<int> r = run(QStringLiteral("PRAGMA temp_store = FILE")); !r)
        return r.error();
    if (Result<int> r = run(QStringLiteral("ATTACH DATABASE ? AS %1").arg(Pkg), { PackagePayload::uri(path, false) }); !r) {
        (void)run(QStringLiteral("PRAGMA temp_store = MEMORY"));
        return r.error();
    }
    PayloadContent content;
    Result<void> written = [&]() -> Result<void> {
        // The payload is a scratch file until it is signed into the package: no journal.
        for (const QString& pragma : { QStringLiteral("PRAGMA pkg.journal_mode = OFF"), QStringLiteral("PRAGMA pkg.synchronous = OFF"),
                 QStringLiteral("PRAGMA pkg.application_id = %1").arg(PackagePayload::ApplicationId),
                 QStringLiteral("PRAGMA pkg.user_version = %1").arg(PackagePayload::FormatVersion) }) {
            if (Result<int> r = run(pragma); !r)
                return r.error();
        }
        if (Result<int> r = run(PackagePayload::infoCreateSql(Pkg)); !r)
            return r.error();
        for (const PayloadTable& t : *tables) {
            if (Result<int> r = run(t.createSql(Pkg)); !r)
                return r.error();
        }
        // One read snapshot of the database for the whole payload.
        if (Result<int> r = run(QStringLiteral("BEGIN")); !r)
            return r.error();
        Result<void> copied;
        {
            StatementInterrupt interrupt(m_db.handle(), goOn);
            copied = interrupt.goOn() ? selectScope(scope, *tables) : Result<void>();
            if (copied && interrupt.goOn())
                copied = copyRecords(scope, *tables, content);
            if (interrupt.interrupted()) {
                m_cancelled = true;
                copied = makeError(Error::Code::Invalid, tr("Writing the package was cancelled; no file was written."));
            }
        }
        if (!copied) {
            (void)run(QStringLiteral("ROLLBACK"));
            return copied;
        }
        if (Result<int> r = run(QStringLiteral("COMMIT")); !r)
            return r.error();
        return {};
    }();
    dropTemporary(*tables);
    (void)run(QStringLiteral("DETACH DATABASE %1").arg(Pkg));
    (void)run(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!written) {
        QFile::remove(path);
        return written.error();
    }
    return content;
}

Result<void> PayloadWriter::selectScope(const PayloadScope& scope, const QList<PayloadTable>& tables)
{
    const bool submission = scope.direction == ExchangeDirection::Submission;
    // The area: for a submission, the agencies under this one whose approved records go up;
    // for a return, the recipient and the agencies under it, whose subjects the records are about.
    Agency anchor = m_self;
    if (!submission) {
        QSqlQuery a(m_db.connection());
        a.prepare(QStringLiteral("SELECT kind, division_code, name FROM agency WHERE id = ?"));
        a.addBindValue(RecordStore::idValue(scope.recipientId));
        if (!a.exec())
            return m_db.queryError(a, tr("reading the recipient"));
        if (!a.next()) {
            return makeError(Error::Code::NotFound,
                tr("The recipient (id %1) is not an agency known here; a return goes to an agency that sent a package.")
                    .arg(scope.recipientId.toString(QUuid::WithoutBraces)));
        }
        anchor.meta.id = scope.recipientId;
        anchor.kind = static_cast<AgencyKind>(a.value(0).toInt());
        anchor.divisionCode = a.value(1).toString();
    }
    const QVariant anchorId = RecordStore::idValue(anchor.meta.id);
    const QVariant self = RecordStore::idValue(m_self.meta.id);
    if (Result<int> r = run(QStringLiteral("CREATE TEMP TABLE x_area (id BLOB PRIMARY KEY)")); !r)
        return r.error();
    if (Result<int> r = run(QStringLiteral(
            "INSERT INTO temp.x_area WITH RECURSIVE"
            " d(code) AS (SELECT ? UNION SELECT v.code FROM main.division v JOIN d ON v.parent_code = d.code),"
            " u(id) AS (SELECT ? UNION SELECT a.id FROM main.agency a JOIN u ON a.parent_id = u.id)"
            " SELECT id FROM main.agency WHERE (? AND division_code IN (SELECT code FROM d)) OR id IN (SELECT id FROM u)"),
            { anchor.divisionCode, anchorId, anchor.kind == AgencyKind::FinanceBureau ? 1 : 0 });
        !r) {
        return r.error();
    }
    if (submission) {
        if (Result<int> r = run(QStringLiteral("DELETE FROM temp.x_area WHERE id = ?"), { self }); !r)
            return r.error();
    }
    for (const PayloadTable& t : tables) {
        if (t.travelling) {
            if (Result<int> r = run(QStringLiteral("CREATE TEMP TABLE s_%1 (id BLOB PRIMARY KEY)").arg(t.name)); !r)
                return r.error();
        }
    }

    // Subjects: this agency's, and (submission) those of its area with a record it approved.
    QStringList approvedRecord;
    for (const PayloadTable& t : tables) {
        if (t.travelling && t.hasSubject && !t.statusColumn.isEmpty()) {
            approvedRecord << QStringLiteral("EXISTS (SELECT 1 FROM main.%1 r WHERE r.subject_id = s.id AND r.%2 = %3)")
                                  .arg(t.name, t.statusColumn)
                                  .arg(int(RecordStatus::Approved));
        }
    }
    const QString subjects = submission
        ? QStringLiteral("INSERT INTO temp.s_subject SELECT id FROM main.subject s WHERE s.fiscal_year = ?"
                         " AND (s.owner_id = ? OR (s.owner_id IN (SELECT id FROM temp.x_area) AND (%1)))")
              .arg(approvedRecord.join(QStringLiteral(" OR ")))
        : QStringLiteral("INSERT INTO temp.s_subject SELECT id FROM main.subject s WHERE s.fiscal_year = ?"
                         " AND s.owner_id IN (SELECT id FROM temp.x_area)");
    if (Result<int> r = run(subjects, submission ? QVariantList { scope.fiscalYear, self } : QVariantList { scope.fiscalYear });
        !r)
        return r.error();

    QStringList chosen;
    for (const QString& stage : scope.stages)
        chosen << tablesOf(stage);
    const auto inStage = [&](const QString& table) {
        if (scope.stages.isEmpty())
            return true;
        for (const QString& stage : stages()) {
            if (tablesOf(stage).contains(table))
                return chosen.contains(table);
        }
        return true; // not a stage's table: follows what it belongs to
    };

    // Records about the subjects: this agency's own; (submission) the area's approved ones, or
    // those without a workflow; (return) the recipient's that the workflow moved here.
    for (const PayloadTable& t : tables) {
        if (!t.travelling || !t.hasSubject || !inStage(t.name))
            continue;
        QString others;
        if (submission) {
            others = t.statusColumn.isEmpty()
                ? QStringLiteral("owner_id IN (SELECT id FROM temp.x_area)")
                : QStringLiteral("(owner_id IN (SELECT id FROM temp.x_area) AND %1 = %2)")
                      .arg(t.statusColumn)
                      .arg(int(RecordStatus::Approved));
        } else {
            others = t.statusColumn.isEmpty()
                ? QStringLiteral("0")
                : QStringLiteral("(owner_id IN (SELECT id FROM temp.x_area) AND %1 <> %2)")
                      .arg(t.statusColumn)
                      .arg(int(RecordStatus::Draft));
        }
        if (Result<int> r = run(QStringLiteral("INSERT INTO %1 SELECT id FROM main.%2 WHERE subject_id IN"
                                               " (SELECT id FROM temp.s_subject) AND (owner_id = ? OR %3)")
                                    .arg(scopeTable(t.name), t.name, others),
                { self });
            !r) {
            return r.error();
        }
    }
    // Records that belong to another one in scope (indicators to their target set).
    for (const PayloadTable& t : tables) {
        if (!t.travelling || t.hasSubject || t.refersToRecord || referredOnly(t.name) || t.name == QLatin1String("subject"))
            continue;
        QStringList follows;
        for (const PayloadReference& ref : t.references) {
            if (ref.column != QLatin1String("owner_id") && !referredOnly(ref.table) && ref.table != t.name)
                follows << QStringLiteral("%1 IN (SELECT id FROM %2)").arg(ref.column, scopeTable(ref.table));
        }
        if (follows.isEmpty())
            continue;
        if (Result<int> r = run(QStringLiteral("INSERT INTO %1 SELECT id FROM main.%2 WHERE %3")
                                    .arg(scopeTable(t.name), t.name, follows.join(QStringLiteral(" OR "))));
            !r) {
            return r.error();
        }
    }
    // Reviews and workflow steps follow the record they are about.
    for (const PayloadTable& t : tables) {
        if (!t.travelling || !t.refersToRecord)
            continue;
        QStringList about;
        for (const EnumEntry<RecordKind>& kind : enumEntries<RecordKind>()) {
            about << QStringLiteral("(record_kind = %1 AND record_id IN (SELECT id FROM %2))")
                         .arg(int(kind.value))
                         .arg(scopeTable(RecordLookup::tableOf(kind.value)));
        }
        if (Result<int> r = run(QStringLiteral("INSERT INTO %1 SELECT id FROM main.%2 WHERE %3")
                                    .arg(scopeTable(t.name), t.name, about.join(QStringLiteral(" OR "))));
            !r) {
            return r.error();
        }
    }
    // This agency itself travels always: the recipient learns who sent the package.
    if (Result<int> r = run(QStringLiteral("INSERT OR IGNORE INTO temp.s_agency VALUES (?)"), { self }); !r)
        return r.error();
    return {};
}

Result<void> PayloadWriter::copyRecords(const PayloadScope& scope, const QList<PayloadTable>& tables, PayloadContent& content)
{
    for (const PayloadTable& t : tables) {
        if (!t.travelling)
            continue;
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM main.%1").arg(t.name)) || !q.next())
            return m_db.queryError(q, tr("reading the changes in %1").arg(t.name));
        content.marks.insert(t.name, q.value(0).toLongLong());
        const qint64 since = scope.since.value(t.name, 0);
        if (Result<int> r = run(QStringLiteral("INSERT INTO pkg.%1 SELECT %2 FROM main.%1 WHERE id IN (SELECT id FROM %3)"
                                               " AND change_seq > ?")
                                    .arg(t.name, t.columnList(), scopeTable(t.name)),
                { since });
            !r) {
            return r.error();
        }
    }
    // What the records refer to, and the child rows of every record, until nothing is missing.
    for (int pass = 0;; ++pass) {
        qint64 added = 0;
        for (const PayloadTable& t : tables) {
            if (!t.parentTable.isEmpty()) {
                // The children of the parents not yet done (temp.d_<parent> lists those done):
                // found through the child table's key, which starts with the parent.
                const QString done = QStringLiteral("temp.d_%1").arg(t.name);
                if (pass == 0) {
                    if (Result<int> r = run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS d_%1 (id BLOB PRIMARY KEY) WITHOUT ROWID")
                                                .arg(t.name));
                        !r) {
                        return r.error();
                    }
                }
                Result<int> r = run(QStringLiteral("INSERT INTO pkg.%1 SELECT %2 FROM main.%1 WHERE %3 IN"
                                                   " (SELECT id FROM pkg.%4 p WHERE NOT EXISTS (SELECT 1 FROM %5 d WHERE d.id = p.id))")
                                        .arg(t.name, t.columnList(), t.parentColumn, t.parentTable, done));
                if (!r)
                    return r.error();
                added += *r;
                if (Result<int> d = run(QStringLiteral("INSERT OR IGNORE INTO %1 SELECT id FROM pkg.%2").arg(done, t.parentTable)); !d)
                    return d.error();
            }
            for (const PayloadReference& ref : t.references) {
                if (ref.table == QLatin1String("division"))
                    continue;
                const PayloadTable* target = nullptr;
                for (const PayloadTable& p : tables) {
                    if (p.name == ref.table)
                        target = &p;
                }
                if (!target || !target->travelling)
                    continue;
                // Only the missing ones are collected: one look-up in the payload's key per row.
                Result<int> r = run(QStringLiteral("INSERT OR IGNORE INTO pkg.%1 SELECT %2 FROM main.%1 WHERE id IN"
                                                   " (SELECT t.%3 FROM pkg.%4 t WHERE t.%3 IS NOT NULL AND NOT EXISTS"
                                                   " (SELECT 1 FROM pkg.%1 x WHERE x.id = t.%3))")
                                        .arg(target->name, target->columnList(), ref.column, t.name));
                if (!r)
                    return r.error();
                added += *r;
            }
        }
        if (added == 0)
            break;
        if (pass > 64)
            return makeError(Error::Code::Storage, tr("The references of the records do not end."));
    }
    // The divisions referred to, with every division above them.
    QStringList codes;
    for (const PayloadTable& t : tables) {
        for (const PayloadReference& ref : t.references) {
            if (ref.table == QLatin1String("division") && t.name != QLatin1String("division"))
                codes << QStringLiteral("SELECT %1 FROM pkg.%2").arg(ref.column, t.name);
        }
    }
    const PayloadTable& division = tables.constFirst();
    if (Result<int> r = run(QStringLiteral("INSERT INTO pkg.division SELECT %1 FROM main.division WHERE code IN ("
                                           "WITH RECURSIVE d(code) AS (%2 UNION SELECT v.parent_code FROM main.division v"
                                           " JOIN d ON v.code = d.code WHERE v.parent_code IS NOT NULL) SELECT code FROM d)")
                                .arg(division.columnList(), codes.join(QStringLiteral(" UNION "))));
        !r) {
        return r.error();
    }

    QHash<QString, QString> info = scope.info;
    info.insert(QStringLiteral("format"), QString::number(PackagePayload::FormatVersion));
    info.insert(QStringLiteral("direction"),
        scope.direction == ExchangeDirection::Submission ? QStringLiteral("submission") : QStringLiteral("return"));
    info.insert(QStringLiteral("sender"), m_self.meta.id.toString(QUuid::WithoutBraces));
    info.insert(QStringLiteral("recipient"), scope.recipientId.toString(QUuid::WithoutBraces));
    info.insert(QStringLiteral("fiscalYear"), QString::number(scope.fiscalYear));
    info.insert(QStringLiteral("stages"), scope.stages.join(QLatin1Char(',')));
    info.insert(QStringLiteral("scope"), scope.since.isEmpty() ? QStringLiteral("all") : QStringLiteral("since-ack"));
    for (auto it = info.cbegin(); it != info.cend(); ++it) {
        if (Result<int> r = run(QStringLiteral("INSERT INTO pkg.%1 (key, value) VALUES (?, ?)").arg(PackagePayload::InfoTable),
                { it.key(), it.value().isNull() ? QStringLiteral("") : it.value() });
            !r) {
            return r.error();
        }
    }
    for (const PayloadTable& t : tables) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pkg.%1").arg(t.name)) || !q.next())
            return m_db.queryError(q, tr("counting the records of the package"));
        content.counts.insert(t.name, q.value(0).toLongLong());
    }
    return {};
}

} // namespace jx
