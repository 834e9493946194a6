#pragma once

#include <QHash>

#include "core/domain/Agency.h"
#include "core/domain/Division.h"
#include "core/domain/ExAnteAssessment.h"
#include "core/domain/FinanceOrder.h"
#include "core/domain/Indicator.h"
#include "core/domain/IndicatorFramework.h"
#include "core/domain/MonitoringReport.h"
#include "core/domain/Payment.h"
#include "core/domain/ResultApplication.h"
#include "core/domain/Review.h"
#include "core/domain/SelfEvaluation.h"
#include "core/domain/Subject.h"
#include "core/domain/TargetSet.h"
#include "core/domain/Transition.h"
#include "core/report/SelfEvaluationReport.h"
#include "core/storage/RecordTable.h"

namespace jx {

/**
 * Every table the storage layer reads and writes, declared once (Tables.cpp): its columns in
 * order, the field each one stores, what it refers to, its status column and its child rows.
 * Repositories are thin layers over these declarations (TableStore).
 */
namespace Tables {

const Table<Division>& division();

/// This installation's own signing keys (KeyStore); they never travel.
const TableShape& signingKey();
/// The registry of other agencies' public keys (KeyRegistry); it never travels.
const TableShape& knownKey();
/// The per-subject summary of its latest monitoring report (derived, never travels; SubjectQuery keeps it).
const TableShape& subjectMonitoring();

/// The declaration of the records of type @p R (Tables::of<Agency>()).
template <typename R>
const RecordTable<R>& of();
template <> const RecordTable<Agency>& of<Agency>();
template <> const RecordTable<Subject>& of<Subject>();
template <> const RecordTable<IndicatorCategory>& of<IndicatorCategory>();
template <> const RecordTable<IndicatorLibraryEntry>& of<IndicatorLibraryEntry>();
template <> const RecordTable<TargetSet>& of<TargetSet>();
template <> const RecordTable<Indicator>& of<Indicator>();
template <> const RecordTable<ExAnteAssessment>& of<ExAnteAssessment>();
template <> const RecordTable<MonitoringReport>& of<MonitoringReport>();
template <> const RecordTable<SelfEvaluation>& of<SelfEvaluation>();
template <> const RecordTable<Review>& of<Review>();
template <> const RecordTable<ResultApplication>& of<ResultApplication>();
template <> const RecordTable<Transition>& of<Transition>();
template <> const RecordTable<FinanceOrder>& of<FinanceOrder>();
template <> const RecordTable<Payment>& of<Payment>();
template <> const RecordTable<SelfEvaluationReport>& of<SelfEvaluationReport>();

/// Every declared table (child tables included) with the columns it is declared with.
QList<TableShape> shapes();
/// The tables of travelling records (meta columns id, owner_id, revision, modified_at, deleted).
QStringList travelling();

/**
 * Checks that every declared column exists in its table (PRAGMA table_info), so that a typo
 * in a declaration or a missing migration fails when the database is opened, not at the
 * first write. Database::open() runs it after migrating.
 */
Result<void> check(Database& db);
Result<void> check(Database& db, const QList<TableShape>& shapes);

/**
 * RecordStore::changedSince() over every travelling table, by table in travelling() order:
 * @p since holds, per table, the last change sequence already seen (a table not in it: all).
 */
Result<QList<ChangedRecord>> changedSince(Database& db, const QHash<QString, qint64>& since = {});

} // namespace Tables

} // namespace jx
