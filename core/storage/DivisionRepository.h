#pragma once

#include "core/domain/Division.h"
#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace jx {

class Database;

/// 行政区划 reference data: read by code, children, and the chain of ancestors.
class DivisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DivisionRepository)

public:
    explicit DivisionRepository(Database& db);

    Result<void> save(const Division& division);
    Result<std::optional<Division>> find(const QString& code);
    Result<QList<Division>> children(const QString& parentCode, int year = 0);
    /// The division and its ancestors up to the region, nearest first.
    Result<QList<Division>> lineage(const QString& code);
    /// Every county-level division at any depth below @p code that is valid in @p year.
    Result<QList<Division>> countiesUnder(const QString& code, int year);

private:
    /// The divisions that the declared select + @p tail finds with @p bind.
    Result<QList<Division>> read(const QString& tail, const QVariant& bind, const QString& what);

    Database& m_db;
};

} // namespace jx
