#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/domain/Subject.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// A record as the workflow sees it: what it is, where it stands, whose it is, how to name it.
struct RecordState
{
    std::optional<RecordKind> kind; ///< none for a program, which has no status of its own
    QUuid id;
    std::optional<RecordStatus> status; ///< none for a record without a status (a program)
    Agency owner;
    QString label; ///< "performance targets of program “X”", "program “X”"
    int fiscalYear = 0; ///< the fiscal year of the subject, whose policy applies
    SubjectKind subjectKind = SubjectKind::Program; ///< what the record is about
};

/// One record of the loop about a subject, as a list of the subject's records shows it.
struct RecordSummary
{
    RecordKind kind = RecordKind::TargetSet;
    QUuid id;
    RecordStatus status = RecordStatus::Draft;
    int year = 0;  ///< the fiscal year it is about (a decision: the year it applies to)
    int month = 0; ///< a monitoring report's month; 0 otherwise
};

/// Reads the state of workflow records and programs for the workflow classes.
class RecordLookup
{
    Q_DECLARE_TR_FUNCTIONS(RecordLookup)

public:
    explicit RecordLookup(Database& db);

    /// The table that holds records of @p kind.
    static QString tableOf(RecordKind kind);

    /// A live record of @p kind with its status, owner and label.
    Result<RecordState> record(RecordKind kind, const QUuid& id);
    /// A live program (policy or project), or NotFound.
    Result<Subject> liveProgram(const QUuid& programId);
    /// Every live record of the loop about @p subjectId: by kind (in the order of the loop), year, month, id.
    Result<QList<RecordSummary>> recordsOf(const QUuid& subjectId);
    /// The program itself as a record without status, for the checks records share (owner, jurisdiction).
    Result<RecordState> programRecord(const Subject& program);

private:
    Database& m_db;
};

} // namespace jx
