// Opening files that may not be written, or are not ours, changes not one byte of them:
// a read-only database opens read-only and refuses every write with a translated message.
#include "TestSupport.h"

#include "core/storage/Database.h"
#include "core/storage/PersonRepository.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace jx;

class TestReadOnlyOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyFileOpensForReading();
    void writableOpenRefusesReadOnlyFile();
    void zeroByteFileIsRefusedAndKept();
    void newInstallationHasItsPerson();
    void addPersonChecksTheRole();
};

void TestReadOnlyOpen::readOnlyFileOpensForReading()
{
    QTemporaryDir dir;
    QString path;
    {
        std::unique_ptr<Database> db = test::createInstallation(dir);
        QVERIFY(db);
        path = db->path();
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = test::fileHash(path);
    Result<std::unique_ptr<Workspace>> ws = Workspace::openReadOnly(path);
    QVERIFY2(ws.ok(), qPrintable(ws.message()));
    QVERIFY((*ws)->readOnly());
    QCOMPARE((*ws)->self().name, QStringLiteral("喀什市财政局"));
    Subject s = (*ws)->newProgram();
    s.name = QStringLiteral("只读");
    s.code = QStringLiteral("RO");
    s.programKind = ProgramKind::Project;
    Result<void> saved = (*ws)->saveSubject(s);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.message().contains(QLatin1String("read-only")), qPrintable(saved.message()));
    QVERIFY(!(*ws)->addPerson({ QStringLiteral("王芳"), Role::FinanceReviewer, {} }).ok());
    ws->reset();
    QCOMPARE(test::fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestReadOnlyOpen::writableOpenRefusesReadOnlyFile()
{
    QTemporaryDir dir;
    QString path;
    {
        std::unique_ptr<Database> db = test::createInstallation(dir);
        path = db->path();
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.message().contains(QLatin1String("read-only")), qPrintable(ws.message()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestReadOnlyOpen::zeroByteFileIsRefusedAndKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.jixiao"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(!Workspace::open(path).ok());
    QVERIFY(!Workspace::openReadOnly(path).ok());
    QVERIFY(!Database::open(path).ok());
    QCOMPARE(QFileInfo(path).size(), qint64(0));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestReadOnlyOpen::newInstallationHasItsPerson()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = test::createInstallation(dir);
    QVERIFY(db);
    Result<Agency> self = Installation::selfAgency(*db);
    Result<QList<Person>> people = PersonRepository(*db).list(self->meta.id);
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().actor.role, Role::FinanceReviewer);
    QCOMPARE(people->first().actor.name, PersonRepository::defaultActor(*self).name);
    // The same person twice is refused; another role is another entry.
    PersonRepository repository(*db);
    QVERIFY(!repository.add(people->first().actor).ok());
    QVERIFY(repository.add({ people->first().actor.name, Role::FinanceAdministrator, self->meta.id }).ok());
    QCOMPARE(repository.list(self->meta.id)->size(), 2);
}

void TestReadOnlyOpen::addPersonChecksTheRole()
{
    QTemporaryDir dir;
    QString path;
    {
        std::unique_ptr<Database> db = test::createInstallation(dir);
        path = db->path();
    }
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    QVERIFY(ws.ok());
    QVERIFY((*ws)->setActor({ QStringLiteral("张伟"), Role::FinanceAdministrator, {} }).ok());
    QVERIFY(!(*ws)->addPerson({ QStringLiteral("李丽娜"), Role::UnitHead, {} }).ok());
    QVERIFY((*ws)->addPerson({ QStringLiteral("张伟"), Role::FinanceAdministrator, {} }).ok());
}

QTEST_GUILESS_MAIN(TestReadOnlyOpen)
#include "TestReadOnlyOpen.moc"
