#pragma once

#include "core/domain/Money.h"
#include "core/domain/Result.h"
#include "core/domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace jx {

class Database;

/// The decision (结果运用) on a program's predecessor for the program's year, as its list shows it.
struct PredecessorDecision
{
    ApplicationDecision decision = ApplicationDecision::Keep;
    Money amountChange;
    RecordStatus status = RecordStatus::Draft;
};

/// One line of the program list.
struct ProgramRow
{
    QUuid id;
    QString code;
    QString name;
    QString agencyName;
    int fiscalYear = 0;
    BudgetBook book = BudgetBook::GeneralPublic;
    ProgramKind kind = ProgramKind::Project;
    Money amount;
    std::optional<OrderKind> order; ///< the strongest finance order in force
    QUuid predecessorId; ///< the program of the year before it continues; null when none
    std::optional<PredecessorDecision> predecessorDecision; ///< what was decided on the predecessor for this year
};

struct ProgramFilter
{
    int fiscalYear = 0; ///< 0: every year
    QString text;       ///< part of the name or code; empty: all
};

/**
 * The list of live programs ordered by name, read page by page on the indexed key
 * (name, id) so that a list of 300,000 programs never loads whole. Counting is done in SQL.
 */
class ProgramListing
{
    Q_DECLARE_TR_FUNCTIONS(ProgramListing)

public:
    explicit ProgramListing(Database& db);

    Result<qint64> count(const ProgramFilter& filter);
    /// Up to @p limit rows after @p after (the last row of the previous page), or from the start.
    Result<QList<ProgramRow>> page(const ProgramFilter& filter, const std::optional<ProgramRow>& after, int limit);

private:
    Database& m_db;
};

} // namespace jx
