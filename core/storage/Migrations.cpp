#include "core/storage/Migrations.h"

#include "core/storage/Database.h"

// The schema steps of every released version. A released step is frozen: it holds its own SQL
// and its own data and calls nothing that evolves (no repository, no SeedData, no domain
// class), so that upgrading an old file runs exactly what a new file ran in that release.
// Never edit a released step; append a new one (docs/developing.md, "Adding a schema step").
// Seed data is loaded after migrating, never inside a step (Database::openImpl, SeedData::loadAll).

namespace jx {

namespace {

Result<void> execAll(Database& db, const QStringList& statements)
{
    for (const QString& sql : statements) {
        if (Result<void> r = db.exec(sql); !r)
            return r;
    }
    return {};
}

// The columns every record that travels between installations carries, as created by the
// released steps 1, 5 and 7. Frozen with them: a later step that needs other columns spells
// them out itself.
#define JX_TRAVEL_COLUMNS                                                                          \
    "id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"                                                                \
    " owner_id BLOB REFERENCES agency (id),"                                                       \
    " revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),"                                  \
    " modified_at INTEGER NOT NULL,"                                                               \
    " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"

// Version 1: the whole domain model of the first release.
Result<void> createVersion1(Database& db)
{
    const QStringList statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE division ("
                       " code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 6),"
                       " name TEXT NOT NULL,"
                       " rank INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 3),"
                       " parent_code TEXT REFERENCES division (code),"
                       " valid_from INTEGER NOT NULL,"
                       " valid_to INTEGER)"),
        QStringLiteral("CREATE INDEX division_parent ON division (parent_code)"),
        QStringLiteral("CREATE TABLE agency (" JX_TRAVEL_COLUMNS
                       " code TEXT,"
                       " name TEXT NOT NULL,"
                       " kind INTEGER NOT NULL CHECK (kind IN (1, 2)),"
                       " division_code TEXT NOT NULL REFERENCES division (code),"
                       " parent_id BLOB REFERENCES agency (id))"),
        QStringLiteral("CREATE INDEX agency_division ON agency (division_code)"),
        QStringLiteral("CREATE TABLE subject (" JX_TRAVEL_COLUMNS
                       " kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 3),"
                       " fiscal_year INTEGER NOT NULL,"
                       " agency_id BLOB NOT NULL REFERENCES agency (id),"
                       " division_code TEXT NOT NULL REFERENCES division (code),"
                       " name TEXT NOT NULL,"
                       " book INTEGER NOT NULL CHECK (book BETWEEN 1 AND 4),"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " code TEXT,"
                       " program_kind INTEGER CHECK (program_kind BETWEEN 1 AND 3),"
                       " funding_tags INTEGER NOT NULL DEFAULT 0,"
                       " is_new INTEGER NOT NULL DEFAULT 0,"
                       " is_major INTEGER NOT NULL DEFAULT 0,"
                       " is_mid_year INTEGER NOT NULL DEFAULT 0,"
                       " function_code TEXT,"
                       " predecessor_id BLOB REFERENCES subject (id),"
                       " CHECK ((kind = 3) = (program_kind IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX subject_agency ON subject (agency_id, fiscal_year)"),
        QStringLiteral("CREATE INDEX subject_list ON subject (kind, name, id)"),
        QStringLiteral("CREATE TABLE indicator_category (" JX_TRAVEL_COLUMNS
                       " framework INTEGER NOT NULL CHECK (framework BETWEEN 1 AND 4),"
                       " fiscal_year INTEGER NOT NULL,"
                       " parent_id BLOB REFERENCES indicator_category (id),"
                       " level INTEGER NOT NULL CHECK (level IN (1, 2)),"
                       " name TEXT NOT NULL,"
                       " weight REAL NOT NULL DEFAULT 0,"
                       " required INTEGER NOT NULL DEFAULT 0,"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " CHECK ((level = 1) = (parent_id IS NULL)))"),
        QStringLiteral("CREATE INDEX indicator_category_year ON indicator_category (framework, fiscal_year)"),
        QStringLiteral("CREATE TABLE indicator_library_entry (" JX_TRAVEL_COLUMNS
                       " category_id BLOB NOT NULL REFERENCES indicator_category (id),"
                       " sector TEXT,"
                       " name TEXT NOT NULL,"
                       " operator INTEGER NOT NULL CHECK (operator BETWEEN 1 AND 6),"
                       " unit TEXT,"
                       " description TEXT)"),
        QStringLiteral("CREATE INDEX library_category ON indicator_library_entry (category_id)"),
        QStringLiteral("CREATE TABLE target_set (" JX_TRAVEL_COLUMNS
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " fiscal_year INTEGER NOT NULL,"
                       " receiving_division_code TEXT REFERENCES division (code),"
                       " objective_annual TEXT NOT NULL DEFAULT '',"
                       " objective_mid_term TEXT NOT NULL DEFAULT '',"
                       " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3))"),
        QStringLiteral("CREATE INDEX target_set_subject ON target_set (subject_id)"),
        QStringLiteral("CREATE TABLE indicator (" JX_TRAVEL_COLUMNS
                       " target_set_id BLOB NOT NULL REFERENCES target_set (id),"
                       " category_id BLOB REFERENCES indicator_category (id),"
                       " library_entry_id BLOB REFERENCES indicator_library_entry (id),"
                       " name TEXT NOT NULL,"
                       " operator INTEGER NOT NULL CHECK (operator BETWEEN 1 AND 6),"
                       " target_value REAL,"
                       " target_text TEXT,"
                       " unit TEXT,"
                       " weight REAL NOT NULL DEFAULT 0 CHECK (weight >= 0),"
                       " content TEXT,"
                       " baseline TEXT,"
                       " data_source TEXT,"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX indicator_target_set ON indicator (target_set_id, sort_order)"),
        QStringLiteral("CREATE TABLE ex_ante_assessment (" JX_TRAVEL_COLUMNS
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " assessor INTEGER NOT NULL CHECK (assessor BETWEEN 1 AND 3),"
                       " assessor_name TEXT,"
                       " conclusion INTEGER CHECK (conclusion BETWEEN 1 AND 3),"
                       " report TEXT NOT NULL DEFAULT '',"
                       " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3))"),
        QStringLiteral("CREATE INDEX assessment_subject ON ex_ante_assessment (subject_id)"),
        QStringLiteral("CREATE TABLE assessment_item ("
                       " assessment_id BLOB NOT NULL REFERENCES ex_ante_assessment (id) ON DELETE CASCADE,"
                       " dimension INTEGER NOT NULL CHECK (dimension BETWEEN 1 AND 5),"
                       " max_score REAL NOT NULL,"
                       " score REAL NOT NULL CHECK (score >= 0),"
                       " rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),"
                       " comment TEXT,"
                       " PRIMARY KEY (assessment_id, dimension))"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE monitoring_report (" JX_TRAVEL_COLUMNS
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " fiscal_year INTEGER NOT NULL,"
                       " month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
                       " budget INTEGER NOT NULL CHECK (budget >= 0),"
                       " executed INTEGER NOT NULL CHECK (executed >= 0),"
                       " forecast_year_end INTEGER NOT NULL CHECK (forecast_year_end >= 0),"
                       " note TEXT,"
                       " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3))"),
        QStringLiteral("CREATE UNIQUE INDEX monitoring_report_month ON monitoring_report (subject_id, fiscal_year, month)"
                       " WHERE deleted = 0"),
        QStringLiteral("CREATE TABLE monitoring_entry ("
                       " report_id BLOB NOT NULL REFERENCES monitoring_report (id) ON DELETE CASCADE,"
                       " indicator_id BLOB NOT NULL REFERENCES indicator (id),"
                       " progress_value REAL,"
                       " progress_text TEXT,"
                       " forecast_value REAL,"
                       " likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3),"
                       " cause INTEGER CHECK (cause BETWEEN 1 AND 5),"
                       " measures TEXT,"
                       " PRIMARY KEY (report_id, indicator_id))"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE self_evaluation (" JX_TRAVEL_COLUMNS
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " fiscal_year INTEGER NOT NULL,"
                       " objective_expected TEXT,"
                       " objective_achieved TEXT,"
                       " execution_reason TEXT,"
                       " total_score REAL,"
                       " grade INTEGER CHECK (grade BETWEEN 1 AND 4),"
                       " conclusion TEXT,"
                       " problems TEXT,"
                       " measures TEXT,"
                       " project_lead TEXT,"
                       " finance_lead TEXT,"
                       " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3))"),
        QStringLiteral("CREATE INDEX self_evaluation_subject ON self_evaluation (subject_id)"),
        QStringLiteral("CREATE TABLE evaluation_fund ("
                       " evaluation_id BLOB NOT NULL REFERENCES self_evaluation (id) ON DELETE CASCADE,"
                       " source INTEGER NOT NULL CHECK (source BETWEEN 1 AND 3),"
                       " initial_budget INTEGER NOT NULL CHECK (initial_budget >= 0),"
                       " adjusted_budget INTEGER NOT NULL CHECK (adjusted_budget >= 0),"
                       " executed INTEGER NOT NULL CHECK (executed >= 0),"
                       " PRIMARY KEY (evaluation_id, source))"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE evaluation_entry ("
                       " evaluation_id BLOB NOT NULL REFERENCES self_evaluation (id) ON DELETE CASCADE,"
                       " indicator_id BLOB NOT NULL REFERENCES indicator (id),"
                       " actual_value REAL,"
                       " actual_text TEXT,"
                       " not_applicable INTEGER NOT NULL DEFAULT 0,"
                       " score REAL,"
                       " deviation_reason TEXT,"
                       " PRIMARY KEY (evaluation_id, indicator_id))"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE review (" JX_TRAVEL_COLUMNS
                       " record_kind INTEGER NOT NULL CHECK (record_kind BETWEEN 1 AND 5),"
                       " record_id BLOB NOT NULL,"
                       " decision INTEGER NOT NULL CHECK (decision IN (1, 2)),"
                       " grade INTEGER CHECK (grade BETWEEN 1 AND 4),"
                       " score REAL,"
                       " comments TEXT,"
                       " reviewer TEXT,"
                       " reviewed_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX review_record ON review (record_kind, record_id)"),
        QStringLiteral("CREATE TABLE result_application (" JX_TRAVEL_COLUMNS
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " next_year INTEGER NOT NULL,"
                       " decision INTEGER NOT NULL CHECK (decision BETWEEN 1 AND 4),"
                       " amount_change INTEGER NOT NULL DEFAULT 0,"
                       " reason TEXT,"
                       " transfer_linkage TEXT,"
                       " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3))"),
        QStringLiteral("CREATE INDEX result_application_subject ON result_application (subject_id)"),
    };
    return execAll(db, statements);
}

// Version 2: the year's rules as data (grade bands, weights, formulas, deadlines) and the
// evaluation standard (计划/行业/历史/其他) of each indicator.
Result<void> addPoliciesAndStandards(Database& db)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE policy ("
                       " region_code TEXT NOT NULL,"
                       " fiscal_year INTEGER NOT NULL,"
                       " document TEXT NOT NULL,"
                       " PRIMARY KEY (region_code, fiscal_year))"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN evaluation_standard INTEGER NOT NULL DEFAULT 1"
                       " CHECK (evaluation_standard BETWEEN 1 AND 4)"),
    };
    if (Result<void> r = execAll(db, statements); !r)
        return r;
    // The national default policy of 2018, exactly as step 2 first stored it (then loaded from
    // resources/seed/policy.json). Frozen: never edit this text; later policies come from the
    // seed data, loaded after migrating (SeedData::loadAll).
    return db.exec(QStringLiteral(
        "INSERT INTO policy (region_code, fiscal_year, document) VALUES ('', 2018, '"
        R"({"deadlines":[{"day":10,"key":"monthlyMonitoring","note":"每月10日前报送上月监控情况"},)"
        R"({"day":31,"key":"agencyMidYearCheck","month":7,"yearOffset":0},{"day":31,)"
        R"("key":"countyGovernmentSelfEvaluation","month":10,"yearOffset":1},{"day":30,)"
        R"("key":"prefectureGovernmentSelfEvaluation","month":11,"yearOffset":1},{"day":30,)"
        R"("key":"annualSummary","month":11,"yearOffset":0}],"exAnte":{"dimensionMax":20,)"
        R"("reviseAtLeast":60,"supportAtLeast":80},"fiscalYear":2018,"gradeBands":{"excellent":90,)"
        R"("fair":60,"good":80},"monitoring":{"agencyMidYearMonth":6,"executionLagPoints":15},)"
        R"("regionCode":"","selfEvaluation":{"classWeights":[{"classes":["产出指标","成本指标"],)"
        R"("weight":50},{"classes":["效益指标"],"weight":30},{"classes":["满意度指标"],"fallbackTo":"效益指标",)"
        R"("weight":10}],"executionRateReasonBelow":90,"executionRateWeight":10,"farAboveRatio":1.2,)"
        R"("lowerIsBetterFormula":"ratio","qualitativeBands":{"achieved":[80,100],"notAchieved":[0,)"
        R"(60],"partly":[60,80]}}})"
        "')"));
}

// Version 3: what scoring a self-evaluation needs per indicator: the level picked for a
// qualitative indicator and the explanation of an actual far above its target.
Result<void> addEvaluationEntryDetails(Database& db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE evaluation_entry ADD COLUMN qualitative_level INTEGER"
                       " CHECK (qualitative_level BETWEEN 1 AND 3)"),
        QStringLiteral("ALTER TABLE evaluation_entry ADD COLUMN explanation TEXT"),
    });
}

// Version 4: lists and counts of live programs at region scale (300,000 programs) read only
// small partial indexes, never the table.
Result<void> addListIndexes(Database& db)
{
    return execAll(db, {
        QStringLiteral("DROP INDEX subject_list"),
        QStringLiteral("CREATE INDEX subject_list ON subject (kind, name, id) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX subject_count ON subject (kind, fiscal_year) WHERE deleted = 0"),
    });
}

// Version 5: the workflow history of every submitted record (who, when, from, to, why).
Result<void> addTransitions(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE transition (" JX_TRAVEL_COLUMNS
                       " record_kind INTEGER NOT NULL CHECK (record_kind BETWEEN 1 AND 5),"
                       " record_id BLOB NOT NULL,"
                       " from_status INTEGER NOT NULL CHECK (from_status BETWEEN 0 AND 3),"
                       " to_status INTEGER NOT NULL CHECK (to_status BETWEEN 0 AND 3),"
                       " actor_name TEXT NOT NULL,"
                       " actor_role INTEGER NOT NULL CHECK (actor_role BETWEEN 1 AND 4),"
                       " actor_agency_id BLOB NOT NULL REFERENCES agency (id),"
                       " comment TEXT,"
                       " at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX transition_record ON transition (record_kind, record_id, at)"),
    });
}

// Version 6: where each program stands in the budget (申报, 安排), moved only by the workflow.
Result<void> addBudgetStage(Database& db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE subject ADD COLUMN budget_stage INTEGER NOT NULL DEFAULT 0"
                       " CHECK (budget_stage BETWEEN 0 AND 2)"),
    });
}

// Version 7: finance orders after monitoring (整改, 暂缓, 停止), in force until lifted.
Result<void> addFinanceOrders(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE finance_order (" JX_TRAVEL_COLUMNS
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " report_id BLOB REFERENCES monitoring_report (id),"
                       " kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 3),"
                       " reason TEXT NOT NULL,"
                       " issued_by TEXT,"
                       " issued_at INTEGER NOT NULL,"
                       " lifted_at INTEGER,"
                       " lift_reason TEXT)"),
        QStringLiteral("CREATE INDEX finance_order_in_force ON finance_order (subject_id) WHERE lifted_at IS NULL AND deleted = 0"),
    });
}

// Version 8: a record's history is ordered by its step number, which cannot tie the way two
// times of the same millisecond can. Existing rows are numbered in time order (then rowid).
Result<void> addHistorySteps(Database& db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE transition ADD COLUMN step INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE transition SET step = (SELECT count(*) FROM transition t"
                       " WHERE t.record_kind = transition.record_kind AND t.record_id = transition.record_id"
                       " AND (t.at < transition.at OR (t.at = transition.at AND t.rowid <= transition.rowid)))"),
        QStringLiteral("DROP INDEX transition_record"),
        QStringLiteral("CREATE UNIQUE INDEX transition_record ON transition (record_kind, record_id, step)"),
        QStringLiteral("ALTER TABLE review ADD COLUMN step INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE review SET step = (SELECT count(*) FROM review r"
                       " WHERE r.record_kind = review.record_kind AND r.record_id = review.record_id"
                       " AND (r.reviewed_at < review.reviewed_at"
                       " OR (r.reviewed_at = review.reviewed_at AND r.rowid <= review.rowid)))"),
    });
}

// Version 9: every travelling record carries this database's change sequence of its table,
// stamped by every write (created, updated, moved, deleted, imported), so that "what changed
// here since change N" does not depend on anybody's clock. Existing rows are numbered in the
// order of their modification time. The list of tables is frozen with the step.
Result<void> addChangeSequences(Database& db)
{
    static const char* const tables[] = {
        "agency", "subject", "indicator_category", "indicator_library_entry", "target_set", "indicator",
        "ex_ante_assessment", "monitoring_report", "self_evaluation", "review", "result_application",
        "transition", "finance_order",
    };
    QStringList statements;
    for (const char* table : tables) {
        const QString t = QString::fromLatin1(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0").arg(t)
                   << QStringLiteral("UPDATE %1 SET change_seq = o.n FROM (SELECT rowid AS r,"
                                     " row_number() OVER (ORDER BY modified_at, rowid) AS n FROM %1) AS o"
                                     " WHERE o.r = %1.rowid")
                          .arg(t)
                   << QStringLiteral("CREATE INDEX %1_change_seq ON %1 (change_seq)").arg(t);
    }
    return execAll(db, statements);
}

// Version 10: the rules of the loop that finance decides (issue 7). An indicator marked 不适用
// carries its reason; a review can carry finance's reason for a grade other than the computed
// one and, per indicator, its decision on a 不适用 claim and on a proposed far-above
// deduction (指标值设定偏低, 财预〔2020〕10号). An order carries the outcome of a rectification
// (整改结果), and payments (拨款) of programs are recorded, which a suspending or stopping
// order holds.
Result<void> addLoopRules(Database& db)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE evaluation_entry ADD COLUMN not_applicable_reason TEXT"),
        QStringLiteral("ALTER TABLE review ADD COLUMN grade_reason TEXT"),
        QStringLiteral("CREATE TABLE review_item ("
                       " review_id BLOB NOT NULL REFERENCES review (id) ON DELETE CASCADE,"
                       " indicator_id BLOB NOT NULL REFERENCES indicator (id),"
                       " not_applicable_accepted INTEGER CHECK (not_applicable_accepted IN (0, 1)),"
                       " deduction_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (deduction_confirmed IN (0, 1)),"
                       " PRIMARY KEY (review_id, indicator_id))"
                       " WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE finance_order ADD COLUMN outcome TEXT"),
        QStringLiteral("CREATE TABLE payment ("
                       "id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"
                       " owner_id BLOB REFERENCES agency (id),"
                       " revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),"
                       " modified_at INTEGER NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
                       " change_seq INTEGER NOT NULL DEFAULT 0,"
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " amount INTEGER NOT NULL CHECK (amount > 0),"
                       " paid_by TEXT,"
                       " paid_at INTEGER NOT NULL,"
                       " note TEXT)"),
        QStringLiteral("CREATE INDEX payment_subject ON payment (subject_id)"),
        QStringLiteral("CREATE INDEX payment_change_seq ON payment (change_seq)"),
    });
}

// Version 13: the people who act in this installation (issue 9, "who acts"): the window asks
// who acts from this list at start, and a login can later take its place. A person belongs to
// one agency of the file; the role is that of Actor (1–4). Local to the installation: people
// do not travel in packages.
Result<void> addPeople(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE person ("
                       "id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " role INTEGER NOT NULL CHECK (role BETWEEN 1 AND 4),"
                       " agency_id BLOB NOT NULL REFERENCES agency (id))"),
        QStringLiteral("CREATE UNIQUE INDEX person_name ON person (agency_id, name, role)"),
    });
}

// Version 14: the subject lists of the stage pages (every kind of subject, one fiscal year) read
// their windows in the order of the columns finance sorts by most, name, code and amount, from
// an index instead of sorting the year's rows (75,000 in a prefecture) for every window. Where
// a list filters or sorts by where a stage stands (targets' status, the self-evaluation's
// status, score and grade, the latest monitoring report's execution), it looks the value up per
// subject in a covering index, never in the records' own rows. The name index also holds every
// column a list filters or searches by, so that counting and searching a year reads the index
// alone (a year's subject rows are scattered and wide). `deleted` is listed although the
// indexes hold only live rows: SQLite 3.40 counts an index as covering only if it names every
// column the query reads, its own WHERE term included.
Result<void> addSubjectListIndexes(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE INDEX subject_year_name ON subject (fiscal_year, name, id, code, agency_id, amount,"
                       " kind, book, funding_tags, is_new, is_major, division_code, deleted) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX subject_year_code ON subject (fiscal_year, code, id, deleted) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX subject_year_amount ON subject (fiscal_year, amount, id, deleted) WHERE deleted = 0"),
        // The smallest covering index of a year, in id order: a count or an order by a stage's
        // value walks it, and since ids grow with time, as the stages' indexes below are keyed,
        // the look-ups per subject move forward through those indexes instead of jumping about.
        QStringLiteral("CREATE INDEX subject_year_id ON subject (fiscal_year, id, deleted) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX target_set_list ON target_set (subject_id, fiscal_year, modified_at, status, id,"
                       " deleted) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX self_evaluation_list ON self_evaluation"
                       " (subject_id, fiscal_year, modified_at, status, total_score, grade, id, deleted) WHERE deleted = 0"),
        // Finance's grade of the latest approval of a self-evaluation (the binding grade).
        QStringLiteral("CREATE INDEX review_grade ON review (record_kind, record_id, decision, step, reviewed_at, id,"
                       " grade, deleted) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX monitoring_report_list ON monitoring_report"
                       " (subject_id, fiscal_year, month, status, budget, executed, id, deleted) WHERE deleted = 0"),
    });
}

// Version 15: a per-subject summary of the latest monitoring report of its year (month, execution
// rate, whether an indicator is 完全不可能), so that the lists' warning filters read one small
// row per subject instead of finding the latest of a dozen reports for each of a year's 75,000
// subjects. Not a record: it never travels and is derived; the storage layer keeps it current in
// the transaction of every write of a report or subject (SubjectQuery::updateMonitoringSummary)
// and this step fills it for the reports already there, by the same rule as the lists' join.
Result<void> addMonitoringSummary(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE subject_monitoring ("
                       " subject_id BLOB PRIMARY KEY NOT NULL CHECK (length(subject_id) = 16),"
                       " fiscal_year INTEGER NOT NULL,"
                       " report_id BLOB NOT NULL,"
                       " month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
                       " rate REAL,"
                       " impossible INTEGER NOT NULL CHECK (impossible IN (0, 1)))"),
        QStringLiteral("CREATE INDEX subject_monitoring_year ON subject_monitoring"
                       " (fiscal_year, month, rate, impossible, subject_id)"),
        QStringLiteral("CREATE INDEX subject_monitoring_report ON subject_monitoring (report_id)"),
        // Likelihood 3 is 完全不可能 (Likelihood::Impossible as step 1 stores it).
        QStringLiteral("INSERT INTO subject_monitoring (subject_id, fiscal_year, report_id, month, rate, impossible)"
                       " SELECT s.id, s.fiscal_year, m.id, m.month,"
                       " CASE WHEN m.budget > 0 THEN round(100.0 * m.executed / m.budget, 2) END,"
                       " EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.report_id = m.id AND me.likelihood = 3)"
                       " FROM subject s JOIN monitoring_report m ON m.id = (SELECT m2.id FROM monitoring_report m2"
                       " WHERE m2.subject_id = s.id AND m2.fiscal_year = s.fiscal_year AND m2.deleted = 0"
                       " ORDER BY m2.month DESC LIMIT 1)"),
        // The change sequences it follows from here (SubjectQuery::updateMonitoringSummary).
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) SELECT 'monitoringSummary.reportSeq',"
                       " CAST(coalesce(max(change_seq), 0) AS TEXT) FROM monitoring_report"),
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) SELECT 'monitoringSummary.subjectSeq',"
                       " CAST(coalesce(max(change_seq), 0) AS TEXT) FROM subject"),
    });
}

// Version 11: signed packages between levels (issue 10). This installation's own SM2 keys (the
// private key only as encrypted PKCS#8) and the registry of other agencies' public keys. Neither
// travels: a key is handed over as a key file and registered by a person who compared its
// fingerprint. A known key names its agency by value, not by reference: the agency's records
// may arrive only later, in its first package.
Result<void> addSigningKeys(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE signing_key ("
                       " fingerprint TEXT PRIMARY KEY NOT NULL,"
                       " agency_id BLOB NOT NULL REFERENCES agency (id),"
                       " public_key BLOB NOT NULL UNIQUE,"
                       " private_key TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " retired_at INTEGER)"),
        QStringLiteral("CREATE TABLE known_key ("
                       " fingerprint TEXT PRIMARY KEY NOT NULL,"
                       " agency_id BLOB NOT NULL CHECK (length(agency_id) = 16),"
                       " agency_code TEXT,"
                       " agency_name TEXT NOT NULL,"
                       " agency_kind INTEGER NOT NULL CHECK (agency_kind IN (1, 2)),"
                       " division_code TEXT NOT NULL,"
                       " public_key BLOB NOT NULL UNIQUE,"
                       " created_at INTEGER NOT NULL,"
                       " registered_at INTEGER NOT NULL,"
                       " revoked_at INTEGER,"
                       " revoke_reason TEXT,"
                       " CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL)))"),
        QStringLiteral("CREATE INDEX known_key_agency ON known_key (agency_id)"),
    });
}

// Version 12: the history of package exchange (docs/package-payload.md). Packages sent, with the
// change sequences they carried (what the recipient has once it acknowledges them); packages
// received, with their signed header, the summary of their import and its status; and per
// other agency the last sequence received from it and the last package of ours it acknowledged.
Result<void> addExchangeHistory(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE sent_package ("
                       " id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"
                       " recipient_id BLOB NOT NULL,"
                       " kind INTEGER NOT NULL CHECK (kind IN (1, 2)),"
                       " sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),"
                       " fiscal_year INTEGER NOT NULL,"
                       " stages TEXT NOT NULL,"
                       " scope TEXT NOT NULL,"
                       " marks TEXT NOT NULL,"
                       " counts TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " file_name TEXT,"
                       " acknowledged_at INTEGER)"),
        QStringLiteral("CREATE INDEX sent_package_recipient ON sent_package (recipient_id, sequence)"),
        QStringLiteral("CREATE TABLE received_package ("
                       " id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"
                       " sender_id BLOB NOT NULL,"
                       " kind INTEGER NOT NULL CHECK (kind IN (1, 2)),"
                       " sequence INTEGER NOT NULL,"
                       " fiscal_year INTEGER NOT NULL,"
                       " header TEXT NOT NULL,"
                       " summary TEXT NOT NULL,"
                       " status INTEGER NOT NULL CHECK (status BETWEEN 1 AND 3),"
                       " imported_at INTEGER NOT NULL,"
                       " file_name TEXT)"),
        QStringLiteral("CREATE INDEX received_package_sender ON received_package (sender_id, sequence)"),
        QStringLiteral("CREATE TABLE exchange_peer ("
                       " agency_id BLOB PRIMARY KEY NOT NULL CHECK (length(agency_id) = 16),"
                       " received_sequence INTEGER NOT NULL DEFAULT 0,"
                       " acknowledged_package BLOB,"
                       " acknowledged_marks TEXT)"),
    });
}

// Version 16: 绩效自评报告, the narrative report of a self-evaluation, drafted from the data and
// edited by the clerk (issue 11). A travelling record of its own, one live per subject and year.
Result<void> addEvaluationReports(Database& db)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE evaluation_report ("
                       "id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),"
                       " owner_id BLOB REFERENCES agency (id),"
                       " revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),"
                       " modified_at INTEGER NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"
                       " change_seq INTEGER NOT NULL DEFAULT 0,"
                       " subject_id BLOB NOT NULL REFERENCES subject (id),"
                       " fiscal_year INTEGER NOT NULL,"
                       " body TEXT NOT NULL DEFAULT '',"
                       " drafted_at INTEGER)"),
        QStringLiteral("CREATE INDEX evaluation_report_change_seq ON evaluation_report (change_seq)"),
        // Not unique: the Workspace keeps one live report per subject and year, and an import
        // must never fail on a report written twice by mistake elsewhere.
        QStringLiteral("CREATE INDEX evaluation_report_subject ON evaluation_report (subject_id, fiscal_year)"),
    });
}

// Version 17: the monitoring summary of step 15 gains the months handed in (a bit per month,
// 1 << month, of the reports of the subject's year that are submitted or approved) and a row for
// every subject, also one without a report (report, month and rate then NULL), so that the
// lists' overdue filter reads the few subjects still missing a month through an index instead
// of visiting each of the year's subjects and counting its reports. Derived, never travelling:
// the table is made again and filled by the rule of SubjectQuery::updateMonitoringSummary.
// Status 1 and 3 are Submitted and Approved, likelihood 3 is 完全不可能 (as step 1 stores them).
Result<void> addHandedInMonths(Database& db)
{
    return execAll(db, {
        QStringLiteral("DROP TABLE subject_monitoring"),
        QStringLiteral("CREATE TABLE subject_monitoring ("
                       " subject_id BLOB PRIMARY KEY NOT NULL CHECK (length(subject_id) = 16),"
                       " fiscal_year INTEGER NOT NULL,"
                       " report_id BLOB,"
                       " month INTEGER CHECK (month BETWEEN 1 AND 12),"
                       " rate REAL,"
                       " impossible INTEGER NOT NULL CHECK (impossible IN (0, 1)),"
                       " handed_months INTEGER NOT NULL DEFAULT 0 CHECK (handed_months BETWEEN 0 AND 8190))"),
        QStringLiteral("CREATE INDEX subject_monitoring_year ON subject_monitoring"
                       " (fiscal_year, month, rate, impossible, subject_id)"),
        QStringLiteral("CREATE INDEX subject_monitoring_report ON subject_monitoring (report_id)"),
        QStringLiteral("CREATE INDEX subject_monitoring_handed ON subject_monitoring"
                       " (fiscal_year, handed_months, subject_id)"),
        QStringLiteral("INSERT INTO subject_monitoring"
                       " (subject_id, fiscal_year, report_id, month, rate, impossible, handed_months)"
                       " SELECT s.id, s.fiscal_year, m.id, m.month,"
                       " CASE WHEN m.budget > 0 THEN round(100.0 * m.executed / m.budget, 2) END,"
                       " EXISTS (SELECT 1 FROM monitoring_entry me WHERE me.report_id = m.id AND me.likelihood = 3),"
                       " (SELECT coalesce(sum(DISTINCT 1 << h.month), 0) FROM monitoring_report h"
                       " WHERE h.subject_id = s.id AND h.fiscal_year = s.fiscal_year AND h.deleted = 0"
                       " AND h.status IN (1, 3))"
                       " FROM subject s LEFT JOIN monitoring_report m ON m.id = (SELECT m2.id FROM monitoring_report m2"
                       " WHERE m2.subject_id = s.id AND m2.fiscal_year = s.fiscal_year AND m2.deleted = 0"
                       " ORDER BY m2.month DESC LIMIT 1)"),
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) SELECT 'monitoringSummary.reportSeq',"
                       " CAST(coalesce(max(change_seq), 0) AS TEXT) FROM monitoring_report"),
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) SELECT 'monitoringSummary.subjectSeq',"
                       " CAST(coalesce(max(change_seq), 0) AS TEXT) FROM subject"),
    });
}

#undef JX_TRAVEL_COLUMNS

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        { 1, QStringLiteral("domain model"), &createVersion1 },
        { 2, QStringLiteral("policies and evaluation standards"), &addPoliciesAndStandards },
        { 3, QStringLiteral("qualitative levels and explanations of self-evaluation entries"), &addEvaluationEntryDetails },
        { 4, QStringLiteral("partial indexes for program lists"), &addListIndexes },
        { 5, QStringLiteral("workflow transitions"), &addTransitions },
        { 6, QStringLiteral("budget stage of programs"), &addBudgetStage },
        { 7, QStringLiteral("finance orders"), &addFinanceOrders },
        { 8, QStringLiteral("history steps of transitions and reviews"), &addHistorySteps },
        { 9, QStringLiteral("change sequences of travelling records"), &addChangeSequences },
        { 10, QStringLiteral("finance's decisions on self-evaluation items, payments and rectification outcomes"),
            &addLoopRules },
        { 11, QStringLiteral("signing keys and the registry of known keys"), &addSigningKeys },
        { 12, QStringLiteral("package exchange history"), &addExchangeHistory },
        { 13, QStringLiteral("people who act"), &addPeople },
        { 14, QStringLiteral("indexes of the subject lists"), &addSubjectListIndexes },
        { 15, QStringLiteral("summary of the latest monitoring report of each subject"), &addMonitoringSummary },
        { 16, QStringLiteral("self-evaluation reports"), &addEvaluationReports },
        { 17, QStringLiteral("months handed in, in the monitoring summary of every subject"), &addHandedInMonths },
    };
    return steps;
}

} // namespace jx
