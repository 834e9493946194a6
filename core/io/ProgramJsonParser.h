#pragma once

#include "core/domain/Problem.h"
#include "core/domain/Result.h"
#include "core/io/ImportedProgram.h"
#include "core/io/JsonTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUuid>

namespace jx {

class Database;

/**
 * The reading half of an import: turns one program object of an interchange document into
 * domain records, checking every field and collecting every problem with its path
 * ("programs[2].targets.indicators[0].operator"). It writes nothing.
 */
class ProgramJsonParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    /**
     * Checks the document's header (format, version, fiscal year; undefined when absent); a problem
     * for each bad field. A newer version than this build reads is an error of its own
     * (Error::Code::Version), since nothing else in such a file can be trusted. The fiscal year.
     */
    static Result<int> checkHeader(
        const QJsonValue& format, const QJsonValue& version, const QJsonValue& fiscalYear, QList<Problem>& problems);
    /// @p text as an id, only in the form export writes ("b7446171-f90e-4555-965c-7b31336ef988");
    /// null for anything else (braces, text after the id).
    static QUuid strictUuid(const QString& text);
    /// A parser for programs of @p agencyId in @p fiscalYear, with the year's indicator categories.
    static Result<ProgramJsonParser> forAgency(Database& db, const QUuid& agencyId, int fiscalYear);

    /// Program @p index of the document, node @p value of @p tree; appends a problem to @p problems
    /// for every bad field.
    ImportedProgram parse(const JsonTree& tree, int value, qsizetype index, QList<Problem>& problems) const;

private:
    ProgramJsonParser() = default;

    int m_year = 0;
    QUuid m_agencyId;
    QString m_divisionCode;
    QHash<QString, QUuid> m_categoryByName;
};

} // namespace jx
