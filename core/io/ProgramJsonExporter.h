#pragma once

#include "core/domain/Result.h"
#include "core/domain/Subject.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QUuid>

namespace jx {

class Database;

/**
 * Writes the JSON interchange document of an agency's programs of a year to a device, one
 * program at a time: the programs are walked in pages of ids (name, id order) and each one's
 * targets, monitoring and self-evaluation are loaded, turned into an object, written and
 * dropped, so that memory does not grow with the number of programs.
 */
class ProgramJsonExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    explicit ProgramJsonExporter(Database& db);

    /// Writes the whole document to @p out; the number of programs written.
    Result<int> write(const QUuid& agencyId, int fiscalYear, QIODevice& out);
    /// The object of one program of the document.
    Result<QJsonObject> program(const Subject& subject);

private:
    Result<QList<QUuid>> page(const QUuid& agencyId, int fiscalYear, const std::optional<QPair<QString, QUuid>>& after,
        QList<QString>& names);
    QString categoryName(const QUuid& id);

    Database& m_db;
    QHash<QUuid, QString> m_categoryNames; ///< a year's framework has a few dozen
};

} // namespace jx
