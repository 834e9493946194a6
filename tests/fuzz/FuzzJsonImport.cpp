// libFuzzer target: any bytes as an interchange document, imported (dry run, so the database
// stays as it was) into a unit database that holds two programs. Nothing may crash, and a
// refused document must have written nothing.
#include "FuzzSupport.h"

#include "core/io/JsonInterchange.h"
#include "core/storage/Database.h"
#include "core/storage/Installation.h"

#include <QBuffer>
#include <QFile>

#include <cstdlib>

using namespace jx;

namespace {

struct Fixture
{
    std::unique_ptr<Database> db;
    QUuid agency;
};

Fixture& fixture()
{
    static Fixture f = [] {
        Fixture out;
        QTemporaryDir& dir = fuzz::setUp();
        InstallationRequest request;
        request.divisionCode = QStringLiteral("653101");
        request.agencyName = QStringLiteral("喀什市交通运输局");
        request.agencyKind = AgencyKind::BudgetUnit;
        Result<std::unique_ptr<Database>> db = Installation::create(dir.filePath(QStringLiteral("fuzz.jixiao")), request);
        if (!db)
            std::abort();
        out.db = std::move(*db);
        out.agency = Installation::selfAgency(*out.db)->meta.id;
        QFile base(QStringLiteral(JIXIAO_TEST_DATA "/malformed/base.json"));
        if (!base.open(QIODevice::ReadOnly) || !JsonInterchange(*out.db).importPrograms(base, out.agency).ok())
            std::abort();
        return out;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fixture& f = fixture();
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    JsonInterchange interchange(*f.db);
    Result<ImportSummary> s = interchange.importPrograms(in, f.agency, true);
    if (!s.ok() && s.message().isEmpty())
        std::abort(); // every refusal says why
    return 0;
}
