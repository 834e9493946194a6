#pragma once

#include "core/domain/RecordMeta.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace jx {

/**
 * 绩效自评报告: the narrative report that goes with the self-evaluation of one subject and year
 * (一、基本情况 … 七、改进措施), drafted from the data by SelfEvaluationReportDraft and then
 * edited by the clerk. A travelling record of its own (schema step 16), so the clerk's edits go up
 * with the self-evaluation. It may be edited while the self-evaluation of its subject and year is.
 */
struct SelfEvaluationReport
{
    RecordMeta meta;
    QUuid subjectId;
    int fiscalYear = 0;
    QString body;         ///< the report as rich text (HTML, as QTextEdit writes it)
    QDateTime draftedAt;  ///< when the text was last drafted from the data (UTC)
};

} // namespace jx
