#include "SchemaMigrations.h"

#include "Error.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {

    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::SchemaMigrations)
    };

    // Version 1: the register, its events, the audit chain, settings.
    const QStringList kVersion1 = {
        uR"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,
        // One row per receipt year: the last case number handed out. Only ever incremented,
        // so numbers are never reused.
        uR"(CREATE TABLE case_counters (
            year        INTEGER PRIMARY KEY,
            last_number INTEGER NOT NULL))"_s,
        // Applicant data as given on one application (a snapshot, never shared between cases).
        uR"(CREATE TABLE applicants (
            id                   INTEGER PRIMARY KEY,
            kind                 TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
            org_type             TEXT,
            name                 TEXT NOT NULL,
            id_type              TEXT,
            id_number            TEXT,
            credit_code          TEXT,
            legal_representative TEXT,
            contact_person       TEXT,
            phone                TEXT,
            email                TEXT,
            address              TEXT,
            postcode             TEXT,
            identity_key         TEXT NOT NULL))"_s,
        u"CREATE INDEX applicants_identity ON applicants (identity_key)"_s,
        uR"(CREATE TABLE cases (
            id              INTEGER PRIMARY KEY,
            case_number     TEXT NOT NULL UNIQUE,
            receipt_year    INTEGER NOT NULL,
            sequence        INTEGER NOT NULL,
            channel         TEXT NOT NULL,
            submitted_date  TEXT NOT NULL,
            receipt_date    TEXT NOT NULL,
            description     TEXT NOT NULL,
            document_number TEXT,
            requested_form  TEXT NOT NULL,
            delivery_way    TEXT NOT NULL,
            department      TEXT,
            clerk           TEXT,
            note            TEXT,
            state           TEXT NOT NULL,
            outcome         TEXT,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            UNIQUE (receipt_year, sequence)))"_s,
        u"CREATE INDEX cases_state ON cases (state)"_s,
        u"CREATE INDEX cases_receipt ON cases (receipt_date)"_s,
        uR"(CREATE TABLE case_applicants (
            case_id      INTEGER NOT NULL REFERENCES cases (id),
            position     INTEGER NOT NULL,
            applicant_id INTEGER NOT NULL REFERENCES applicants (id),
            PRIMARY KEY (case_id, position)))"_s,
        // The case's timeline. Append-only: the triggers refuse edits made through SQL;
        // the audit chain catches edits made around them.
        uR"(CREATE TABLE case_events (
            id          INTEGER PRIMARY KEY,
            case_id     INTEGER NOT NULL REFERENCES cases (id),
            seq         INTEGER NOT NULL,
            action      TEXT NOT NULL,
            from_state  TEXT,
            to_state    TEXT NOT NULL,
            outcome     TEXT,
            event_date  TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            actor       TEXT NOT NULL,
            note        TEXT,
            UNIQUE (case_id, seq)))"_s,
        uR"(CREATE TRIGGER case_events_append_only_update BEFORE UPDATE ON case_events
            BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END)"_s,
        uR"(CREATE TRIGGER case_events_append_only_delete BEFORE DELETE ON case_events
            BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END)"_s,
        uR"(CREATE TABLE audit_log (
            id          INTEGER PRIMARY KEY,
            recorded_at TEXT NOT NULL,
            actor       TEXT NOT NULL,
            action      TEXT NOT NULL,
            subject     TEXT NOT NULL,
            details     TEXT NOT NULL,
            prev_hash   TEXT NOT NULL,
            hash        TEXT NOT NULL))"_s,
        uR"(CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,
        uR"(CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,
        // The newest audit row, kept apart so that deleting the tail of the chain is noticed.
        uR"(CREATE TABLE audit_head (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            last_id   INTEGER NOT NULL,
            last_hash TEXT NOT NULL))"_s,
        // The register as lists show it: one row per case with its first applicant.
        uR"(CREATE VIEW case_list AS
            SELECT c.id, c.case_number, a.name AS applicant_name, a.kind AS applicant_kind,
                   a.org_type AS applicant_org_type, c.channel, c.description, c.receipt_date,
                   c.state, c.outcome, c.department, c.clerk
            FROM cases c
            JOIN case_applicants ca ON ca.case_id = c.id AND ca.position = 0
            JOIN applicants a ON a.id = ca.applicant_id)"_s,
    };

    // Version 2: the office calendar and the deadlines of ended periods.
    const QStringList kVersion2 = {
        // The administrator's changes to the shipped holiday calendar: local arrangements and
        // imported yearly notices. A row replaces the shipped arrangement of its date.
        uR"(CREATE TABLE calendar_overrides (
            date       TEXT PRIMARY KEY,
            kind       TEXT NOT NULL CHECK (kind IN ('work', 'off')),
            name       TEXT,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL))"_s,
        // Years whose whole arrangement was imported: the calendar then counts them as known.
        uR"(CREATE TABLE calendar_years (
            year        INTEGER PRIMARY KEY,
            source      TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL))"_s,
        // A period that has ended (reply sent, supplement asked, consultation answered, fee
        // paid) with the due date and verdict computed on that day, so that a later calendar
        // edit never rewrites history. Append-only like the timeline it belongs to.
        uR"(CREATE TABLE case_periods (
            case_id      INTEGER NOT NULL REFERENCES cases (id),
            ended_seq    INTEGER NOT NULL,
            period       TEXT NOT NULL,
            trigger_date TEXT NOT NULL,
            due_date     TEXT NOT NULL,
            ended_date   TEXT NOT NULL,
            on_time      INTEGER NOT NULL CHECK (on_time IN (0, 1)),
            provisional  INTEGER NOT NULL CHECK (provisional IN (0, 1)),
            recorded_at  TEXT NOT NULL,
            PRIMARY KEY (case_id, ended_seq, period)))"_s,
        uR"(CREATE TRIGGER case_periods_append_only_update BEFORE UPDATE ON case_periods
            BEGIN SELECT RAISE(ABORT, 'case_periods is append-only'); END)"_s,
        uR"(CREATE TRIGGER case_periods_append_only_delete BEFORE DELETE ON case_periods
            BEGIN SELECT RAISE(ABORT, 'case_periods is append-only'); END)"_s,
    };

    // Version 3: users and roles, structured event details, remedies, the search index.
    const QStringList kVersion3 = {
        // login is compared case-insensitively: "Zhang" and "zhang" are one person.
        uR"(CREATE TABLE users (
            id              INTEGER PRIMARY KEY,
            login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name    TEXT NOT NULL,
            password_hash   TEXT NOT NULL,
            active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until    TEXT,
            created_at      TEXT NOT NULL))"_s,
        uR"(CREATE TABLE user_roles (
            user_id INTEGER NOT NULL REFERENCES users (id),
            role    TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'chief', 'admin')),
            PRIMARY KEY (user_id, role)))"_s,
        // The facts an action carries (reply type, extension days, tracking number, ...) as JSON.
        u"ALTER TABLE case_events ADD COLUMN details TEXT"_s,
        // 行政复议 / 行政诉讼 against a case. The row holds the current result; every change is
        // also a case event and an audit row.
        uR"(CREATE TABLE remedies (
            id             INTEGER PRIMARY KEY,
            case_id        INTEGER NOT NULL REFERENCES cases (id),
            kind           TEXT NOT NULL CHECK (kind IN ('reconsideration', 'litigation_direct',
                                                        'litigation_after_reconsideration')),
            filed_date     TEXT NOT NULL,
            body           TEXT NOT NULL,
            result         TEXT NOT NULL CHECK (result IN ('upheld', 'corrected', 'other', 'pending')),
            concluded_date TEXT,
            recorded_at    TEXT NOT NULL))"_s,
        u"CREATE INDEX remedies_case ON remedies (case_id)"_s,
        // Search over applicant, request and case number; rowid = cases.id. Trigram: Chinese
        // text has no spaces. Queries under three characters use instr() on case_list instead.
        uR"(CREATE VIRTUAL TABLE case_search USING fts5 (
            case_number, applicant, description, tokenize = 'trigram'))"_s,
        uR"(INSERT INTO case_search (rowid, case_number, applicant, description)
            SELECT id, case_number, applicant_name, description FROM case_list)"_s,
    };

    // Version 4: each case's reply deadline, kept for lists that show, sort and filter by it.
    const QStringList kVersion4 = {
        uR"(CREATE TABLE reply_deadlines (
            case_id      INTEGER PRIMARY KEY REFERENCES cases (id),
            clock        TEXT NOT NULL CHECK (clock IN ('running', 'paused', 'met_on_time', 'met_late',
                                                        'closed', 'unknown')),
            due_date     TEXT,
            paused_until TEXT))"_s,
        u"CREATE INDEX reply_deadlines_due ON reply_deadlines (clock, due_date)"_s,
        // Filters of the register and "my work".
        u"CREATE INDEX cases_department ON cases (department)"_s,
        u"CREATE INDEX cases_clerk ON cases (clerk)"_s,
        u"DROP VIEW case_list"_s,
        uR"(CREATE VIEW case_list AS
            SELECT c.id, c.case_number, a.name AS applicant_name, a.kind AS applicant_kind,
                   a.org_type AS applicant_org_type, c.channel, c.description, c.receipt_date,
                   c.state, c.outcome, c.department, c.clerk,
                   coalesce(d.clock, 'unknown') AS reply_clock, d.due_date AS reply_due,
                   d.paused_until AS reply_paused_until
            FROM cases c
            JOIN case_applicants ca ON ca.case_id = c.id AND ca.position = 0
            JOIN applicants a ON a.id = ca.applicant_id
            LEFT JOIN reply_deadlines d ON d.case_id = c.id)"_s,
    };

    // Version 5: one- and two-character search, files attached to cases.
    const QStringList kVersion5 = {
        // CaseSearchIndex. Contentless and without positions: it only says which cases hold a gram.
        uR"(CREATE VIRTUAL TABLE case_grams USING fts5 (
            grams, content = '', columnsize = 0, detail = none,
            tokenize = 'unicode61 remove_diacritics 0'))"_s,
        // AttachmentStore: the bytes are in the attachment folder under their SHA-256. A court
        // may ask what was on file, so rows are never changed or removed.
        uR"(CREATE TABLE attachments (
            id        INTEGER PRIMARY KEY,
            case_id   INTEGER NOT NULL REFERENCES cases (id),
            kind      TEXT NOT NULL CHECK (kind IN ('application', 'reply', 'other')),
            file_name TEXT NOT NULL,
            sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
            size      INTEGER NOT NULL CHECK (size > 0),
            added_by  TEXT NOT NULL,
            added_at  TEXT NOT NULL))"_s,
        u"CREATE INDEX attachments_case ON attachments (case_id)"_s,
        uR"(CREATE TRIGGER attachments_append_only_update BEFORE UPDATE ON attachments
            BEGIN SELECT RAISE(ABORT, 'attachments is append-only'); END)"_s,
        uR"(CREATE TRIGGER attachments_append_only_delete BEFORE DELETE ON attachments
            BEGIN SELECT RAISE(ABORT, 'attachments is append-only'); END)"_s,
    };

    // Version 6: notices as issued, their voiding, the administrator's template copies.
    const QStringList kVersion6 = {
        // NoticeStore. The HTML is what the applicant was sent; a court may ask for it, so rows
        // are never changed or removed and a number is never given twice.
        uR"(CREATE TABLE notices (
            id              INTEGER PRIMARY KEY,
            case_id         INTEGER NOT NULL REFERENCES cases (id),
            type            TEXT NOT NULL,
            sequence_scope  TEXT NOT NULL,
            year            INTEGER NOT NULL,
            seq             INTEGER NOT NULL CHECK (seq > 0),
            number          TEXT NOT NULL UNIQUE,
            issued_on       TEXT NOT NULL,
            issued_by       TEXT NOT NULL,
            issued_at       TEXT NOT NULL,
            html            TEXT NOT NULL,
            sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
            template_sha256 TEXT NOT NULL,
            edits           TEXT NOT NULL,
            UNIQUE (sequence_scope, year, seq)))"_s,
        u"CREATE INDEX notices_case ON notices (case_id)"_s,
        uR"(CREATE TRIGGER notices_append_only_update BEFORE UPDATE ON notices
            BEGIN SELECT RAISE(ABORT, 'notices is append-only'); END)"_s,
        uR"(CREATE TRIGGER notices_append_only_delete BEFORE DELETE ON notices
            BEGIN SELECT RAISE(ABORT, 'notices is append-only'); END)"_s,
        uR"(CREATE TABLE notice_voids (
            notice_id INTEGER PRIMARY KEY REFERENCES notices (id),
            reason    TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            voided_by TEXT NOT NULL,
            voided_at TEXT NOT NULL))"_s,
        uR"(CREATE TRIGGER notice_voids_append_only_update BEFORE UPDATE ON notice_voids
            BEGIN SELECT RAISE(ABORT, 'notice_voids is append-only'); END)"_s,
        uR"(CREATE TRIGGER notice_voids_append_only_delete BEFORE DELETE ON notice_voids
            BEGIN SELECT RAISE(ABORT, 'notice_voids is append-only'); END)"_s,
        // NoticeTemplates: an edited copy replaces the shipped template of the same name.
        uR"(CREATE TABLE notice_templates (
            name       TEXT PRIMARY KEY,
            body       TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL))"_s,
    };

    // Version 7: the day each case was concluded, for the reports (本年度办理结果, 结转).
    const QStringList kVersion7 = {
        u"ALTER TABLE cases ADD COLUMN concluded_on TEXT"_s,
        // The last step from an open state into replied or closed (archiving keeps that day).
        uR"(UPDATE cases SET concluded_on = (
                SELECT max(e.event_date) FROM case_events e
                WHERE e.case_id = cases.id AND e.to_state IN ('replied', 'closed')
                  AND e.from_state NOT IN ('replied', 'archived', 'closed'))
            WHERE state IN ('replied', 'archived', 'closed'))"_s,
        u"CREATE INDEX cases_concluded ON cases (concluded_on)"_s,
    };

    // Version 8: the annual report reads only two indexes: each case's applicant type (the
    // report's column; applicants never change after registration) beside its dates and
    // outcome.
    const QStringList kVersion8 = {
        u"ALTER TABLE cases ADD COLUMN applicant_type TEXT"_s,
        uR"(UPDATE cases SET applicant_type = (
                SELECT CASE a.kind WHEN 'person' THEN 'person' ELSE coalesce(a.org_type, 'other') END
                FROM case_applicants ca JOIN applicants a ON a.id = ca.applicant_id
                WHERE ca.case_id = cases.id AND ca.position = 0))"_s,
        u"DROP INDEX cases_concluded"_s,
        u"CREATE INDEX cases_report_flows ON cases (receipt_date, concluded_on, applicant_type)"_s,
        u"CREATE INDEX cases_report_outcomes ON cases (concluded_on, applicant_type, outcome)"_s,
    };

    // Version 9: the monthly tally finds the steps of a period (accepted, consulted ...) by
    // action and date.
    const QStringList kVersion9 = {
        u"CREATE INDEX case_events_action_date ON case_events (action, event_date)"_s,
    };

    // Version 10: section 二 of the annual report, entered by the office (ProactiveFigures).
    const QStringList kVersion10 = {
        uR"(CREATE TABLE proactive_figures (
            year    INTEGER NOT NULL,
            item    TEXT NOT NULL,
            measure TEXT NOT NULL,
            value   TEXT NOT NULL,
            PRIMARY KEY (year, item, measure)))"_s,
    };

    // Version 11: cases brought over from an office's old ledger, by the key that finds a row
    // again when the same file is imported twice (LedgerImport).
    const QStringList kVersion11 = {
        uR"(CREATE TABLE imported_cases (
            import_key    TEXT PRIMARY KEY,
            case_id       INTEGER NOT NULL REFERENCES cases (id),
            ledger_number TEXT,
            source_file   TEXT NOT NULL,
            source_row    INTEGER NOT NULL))"_s,
    };

    // Version 12: every notice issued or voided is a step of its case's timeline (NoticeStore
    // records issue_notice / void_notice from now on); the notices issued before get theirs,
    // appended after the case's last step and marked migrated.
    const QStringList kVersion12 = {
        uR"(INSERT INTO case_events (case_id, seq, action, from_state, to_state, outcome, event_date,
                                     recorded_at, actor, note, details)
            SELECT n.case_id,
                   (SELECT max(e.seq) FROM case_events e WHERE e.case_id = n.case_id)
                       + row_number() OVER (PARTITION BY n.case_id ORDER BY n.id),
                   'issue_notice', c.state, c.state, NULL, n.issued_on, n.issued_at, n.issued_by, NULL,
                   json_object('notice_type', n.type, 'notice', n.number, 'notice_id', n.id,
                               'migrated', json('true'))
            FROM notices n JOIN cases c ON c.id = n.case_id)"_s,
        uR"(INSERT INTO case_events (case_id, seq, action, from_state, to_state, outcome, event_date,
                                     recorded_at, actor, note, details)
            SELECT n.case_id,
                   (SELECT max(e.seq) FROM case_events e WHERE e.case_id = n.case_id)
                       + row_number() OVER (PARTITION BY n.case_id ORDER BY n.id),
                   'void_notice', c.state, c.state, NULL, substr(v.voided_at, 1, 10), v.voided_at, v.voided_by,
                   NULL, json_object('notice_type', n.type, 'notice', n.number, 'notice_id', n.id,
                                     'reason', v.reason, 'migrated', json('true'))
            FROM notice_voids v JOIN notices n ON n.id = v.notice_id JOIN cases c ON c.id = n.case_id)"_s,
    };

    // Version 13: who applies and for what (issue 16).
    const QStringList kVersion13 = {
        // An application for government information, or a request to correct a record about
        // oneself (Art. 41): a case of its own kind, numbered in the same per-year sequence.
        // Every case of an existing register is an application.
        u"ALTER TABLE cases ADD COLUMN kind TEXT NOT NULL DEFAULT 'disclosure' "
        u"CHECK (kind IN ('disclosure', 'correction'))"_s,
        // The reports count applications only: the kind joins the indexes they read, which
        // stay covering.
        u"DROP INDEX cases_report_flows"_s,
        u"DROP INDEX cases_report_outcomes"_s,
        u"CREATE INDEX cases_report_flows ON cases (receipt_date, concluded_on, applicant_type, kind)"_s,
        u"CREATE INDEX cases_report_outcomes ON cases (concluded_on, applicant_type, outcome, kind)"_s,
        // The Art. 29 elements an application lacked when it was registered ("identity@0,form";
        // NULL: none): registered all the same (Art. 31), asked for by a supplement (Art. 30).
        u"ALTER TABLE cases ADD COLUMN missing_elements TEXT"_s,
        // Co-applicants: the one named to act for all (代表人), to whom notices are addressed.
        u"ALTER TABLE case_applicants ADD COLUMN representative INTEGER NOT NULL DEFAULT 0 "
        u"CHECK (representative IN (0, 1))"_s,
        // An authorised agent (委托代理人), at most one per application. The 委托书 is an
        // attachment of kind 'authorisation'.
        uR"(CREATE TABLE case_agents (
            case_id   INTEGER PRIMARY KEY REFERENCES cases (id),
            name      TEXT NOT NULL,
            id_type   TEXT NOT NULL,
            id_number TEXT,
            phone     TEXT,
            email     TEXT,
            address   TEXT,
            postcode  TEXT))"_s,
        // Two more kinds of attachment: the 委托书 and the evidence of a correction request
        // (Art. 41). SQLite cannot change a CHECK constraint in place: the table is rebuilt with
        // its rows, index and triggers (nothing refers to it; dropping it fires no trigger).
        uR"(CREATE TABLE attachments_v13 (
            id        INTEGER PRIMARY KEY,
            case_id   INTEGER NOT NULL REFERENCES cases (id),
            kind      TEXT NOT NULL CHECK (kind IN ('application', 'reply', 'authorisation', 'evidence', 'other')),
            file_name TEXT NOT NULL,
            sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
            size      INTEGER NOT NULL CHECK (size > 0),
            added_by  TEXT NOT NULL,
            added_at  TEXT NOT NULL))"_s,
        uR"(INSERT INTO attachments_v13 (id, case_id, kind, file_name, sha256, size, added_by, added_at)
            SELECT id, case_id, kind, file_name, sha256, size, added_by, added_at FROM attachments)"_s,
        u"DROP TABLE attachments"_s,
        u"ALTER TABLE attachments_v13 RENAME TO attachments"_s,
        u"CREATE INDEX attachments_case ON attachments (case_id)"_s,
        uR"(CREATE TRIGGER attachments_append_only_update BEFORE UPDATE ON attachments
            BEGIN SELECT RAISE(ABORT, 'attachments is append-only'); END)"_s,
        uR"(CREATE TRIGGER attachments_append_only_delete BEFORE DELETE ON attachments
            BEGIN SELECT RAISE(ABORT, 'attachments is append-only'); END)"_s,
        u"DROP VIEW case_list"_s,
        // A correction request has no statutory period (reply_clock 'no_period') and no
        // annual-report outcome: the list shows its decision instead.
        uR"(CREATE VIEW case_list AS
            SELECT c.id, c.case_number, a.name AS applicant_name, a.kind AS applicant_kind,
                   a.org_type AS applicant_org_type, c.channel, c.description, c.receipt_date,
                   c.state, c.outcome, c.department, c.clerk,
                   CASE WHEN c.kind = 'correction' THEN 'no_period' ELSE coalesce(d.clock, 'unknown') END
                       AS reply_clock,
                   d.due_date AS reply_due, d.paused_until AS reply_paused_until, c.missing_elements,
                   c.kind AS kind,
                   CASE WHEN c.kind = 'correction' THEN
                       (SELECT e.action FROM case_events e WHERE e.case_id = c.id
                          AND e.action IN ('correct', 'refer', 'redirect', 'refuse_correction')
                        ORDER BY e.seq DESC LIMIT 1) END AS correction_decision
            FROM cases c
            JOIN case_applicants ca ON ca.case_id = c.id AND ca.position = 0
            JOIN applicants a ON a.id = ca.applicant_id
            LEFT JOIN reply_deadlines d ON d.case_id = c.id)"_s,
    };

    // Version 14: the audit chain sealed with the office key (issue 18). Each row's mac is the
    // HMAC-SHA-256 of its hash under a key kept outside the register: whoever edits the file
    // can recompute SHA-256 hashes, not these.
    const QStringList kVersion14 = {
        u"ALTER TABLE audit_log ADD COLUMN mac TEXT"_s,
    };

    struct Step
    {
        QStringList statements;
        std::optional<SchemaFill> fill = std::nullopt; // data the statements cannot compute
    };

    // Function-local, so that a fill set from another file's static initialiser finds it built.
    std::map<SchemaFill, SchemaFillFunction>& fills()
    {
        static std::map<SchemaFill, SchemaFillFunction> functions;
        return functions;
    }

    // Each entry brings the schema from version (index) to version (index + 1).
    const std::vector<Step>& ladder()
    {
        static const std::vector<Step> steps = { { kVersion1 }, { kVersion2 }, { kVersion3 },
            { kVersion4, SchemaFill::ReplyDeadlines }, { kVersion5, SchemaFill::GramIndex }, { kVersion6 }, { kVersion7 },
            { kVersion8 }, { kVersion9 }, { kVersion10 }, { kVersion11 }, { kVersion12 }, { kVersion13 },
            { kVersion14 } };
        return steps;
    }

} // namespace

int currentSchemaVersion() { return static_cast<int>(ladder().size()); }

void setSchemaFill(SchemaFill fill, SchemaFillFunction function) { fills()[fill] = function; }

void migrateSchema(const QSqlDatabase& db, int fromVersion, Progress* progress)
{
    for (int version = fromVersion; version < currentSchemaVersion(); ++version) {
        const Step& step = ladder()[static_cast<size_t>(version)];
        for (const QString& statement : step.statements)
            sql::run(db, statement);
        if (step.fill) {
            const auto function = fills().find(*step.fill);
            if (function == fills().end() || !function->second)
                throw Error(ErrorCode::Internal,
                    Tr::tr("This program cannot bring the register to schema version %1: it lacks the code that "
                           "fills that version's data.")
                        .arg(version + 1));
            function->second(db, progress);
        }
        // PRAGMA takes no bound values; the number is ours, not input.
        sql::run(db, u"PRAGMA user_version = %1"_s.arg(version + 1));
    }
}

} // namespace ogi
