#pragma once

#include "core/storage/ChildTable.h"
#include "core/storage/Table.h"

#include <memory>

namespace jx {

/**
 * A table of travelling records of type @p R (which has a RecordMeta meta): the meta columns
 * (RecordStore) followed by the declared ones, with the workflow status column, the child
 * tables saved and loaded with each record, and what the owner is called in errors.
 *
 *     RecordTable<Agency>("agency", { text("code", &Agency::code, EmptyAs::Null), … })
 *         .withChildren(children("…", "agency_id", &Agency::…, { … }, "c.…"))
 */
template <typename R>
class RecordTable : public Table<R>
{
public:
    /// What errors call a record being saved ("self-evaluation of 2025").
    using Label = QString (*)(const R&);

    RecordTable(const char* name, QList<Column<R>> columns)
        : Table<R>(name, std::move(columns))
        , m_statements(RecordStatements::make(this->name(), this->columnNames()))
    {
    }

    /// The workflow status column (see RecordStore::setStatusColumn()).
    RecordTable withStatus(const char* column) &&
    {
        m_statements.statusColumn = QString::fromLatin1(column);
        return std::move(*this);
    }
    /// Rows saved and loaded with every record (see ChildTable).
    RecordTable withChildren(std::shared_ptr<const ChildRows<R>> rows) &&
    {
        m_children << std::move(rows);
        return std::move(*this);
    }
    /// How errors call the owner agency (default "owner"); QT_TRANSLATE_NOOP("Storage", …).
    RecordTable ownerCalled(const char* what) &&
    {
        m_ownerWhat = what;
        return std::move(*this);
    }
    /**
     * How errors call a record: @p byId one known by its id (QT_TRANSLATE_NOOP("Storage", "review %1")),
     * @p saving one being saved (the id form when there is none).
     */
    RecordTable called(const char* byId, Label saving = nullptr) &&
    {
        m_byId = byId;
        m_label = saving;
        return std::move(*this);
    }
    /// The order of the records of one subject (SubjectRecords::ofSubject()); the table has a subject_id.
    RecordTable listedBySubject(const char* orderBy) &&
    {
        m_subjectOrder = QString::fromLatin1(orderBy);
        return std::move(*this);
    }

    const RecordStatements& statements() const { return m_statements; }
    const QString& subjectOrder() const { return m_subjectOrder; }

    /// What errors call @p record while it is saved (see called()).
    QString label(const R& record) const { return m_label ? m_label(record) : labelOf(record.meta.id); }
    /// What errors call the record with @p id (see called()).
    QString labelOf(const QUuid& id) const
    {
        return QCoreApplication::translate("Storage", m_byId).arg(id.toString(QUuid::WithoutBraces));
    }
    const QList<std::shared_ptr<const ChildRows<R>>>& childTables() const { return m_children; }

    /// Reads the meta columns and then the declared ones of a row of RecordStore::selectSql().
    Result<R> readRow(const QSqlQuery& query) const
    {
        R record;
        record.meta = RecordStore::readMeta(query);
        if (Result<void> r = this->read(record, query, RecordStore::MetaColumnCount); !r)
            return r.error();
        return record;
    }

    /// The declared references, then the owner.
    QList<Reference> recordReferences(const R& record) const
    {
        QList<Reference> refs = this->references(record);
        refs << Reference { QCoreApplication::translate("Storage", m_ownerWhat), QStringLiteral("agency"),
                            QStringLiteral("id"), RecordStore::idValue(record.meta.ownerId) };
        return refs;
    }

    /// This table and its child tables, with every column they are declared with.
    QList<TableShape> shapes() const
    {
        QList<TableShape> out { { this->name(), RecordStore::metaColumns() + this->columnNames() } };
        for (const auto& child : m_children)
            out << child->shape();
        return out;
    }

private:
    RecordStatements m_statements;
    QList<std::shared_ptr<const ChildRows<R>>> m_children;
    const char* m_ownerWhat = QT_TRANSLATE_NOOP("Storage", "owner");
    const char* m_byId = QT_TRANSLATE_NOOP("Storage", "record %1");
    Label m_label = nullptr;
    QString m_subjectOrder = QStringLiteral("modified_at");
};

} // namespace jx
