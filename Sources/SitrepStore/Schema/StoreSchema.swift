import GRDB

/// The store's tables, created and upgraded by GRDB's `DatabaseMigrator` (each migration runs once, in
/// order, and is recorded in `grdb_migrations`).
///
/// - `batch`: one row per ingest that changed something (file, format, time, counts).
/// - `incident`: one row per (source, source id) — `id` is `source:sourceID`, `key` its integer key —
///   pointing at its current revision, with its deletion stamp when ACLED deleted it; since v2 also what
///   whole-store reads need without the revision: the current revision's `day` and `record`
///   (`AggregationRecord`), and `changed_at`, the latest change time of any of its revisions.
/// - `revision`: every distinct version of every incident ever ingested, all of `Incident`'s fields
///   (lists as JSON arrays), with `changed_at`: the source's revision stamp (ACLED `timestamp`), or the
///   ingest time for sources without one.
/// - `deletion`: every deletion applied (`event_id_cnty`, `deleted_timestamp` from ACLED's list).
/// - `quarantine`: rows that could not be used: file, line, column, value, reason.
/// - `name` (v2): the admin and actor names `incident.record` refers to by id.
///
/// Only the indexes lookups need exist: `incident(id)` (the upsert's lookup, the one index a bulk ingest
/// fills in random order), `revision(incident)` (history; integer keys that a bulk ingest appends in
/// order, as it does the rowids of both tables) and, since v2, the deleted incidents (a partial index,
/// empty until a deletions list is applied). The week's incidents and the changes since a day are found
/// by scanning `incident`'s `day` and `changed_at`: an index on either would be filled in random order by
/// every ingest.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: incidents, revisions, deletions, quarantine") { db in
            try db.execute(
                sql: """
                    CREATE TABLE batch (
                        id INTEGER PRIMARY KEY,
                        started_at INTEGER NOT NULL,
                        file TEXT NOT NULL,
                        format TEXT NOT NULL,
                        new_count INTEGER NOT NULL DEFAULT 0,
                        updated_count INTEGER NOT NULL DEFAULT 0,
                        older_count INTEGER NOT NULL DEFAULT 0,
                        quarantined_count INTEGER NOT NULL DEFAULT 0,
                        deleted_count INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE incident (
                        key INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        source TEXT NOT NULL,
                        source_id TEXT NOT NULL,
                        current INTEGER NOT NULL,
                        revision INTEGER,
                        digest INTEGER NOT NULL,
                        deleted_timestamp INTEGER
                    );
                    CREATE TABLE revision (
                        id INTEGER PRIMARY KEY,
                        incident INTEGER NOT NULL,
                        batch INTEGER NOT NULL,
                        revision INTEGER,
                        changed_at INTEGER NOT NULL,
                        digest INTEGER NOT NULL,
                        day INTEGER NOT NULL,
                        date_precision TEXT NOT NULL,
                        date_text TEXT,
                        location_name TEXT,
                        admin1 TEXT,
                        admin2 TEXT,
                        latitude REAL,
                        longitude REAL,
                        location_precision TEXT NOT NULL,
                        segment TEXT,
                        event_type INTEGER,
                        sub_event_type TEXT,
                        actors TEXT NOT NULL,
                        fatalities_low INTEGER,
                        fatalities_best INTEGER NOT NULL,
                        fatalities_high INTEGER,
                        fatalities_minimum INTEGER NOT NULL,
                        fatalities_state INTEGER,
                        fatalities_insurgent INTEGER,
                        fatalities_civilian INTEGER,
                        materiel TEXT NOT NULL,
                        tags TEXT NOT NULL,
                        reliability TEXT NOT NULL,
                        notes TEXT
                    );
                    CREATE INDEX revision_by_incident ON revision(incident);
                    CREATE TABLE deletion (
                        incident_id TEXT NOT NULL,
                        deleted_timestamp INTEGER NOT NULL,
                        batch INTEGER NOT NULL,
                        PRIMARY KEY (incident_id, deleted_timestamp)
                    ) WITHOUT ROWID;
                    CREATE TABLE quarantine (
                        id INTEGER PRIMARY KEY,
                        batch INTEGER NOT NULL,
                        file TEXT NOT NULL,
                        line INTEGER NOT NULL,
                        "column" TEXT NOT NULL,
                        value TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        UNIQUE (file, line, "column", value, reason)
                    );
                    """)
        }
        migrator.registerMigration("v2: aggregation columns on incident") { db in
            try db.execute(
                sql: """
                    ALTER TABLE incident ADD COLUMN day INTEGER;
                    ALTER TABLE incident ADD COLUMN changed_at INTEGER;
                    ALTER TABLE incident ADD COLUMN record BLOB;
                    CREATE TABLE name (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
                    CREATE INDEX incident_deleted ON incident(deleted_timestamp) WHERE deleted_timestamp IS NOT NULL;
                    """)
            try fillAggregationColumns(db)
        }
        return migrator
    }
}
