#pragma once

#include "core/domain/Agency.h"
#include "core/domain/Result.h"
#include "core/domain/Subject.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

namespace jx {

class Database;

/// Who submitted a record and when (the form's 填表人 and 填报日期); empty for a record never submitted.
struct FormSubmission
{
    QString preparer;
    QDate date;
};

/**
 * What the head of every form of one subject shows: the subject, its agency (实施单位), the
 * competent department (主管部门: the top of the agency's 所属单位 chain) and its division,
 * read once and checked to be of a kind the form is for.
 */
struct FormSubject
{
    Q_DECLARE_TR_FUNCTIONS(FormSubject)

public:
    Subject subject;
    Agency agency;
    Agency competent; ///< the agency itself when it belongs to no parent unit
    QString divisionName;

    /**
     * Reads subject @p id for the form @p form; a translated error naming the form when there is no
     * such subject or it is of none of @p kinds.
     */
    static Result<FormSubject> load(Database& db, const QUuid& id, const QList<SubjectKind>& kinds, const QString& form);

    /// The last submission of record @p id of @p kind.
    static Result<FormSubmission> submission(Database& db, RecordKind kind, const QUuid& id);
};

} // namespace jx
