#pragma once

#include "core/domain/Result.h"
#include "core/storage/Column.h"
#include "core/storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace jx {

/// A table and the columns a declaration says it has, for the start-up check (Tables::check()).
struct TableShape
{
    QString table;
    QStringList columns;
};

/**
 * A table's columns declared once, each with the field of @p R it stores. From the one
 * declaration come the column list of every statement, the values bound (in declared order),
 * the reading of a row (in the same order) and the references that explain a broken foreign key.
 */
template <typename R>
class Table
{
public:
    Table(const char* name, QList<Column<R>> columns)
        : m_name(QString::fromLatin1(name))
        , m_columns(std::move(columns))
    {
        for (const Column<R>& c : m_columns)
            m_names << c.name();
    }

    const QString& name() const { return m_name; }
    const QStringList& columnNames() const { return m_names; }

    /// Appends the values of @p record's columns to @p out in declared order (texts point into @p record).
    void appendValues(const R& record, SqlRow& out) const
    {
        for (const Column<R>& c : m_columns)
            out.push_back(c.bind(record));
    }

    /// Sets @p record's fields from the columns of @p query starting at @p first, in declared order.
    Result<void> read(R& record, const QSqlQuery& query, int first) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QVariant value = query.value(first + int(i));
            if (!m_columns.at(i).read(record, value))
                return unknownStoredValue(m_name, m_columns.at(i).name(), value);
        }
        return {};
    }

    /// What @p record's reference columns point at, in declared order, for RecordStore::explain().
    QList<Reference> references(const R& record) const
    {
        QList<Reference> out;
        for (const Column<R>& c : m_columns) {
            if (c.isReference()) {
                out << Reference { QCoreApplication::translate("Storage", c.referenceWhat()), c.referencedTable(),
                                   c.referencedColumn(), c.bind(record).copy() };
            }
        }
        return out;
    }

private:
    QString m_name;
    QList<Column<R>> m_columns;
    QStringList m_names;
};

} // namespace jx
