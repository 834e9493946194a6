#include "core/storage/ChildTable.h"

namespace jx {

ChildStatements ChildStatements::make(const QString& table, const QString& parentColumn, const QStringList& columns,
                                      const QString& join, const QString& orderBy)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size() + 1);
    QStringList selected;
    for (const QString& c : columns)
        selected << QStringLiteral("c.") + c;
    ChildStatements s;
    s.insert = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4)")
                   .arg(table, parentColumn, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO %1 (%2, %3) VALUES ").arg(table, parentColumn, columns.join(QStringLiteral(", ")));
    QString rows = row;
    for (qsizetype n = 1; n <= MaxBatch; ++n) {
        s.insertBatch << head + rows;
        rows += QStringLiteral(", ") + row;
    }
    s.remove = QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn);
    s.select = QStringLiteral("SELECT %1 FROM %2 c %3 WHERE c.%4 = ? ORDER BY %5")
                   .arg(selected.join(QStringLiteral(", ")), table, join, parentColumn, orderBy);
    QStringList many;
    many.fill(QStringLiteral("?"), ManyParents);
    // Ordered by parent first, then as the children of one parent are read (ORDER BY of select).
    s.selectMany = QStringLiteral("SELECT c.%4, %1 FROM %2 c %3 WHERE c.%4 IN (%6) ORDER BY c.%4, %5")
                       .arg(selected.join(QStringLiteral(", ")), table, join, parentColumn, orderBy,
                           many.join(QStringLiteral(", ")));
    return s;
}

Result<void> deleteChildRows(Database& db, const QString& sql, const QVariant& parentId, const LazyLabel& label)
{
    const QVariant values[] = { parentId };
    if (Result<int> r = db.write(sql, values, [&label] { return QCoreApplication::translate("Storage", "saving %1").arg(label()); }); !r)
        return r.error();
    return {};
}

Result<void> writeChildRow(Database& db, const QString& sql, std::span<const SqlValue> values, const LazyLabel& label,
                           const std::function<QList<Reference>()>& references)
{
    Result<int> r = db.write(sql, values, [&label] { return QCoreApplication::translate("Storage", "saving %1").arg(label()); });
    if (!r)
        return RecordStore::explain(db, r.error(), label(), references());
    return {};
}

bool writeChildRows(Database& db, const QString& sql, std::span<const SqlValue> values)
{
    return db.write(sql, values, [] { return QString(); }).ok();
}

Result<QSqlQuery*> selectChildRows(Database& db, const QString& sql, const QUuid& parentId, const QString& table)
{
    Result<QSqlQuery*> q = db.prepared(sql);
    if (!q)
        return q;
    (*q)->addBindValue(RecordStore::idValue(parentId));
    if (Result<void> r = db.run(**q, QCoreApplication::translate("Storage", "reading %1").arg(table)); !r)
        return r.error();
    return q;
}

Result<QSqlQuery*> selectChildRowsOf(
    Database& db, const QString& sql, const QList<QUuid>& parentIds, const QString& table)
{
    Q_ASSERT(parentIds.size() <= ChildStatements::ManyParents);
    Result<QSqlQuery*> q = db.prepared(sql);
    if (!q)
        return q;
    for (const QUuid& id : parentIds)
        (*q)->addBindValue(RecordStore::idValue(id));
    // One statement for every chunk: the places of a short last chunk match nothing.
    for (qsizetype i = parentIds.size(); i < ChildStatements::ManyParents; ++i)
        (*q)->addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
    if (Result<void> r = db.run(**q, QCoreApplication::translate("Storage", "reading %1").arg(table)); !r)
        return r.error();
    return q;
}

} // namespace jx
