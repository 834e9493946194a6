#include "core/io/JsonInterchange.h"

#include "core/domain/PrintableText.h"
#include "core/io/HandOver.h"
#include "core/io/JsonLimits.h"
#include "core/io/JsonStreamReader.h"
#include "core/io/ProgramImportApplier.h"
#include "core/io/ProgramJsonExporter.h"
#include "core/io/ProgramJsonParser.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace jx {

namespace {

// A program as read and checked, with the problems found in it.
struct ParsedProgram
{
    ImportedProgram program;
    QList<Problem> problems;
    qsizetype index = 0; ///< in the document's programs
};

// One import: the header as read so far, then the programs parsed and applied one by one.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(JsonInterchange)

public:
    ImportRun(Database& db, const QUuid& agencyId, QList<Problem>& problems)
        : m_db(db)
        , m_agencyId(agencyId)
        , m_problems(problems)
    { }

    // Undefined until read (a default QJsonValue is null, which a file may say).
    QJsonValue format { QJsonValue::Undefined };
    QJsonValue version { QJsonValue::Undefined };
    QJsonValue fiscalYear { QJsonValue::Undefined };

    bool headerComplete() const { return !format.isUndefined() && !version.isUndefined() && !fiscalYear.isUndefined(); }

    // The header is final: check it and get ready for programs.
    Result<void> start()
    {
        Result<int> year = ProgramJsonParser::checkHeader(format, version, fiscalYear, m_problems);
        if (!year)
            return year.error();
        Result<ProgramJsonParser> parser = ProgramJsonParser::forAgency(m_db, m_agencyId, *year);
        if (!parser)
            return parser.error();
        m_parser.emplace(std::move(*parser));
        m_applier.emplace(m_db, m_agencyId, *year);
        return {};
    }

    // Reads the programs array at the reader's position, writing each program while no problem is known.
    Result<void> programs(JsonStreamReader& reader)
    {
        if (Result<void> r = start(); !r)
            return r;
        Result<bool> isArray = reader.beginArray();
        if (!isArray)
            return isArray.error();
        if (!*isArray) {
            m_problems << Problem::at(QStringLiteral("programs"), tr("must be a list"));
            return reader.skipValue();
        }
        // Reading and checking runs on a second thread, a few programs ahead of the writing on
        // this one (which owns the connection): the two take about a third and two thirds of an
        // import, and the hand-over holds at most ReadAhead programs, so memory stays flat.
        HandOver<ParsedProgram> parsed(ReadAhead);
        // Programs written are handed back to be freed where they were allocated: freeing on this
        // thread what the other allocated would contend for its allocator's lock.
        std::mutex spentLock;
        std::vector<ParsedProgram> spent;
        Result<void> readResult;
        std::thread readingThread([&] {
            JsonTree element;
            std::vector<ParsedProgram> toFree;
            for (qsizetype index = 0;; ++index) {
                {
                    std::lock_guard lock(spentLock);
                    toFree.swap(spent);
                }
                toFree.clear();
                if (index >= JsonLimits::MaxPrograms) {
                    readResult = makeError(Error::Code::Invalid,
                        tr("The file has more than %1 programs, the most one import reads.").arg(JsonLimits::MaxPrograms));
                    break;
                }
                Result<bool> read = reader.nextElement(element);
                if (!read)
                    readResult = read.error();
                if (!read || !*read)
                    break;
                ParsedProgram next;
                next.program = m_parser->parse(element, element.root(), index, next.problems);
                next.index = index;
                parsed.push(std::move(next));
            }
            parsed.finish();
        });
        while (std::optional<ParsedProgram> next = parsed.pop()) {
            m_problems << next->problems;
            // The same program twice would have its second half silently replace the first.
            const ImportedProgram& program = next->program;
            if (!program.subject.meta.id.isNull()) {
                const auto seen = m_programIndex.constFind(program.subject.meta.id);
                if (seen != m_programIndex.cend()) {
                    m_problems << Problem::at(program.path + QStringLiteral(".id"),
                        tr("the same program id is given in programs[%1]").arg(seen.value()));
                } else {
                    m_programIndex.insert(program.subject.meta.id, next->index);
                }
            }
            // After the first problem nothing more is written (it will all be rolled back),
            // but every program is still read and checked, so that all problems are reported.
            if (m_problems.isEmpty())
                m_applier->apply(next->program, m_problems);
            std::lock_guard lock(spentLock);
            spent.push_back(std::move(*next));
        }
        readingThread.join();
        return readResult;
    }

    ImportSummary summary() const { return m_applier ? m_applier->summary() : ImportSummary(); }

private:
    static constexpr std::size_t ReadAhead = 16;

    Database& m_db;
    QUuid m_agencyId;
    QList<Problem>& m_problems;
    std::optional<ProgramJsonParser> m_parser;
    std::optional<ProgramImportApplier> m_applier;
    QHash<QUuid, qsizetype> m_programIndex;
};

} // namespace

JsonInterchange::JsonInterchange(Database& db)
    : m_db(db)
{ }

Result<int> JsonInterchange::exportPrograms(const QUuid& agencyId, int fiscalYear, QIODevice& out)
{
    return ProgramJsonExporter(m_db).write(agencyId, fiscalYear, out);
}

Result<ImportSummary> JsonInterchange::importPrograms(QIODevice& in, const QUuid& agencyId, bool dryRun)
{
    m_problems.clear();
    Database::Transaction tx(m_db);
    if (!tx.started())
        return tx.startError();
    JsonStreamReader reader(in);
    if (Result<void> r = reader.beginObject(); !r)
        return r.error();
    ImportRun run(m_db, agencyId, m_problems);
    bool seenPrograms = false;
    std::optional<qint64> programsLater;
    QSet<QString> keys;
    for (;;) {
        Result<std::optional<QString>> key = reader.nextKey();
        if (!key)
            return key.error();
        if (!key->has_value())
            break;
        const qint64 keyOffset = reader.valueOffset();
        const QString& name = **key;
        // A key twice is refused as JsonTree refuses it inside a value: which one was meant?
        if (keys.contains(name)) {
            return makeError(Error::Code::Invalid,
                tr("The file is not valid JSON (at byte %1): %2")
                    .arg(keyOffset)
                    .arg(tr("the key “%1” appears twice in one object").arg(printableText(name, 60))));
        }
        if (keys.size() >= JsonLimits::MaxElements) {
            return makeError(Error::Code::Invalid,
                tr("The file is not valid JSON (at byte %1): %2")
                    .arg(keyOffset)
                    .arg(tr("an object has more than %1 members").arg(JsonLimits::MaxElements)));
        }
        keys.insert(name);
        if (name == QLatin1String("programs")) {
            seenPrograms = true;
            if (run.headerComplete() || !reader.canSeek()) {
                if (Result<void> r = run.programs(reader); !r)
                    return r.error();
            } else {
                // The header (or part of it) follows the programs, as in a document whose keys
                // were sorted: read on to the end for it, then come back for the programs.
                if (Result<void> r = reader.skipValue(false); !r)
                    return r.error();
                programsLater = reader.valueOffset();
            }
            continue;
        }
        QJsonValue* header = name == QLatin1String("format") ? &run.format
            : name == QLatin1String("version")               ? &run.version
            : name == QLatin1String("fiscalYear")            ? &run.fiscalYear
                                                             : nullptr;
        if (!header) {
            // Other members are not ours and are ignored, but read as strictly as the rest: a
            // file with malformed JSON anywhere is refused.
            if (Result<QJsonValue> r = reader.readValue(); !r)
                return r.error();
            continue;
        }
        Result<QJsonValue> value = reader.readValue();
        if (!value)
            return value.error();
        *header = *value;
    }
    if (Result<void> r = reader.finish(); !r)
        return r.error();
    if (programsLater) {
        if (Result<void> r = reader.seek(*programsLater); !r)
            return r.error();
        if (Result<void> r = run.programs(reader); !r)
            return r.error();
    } else if (!seenPrograms) {
        if (Result<void> r = run.start(); !r)
            return r.error();
        m_problems << Problem::at(QStringLiteral("programs"), tr("must be a list"));
    }

    if (!m_problems.isEmpty()) {
        QStringList lines;
        lines.reserve(m_problems.size());
        for (const Problem& p : std::as_const(m_problems))
            lines << p.line();
        return makeError(Error::Code::Invalid, lines.join(QLatin1Char('\n')));
    }
    ImportSummary summary = run.summary();
    summary.dryRun = dryRun;
    if (dryRun)
        return summary; // the transaction rolls back
    if (Result<void> r = tx.commit(); !r)
        return r.error();
    return summary;
}

Result<QJsonObject> JsonInterchange::exportPrograms(const QUuid& agencyId, int fiscalYear)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Result<int> written = exportPrograms(agencyId, fiscalYear, buffer); !written)
        return written.error();
    return QJsonDocument::fromJson(buffer.data()).object();
}

Result<ImportSummary> JsonInterchange::importPrograms(const QJsonObject& document, const QUuid& agencyId, bool dryRun)
{
    QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Compact);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return importPrograms(buffer, agencyId, dryRun);
}

} // namespace jx
