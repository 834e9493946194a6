#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace jx {

/// One record the import did not take as it came: its kind (table), id, the field and why.
struct ExchangeProblem
{
    enum class Kind
    {
        Conflict, ///< same revision, different content: nothing overwritten
        Ignored,  ///< not this sender's to send (owner), or a record of this installation changed elsewhere
        Refused,  ///< violates the schema: the whole package is refused
    };

    Kind kind = Kind::Ignored;
    QString table;
    QUuid recordId;
    QString field; ///< the column, empty for the record as a whole
    QString reason; ///< translated
    QString localValue; ///< conflicts: the value here
    QString incomingValue; ///< conflicts: the value in the package

    QJsonObject toJson() const;
    /// "table id field: reason (here “a”, in the package “b”)".
    QString line() const;
};

/// What an import did to one record kind (a table of travelling records, or division).
struct KindCounts
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 ignored = 0;
    qint64 conflicts = 0;

    qint64 total() const { return created + updated + unchanged + ignored + conflicts; }
};

/**
 * The summary of a package import (or of its dry run): the status, the counts per record kind,
 * every problem with its record, field and reason. Written as JSON and as readable text, and
 * kept in the database as the import history (ExchangeLog).
 */
struct ExchangeSummary
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeSummary)

public:
    enum class Status
    {
        Success,
        Warning, ///< imported, but some records were ignored or in conflict; or nothing to do (already imported)
        Error,   ///< nothing imported
    };
    enum class Outcome
    {
        Imported,
        DryRun,          ///< everything checked, nothing written
        AlreadyImported, ///< the same package (by UUID) was imported before: nothing changed
        Older,           ///< older than a package already imported from the sender: nothing changed
        Refused,         ///< the package or a record in it was refused: nothing changed
    };

    Status status = Status::Success;
    Outcome outcome = Outcome::Imported;
    QUuid packageId;
    QUuid senderId;
    QString senderName;
    qint64 sequence = 0;
    int fiscalYear = 0;
    QString message; ///< one translated line: what happened
    QMap<QString, KindCounts> counts; ///< by table
    QList<ExchangeProblem> problems;
    QString backupPath; ///< the copy made before a real import

    /// Adds @p problem and counts it (a problem list is capped; counts never are).
    void addProblem(const ExchangeProblem& problem);
    static constexpr qsizetype MaxProblems = 1000;
    qint64 problemsLeftOut = 0;

    KindCounts totals() const;
    /// Warning when anything was ignored or in conflict; set after the records are applied.
    void settleStatus();

    QJsonObject toJson() const;
    static ExchangeSummary fromJson(const QJsonObject& json);
    /// The summary for people: status, the counts per kind, every problem (translated).
    QString toText() const;

    static QString statusName(Status status);
    static QString outcomeName(Outcome outcome);
    /// The record kind as people read it ("programs and other subjects", "target sets").
    static QString kindName(const QString& table);
};

} // namespace jx
