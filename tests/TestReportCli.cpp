// jixiao-cli report, end to end on the county demo (docs/cli.md): --list, every summary to a file,
// the options read as documented, a one-line reason and a non-zero exit on every error.
#include "XlsxTestReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheReports();
    void writesEachFormat();
    void chineseTitles();
    void scopesByAgencyCodeAndDivision();
    void refusesWithOneLine();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    Run cli(const QStringList& args, const QString& lang = QStringLiteral("en"));
    QString scalar(const QString& sql);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_division;
    int m_year = 0;
};

TestReportCli::Run TestReportCli::cli(const QStringList& args, const QString& lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JIXIAO_LANG"), lang);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(JIXIAO_CLI), args);
    p.waitForFinished(300'000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString TestReportCli::scalar(const QString& sql)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_db);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

void TestReportCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("county.jixiao"));
    const Run demo = cli({ QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("demo") });
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    m_year = demo.json().value(QStringLiteral("fiscalYear")).toInt();
    m_division = demo.json().value(QStringLiteral("division")).toString();
    QVERIFY(m_year > 2000);
}

void TestReportCli::listsTheReports()
{
    Run r = cli({ QStringLiteral("report"), QStringLiteral("--list") });
    QCOMPARE(r.code, 0);
    for (const char* name : { "grades-by-agency", "execution-by-month", "warnings", "result-applications", "disclosure" })
        QVERIFY2(r.out.contains(QLatin1String(name)), name);
    r = cli({ QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("--list") });
    QCOMPARE(r.code, 0);
    const QJsonArray reports = r.json().value(QStringLiteral("reports")).toArray();
    QVERIFY(reports.size() >= 5);
    bool found = false;
    for (const QJsonValue& v : reports) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")) != QLatin1String("warnings"))
            continue;
        found = true;
        QCOMPARE(o.value(QStringLiteral("large")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("inputs")).toArray(),
                 (QJsonArray { QStringLiteral("agency"), QStringLiteral("division") }));
        QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
    }
    QVERIFY(found);
}

void TestReportCli::writesEachFormat()
{
    const QString year = QString::number(m_year);
    // .xlsx: every program listed is a row of the sheet.
    Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("warnings"),
                  QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), QStringLiteral("w.xlsx"),
                  QStringLiteral("--year"), year });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 rows = r.json().value(QStringLiteral("rows")).toInteger();
    QVERIFY(rows > 1);
    QCOMPARE(r.json().value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    jx::test::XlsxTestReader book(m_dir.filePath(QStringLiteral("w.xlsx")));
    QVERIFY(book.isOpen());
    QCOMPARE(book.countRows(0), 3 + rows + 1);

    // .csv named by the suffix, in 元 and in 万元: the same budget, the one in the unit asked for.
    for (const QString& unit : { QStringLiteral("yuan"), QStringLiteral("wan") }) {
        r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("execution-by-month"),
                  QStringLiteral("--output"), QStringLiteral("e-%1.csv").arg(unit), QStringLiteral("--unit"), unit });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("e-%1.csv").arg(unit)));
    }
    const auto december = [this](const QString& file) {
        QFile f(m_dir.filePath(file));
        f.open(QIODevice::ReadOnly);
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
        // The last month with reports.
        QStringList last;
        for (const QString& line : lines) {
            const QStringList cells = line.split(QLatin1Char(','));
            if (line.startsWith(QStringLiteral("Month ")) && cells.size() > 3 && !cells.at(2).isEmpty())
                last = cells;
        }
        return last;
    };
    const QStringList yuan = december(QStringLiteral("e-yuan.csv"));
    const QStringList wan = december(QStringLiteral("e-wan.csv"));
    QVERIFY(yuan.size() > 3 && wan.size() > 3);
    QCOMPARE(yuan.at(0), wan.at(0));
    QVERIFY(yuan.at(2).contains(QLatin1Char('.')));
    QCOMPARE(QString::number(yuan.at(2).toDouble() / 10'000, 'f', 2), wan.at(2));

    // .html: one page, a table per sheet.
    r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("disclosure"), QStringLiteral("-o"),
              QStringLiteral("d.html"), QStringLiteral("--division"), m_division });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile html(m_dir.filePath(QStringLiteral("d.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(html.readAll()).count(QStringLiteral("<table>")), 3);

    // .pdf, without a display: the pages the desktop program prints, read back with poppler-utils.
    r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("report"),
              QStringLiteral("grades-by-agency"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
              QStringLiteral("g.pdf"), QStringLiteral("--division"), m_division, QStringLiteral("--year"), year });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    const qint64 pages = r.json().value(QStringLiteral("rows")).toInteger();
    QVERIFY(pages >= 1);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { m_dir.filePath(QStringLiteral("g.pdf")) });
    QVERIFY2(info.waitForFinished(60'000), "pdfinfo (poppler-utils) is needed");
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(pages))), qPrintable(infoText));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { m_dir.filePath(QStringLiteral("g.pdf")), QStringLiteral("-") });
    QVERIFY(text.waitForFinished(60'000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const QString title = r.json().value(QStringLiteral("title")).toString().normalized(QString::NormalizationForm_KC);
    QVERIFY(!title.isEmpty());
    QVERIFY2(pdfText.contains(title), qPrintable(pdfText.left(400)));
}

void TestReportCli::chineseTitles()
{
    const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("grades-by-agency"),
                        QStringLiteral("-o"), QStringLiteral("g.csv") },
                      QStringLiteral("zh_CN"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(m_dir.filePath(QStringLiteral("g.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("绩效自评结果汇总表"));
    QCOMPARE(lines.at(1), QStringLiteral("（%1年度）").arg(m_year));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("行政区划：")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("序号,单位名称,项目个数")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(QStringLiteral("优,良,中,差")), qPrintable(lines.at(4)));
    bool total = false;
    for (const QString& line : lines)
        total = total || line.startsWith(QStringLiteral("合计,"));
    QVERIFY(total);
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("单位负责人：")));
}

void TestReportCli::scopesByAgencyCodeAndDivision()
{
    // A 主管部门 by its code: its own programs and those of its subordinate units (所属单位), unit by unit.
    const QString code = scalar(QStringLiteral("SELECT p.code FROM agency p JOIN agency c ON c.parent_id = p.id"
                                               " WHERE p.kind = 2 AND p.code <> '' GROUP BY p.id ORDER BY count(*) DESC, p.code LIMIT 1"));
    QVERIFY(!code.isEmpty());
    const QString tree = QStringLiteral(
        "s.agency_id IN (WITH RECURSIVE u(id) AS (SELECT id FROM agency WHERE code = '%1' UNION SELECT c.id FROM agency c"
        " JOIN u ON c.parent_id = u.id) SELECT id FROM u) AND s.kind = 3 AND s.deleted = 0 AND s.fiscal_year = %2")
                             .arg(code)
                             .arg(m_year);
    const QString programs = scalar(QStringLiteral("SELECT count(*) FROM subject s WHERE ") + tree);
    const QString units = scalar(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT DISTINCT a.name FROM subject s"
                                                " JOIN agency a ON a.id = s.agency_id WHERE ") + tree
                                 + QStringLiteral(" ORDER BY a.name)"));
    const Run r = cli({ QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("grades-by-agency"),
                        QStringLiteral("--agency"), code, QStringLiteral("-o"), QStringLiteral("unit.csv") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(m_dir.filePath(QStringLiteral("unit.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"));
    QStringList listed;
    QString total;
    for (int i = 5; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        if (cells.first() == QLatin1String("Total")) {
            total = cells.at(2);
            break;
        }
        QCOMPARE(cells.first(), QString::number(i - 4));
        listed << cells.at(1);
    }
    listed.sort();
    QCOMPARE(listed.join(QLatin1Char('|')), units);
    QCOMPARE(total, programs);

    // A division by its code: the same count as the whole county.
    const Run d = cli({ QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("report"),
                        QStringLiteral("grades-by-agency"), QStringLiteral("--division"), m_division, QStringLiteral("-o"),
                        QStringLiteral("division.csv") });
    QVERIFY2(d.code == 0, qPrintable(d.err));
    QFile g(m_dir.filePath(QStringLiteral("division.csv")));
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QString all = scalar(QStringLiteral("SELECT count(*) FROM subject WHERE kind = 3 AND deleted = 0 AND fiscal_year = %1")
                                   .arg(m_year));
    QVERIFY2(QString::fromUtf8(g.readAll()).contains(QStringLiteral("\r\nTotal,,%1,").arg(all)), qPrintable(all));
}

void TestReportCli::refusesWithOneLine()
{
    const auto refused = [this](const QStringList& args, int code, const QString& says, const QString& file = {}) {
        const Run r = cli(QStringList { QStringLiteral("--db"), m_db } + args);
        QVERIFY2(r.code == code, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("jixiao-cli: ")), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        if (!file.isEmpty())
            QVERIFY(!QFile::exists(m_dir.filePath(file)));
    };
    refused({ QStringLiteral("report"), QStringLiteral("no-such"), QStringLiteral("-o"), QStringLiteral("x.csv") }, 2,
            QStringLiteral("no-such"), QStringLiteral("x.csv"));
    refused({ QStringLiteral("report"), QStringLiteral("warnings") }, 2, QStringLiteral("-o FILE"));
    refused({ QStringLiteral("report"), QStringLiteral("warnings"), QStringLiteral("-o"), QStringLiteral("x.txt") }, 2,
            QStringLiteral("--format"), QStringLiteral("x.txt"));
    refused({ QStringLiteral("report"), QStringLiteral("warnings"), QStringLiteral("-o"), QStringLiteral("x.csv"),
              QStringLiteral("--unit"), QStringLiteral("jiao") },
            2, QStringLiteral("--unit"), QStringLiteral("x.csv"));
    refused({ QStringLiteral("report"), QStringLiteral("warnings"), QStringLiteral("-o"), QStringLiteral("x.csv"),
              QStringLiteral("--agency"), QStringLiteral("NOSUCHCODE") },
            1, QStringLiteral("NOSUCHCODE"), QStringLiteral("x.csv"));
    refused({ QStringLiteral("report"), QStringLiteral("warnings"), QStringLiteral("-o"), QStringLiteral("x.csv"),
              QStringLiteral("--division"), QStringLiteral("999999") },
            1, QStringLiteral("999999"), QStringLiteral("x.csv"));
    refused({ QStringLiteral("report"), QStringLiteral("warnings"), QStringLiteral("-o"),
              QStringLiteral("no-such-folder/x.xlsx") },
            1, QStringLiteral("no-such-folder"));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "TestReportCli.moc"
