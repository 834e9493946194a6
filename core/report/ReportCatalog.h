#pragma once

#include "core/domain/Result.h"
#include "core/report/ReportDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace jx {

class Database;

/// What a report needs to be chosen; the 报表 page and the CLI ask for exactly these.
enum class ReportInput
{
    Subject,  ///< one subject (program, agency overall budget or government budget)
    Agency,   ///< one agency (and, for a finance bureau, the agencies under it)
    Division, ///< one division (a finance bureau's summaries, the disclosure of a division)
    Month,    ///< a month 1–12 (monitoring)
};

struct ReportInfo
{
    QString name;             ///< the catalog and CLI name, e.g. "targets"; never translated
    QString title;            ///< translated, e.g. "绩效目标申报表（项目支出）"
    QString description;      ///< translated, one sentence for the 报表 page
    QList<ReportInput> inputs;
    bool large = false;       ///< may run to hundreds of thousands of rows: rendered streamed
};

struct ReportParameters
{
    int fiscalYear = 0;
    QUuid subjectId;
    QUuid agencyId;
    QString divisionCode;
    int month = 0;
    MoneyUnit unit = MoneyUnit::TenThousandYuan;
};

/**
 * Every report the program makes, and the one place that assembles them from the database.
 * Reads only, so a report can be built on a worker thread with a connection of its own.
 */
class ReportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalog)

public:
    /// Assembly steps done and in all; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static QList<ReportInfo> all();
    static std::optional<ReportInfo> find(const QString& name);

    /// Assembles report @p name; a translated error naming what is missing (an unknown report,
    /// a subject not found, a month out of range) when it cannot.
    static Result<ReportDocument> build(Database& db, const QString& name, const ReportParameters& parameters,
                                        const Progress& progress = {});
};

} // namespace jx
