// Writes the historical database fixtures of tests/data. Run by hand when a schema
// version is frozen; the files it wrote are committed and never regenerated for old versions.
//
//   make_fixtures OUTPUT_DIR
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>

using namespace jx;

static bool writeVersion1(const QString& path)
{
    QFile::remove(path);
    Result<std::unique_ptr<Database>> opened = Database::openAtVersion(path, 1);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return false;
    }
    Database& db = **opened;
    // Written as SQL: the repositories of today write today's columns.
    const QStringList statements = {
        QStringLiteral("INSERT INTO meta VALUES ('installation.agency', 'a0000000-0000-4000-8000-000000000001')"),
        QStringLiteral("INSERT INTO division VALUES ('650000', '新疆维吾尔自治区', 1, NULL, 0, NULL)"),
        QStringLiteral("INSERT INTO division VALUES ('653100', '喀什地区', 2, '650000', 0, NULL)"),
        QStringLiteral("INSERT INTO division VALUES ('653101', '喀什市', 3, '653100', 0, NULL)"),
        QStringLiteral("INSERT INTO agency VALUES (X'a0000000000040008000000000000001',"
                       " X'a0000000000040008000000000000001', 1, 1700000000000, 0, '653101-000', '喀什市财政局', 1, '653101', NULL)"),
        QStringLiteral("INSERT INTO agency VALUES (X'a0000000000040008000000000000002',"
                       " X'a0000000000040008000000000000002', 1, 1700000000000, 0, '653101-001', '喀什市教育局', 2, '653101', NULL)"),
        QStringLiteral("INSERT INTO subject (id, owner_id, revision, modified_at, deleted, kind, fiscal_year, agency_id,"
                       " division_code, name, book, amount, code, program_kind, funding_tags, is_new, is_major, is_mid_year,"
                       " function_code) VALUES (X'b0000000000040008000000000000001',"
                       " X'a0000000000040008000000000000002', 3, 1700000000000, 0, 3, 2023,"
                       " X'a0000000000040008000000000000002', '653101', '2023年校舍维修改造项目', 1, 123456789,"
                       " 'P-001', 2, 4, 1, 0, 0, '20502')"),
        QStringLiteral("INSERT INTO target_set VALUES (X'c0000000000040008000000000000001',"
                       " X'a0000000000040008000000000000002', 1, 1700000000000, 0, X'b0000000000040008000000000000001',"
                       " 2023, NULL, '完成校舍维修改造', '', 3)"),
        QStringLiteral("INSERT INTO indicator VALUES (X'd0000000000040008000000000000001',"
                       " X'a0000000000040008000000000000002', 1, 1700000000000, 0, X'c0000000000040008000000000000001',"
                       " NULL, NULL, '维修校舍面积', 1, 12000, '12000', '平方米', 20, NULL, NULL, NULL, 1)"),
        QStringLiteral("INSERT INTO indicator VALUES (X'd0000000000040008000000000000002',"
                       " X'a0000000000040008000000000000002', 2, 1700000000000, 1, X'c0000000000040008000000000000001',"
                       " NULL, NULL, '已删除的指标', 1, 1, '1', '个', 0, NULL, NULL, NULL, 2)"),
    };
    for (const QString& sql : statements) {
        if (Result<void> r = db.exec(sql); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message()));
            return false;
        }
    }
    return true;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: make_fixtures OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(args.at(1));
    return writeVersion1(out.filePath(QStringLiteral("schema-v1.jixiao"))) ? 0 : 1;
}
