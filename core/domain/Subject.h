#pragma once

#include "core/domain/Money.h"
#include "core/domain/RecordMeta.h"
#include "core/domain/Types.h"

#include <QString>

namespace jx {

/**
 * 绩效管理对象: what performance management is applied to. A government budget (per
 * division and year), an agency's overall budget (per agency and year), or a program
 * (policy, project or special transfer) with its program-only fields.
 */
struct Subject
{
    RecordMeta meta;
    SubjectKind kind = SubjectKind::Program;
    int fiscalYear = 0;
    QUuid agencyId;        ///< the agency; for a government budget, the finance bureau
    QString divisionCode;  ///< where the subject belongs
    QString name;
    BudgetBook book = BudgetBook::GeneralPublic;
    Money amount;          ///< budget amount (申报 / 安排数)

    // Programs only.
    QString code;
    ProgramKind programKind = ProgramKind::Project;
    int fundingTags = 0;   ///< FundingTag flags
    bool isNew = false;    ///< 新增 (else 延续)
    bool isMajor = false;  ///< 重大
    bool isMidYear = false; ///< 年中追加
    QString functionCode;  ///< 政府收支分类 功能分类 (3, 5 or 7 digits)
    QUuid predecessorId;   ///< the previous year's program a continuing program follows

    bool isProgram() const { return kind == SubjectKind::Program; }
};

} // namespace jx
