//! The schema and its numbered migrations, applied by `PRAGMA user_version`.
//!
//! A new file gets `schema.sql` (the whole current schema) and the latest version at once. An
//! older file gets each migration after its version, in order, each in its own transaction.
//! To change the schema: edit schema.sql *and* append the same change to [`MIGRATIONS`].

use rusqlite::Connection;

use super::{Result, StoreError};

/// 'SIFA' in ASCII: marks a file as ours in the SQLite header.
pub const APPLICATION_ID: i64 = 0x5346_4441;

const SCHEMA: &str = include_str!("../../schema.sql");

/// Migration N+1 turns version N into N+1 (the first entry turns 1 into 2).
const MIGRATIONS: &[&str] = &[
    // 2: the service ledger (服务台账).
    include_str!("migrations/002_service_ledger.sql"),
];

/// The schema version this program writes and understands.
pub const SCHEMA_VERSION: i64 = 1 + MIGRATIONS.len() as i64;

pub(super) fn current_version(conn: &Connection) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(StoreError::sql("读取数据库版本"))
}

pub(super) fn migrate(conn: &Connection) -> Result<()> {
    let version = current_version(conn)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerVersion {
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        let sql = format!(
            "BEGIN IMMEDIATE; {SCHEMA}
             PRAGMA application_id = {APPLICATION_ID};
             PRAGMA user_version = {SCHEMA_VERSION};
             COMMIT;"
        );
        return run_batch(conn, &sql, "建立数据库结构");
    }
    for (index, step) in MIGRATIONS.iter().enumerate() {
        let target = index as i64 + 2;
        if version < target {
            let sql = format!("BEGIN IMMEDIATE; {step} PRAGMA user_version = {target}; COMMIT;");
            run_batch(conn, &sql, "升级数据库结构")?;
        }
    }
    Ok(())
}

fn run_batch(conn: &Connection, sql: &str, doing: &'static str) -> Result<()> {
    conn.execute_batch(sql).map_err(|e| {
        // Leave no half-applied step behind; a failed ROLLBACK means nothing was begun.
        let _ = conn.execute_batch("ROLLBACK");
        StoreError::from_busy(doing)(e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_database_gets_current_version_and_seeded_codes() {
        let conn = Connection::open_in_memory().unwrap();
        migrate(&conn).unwrap();
        assert_eq!(current_version(&conn).unwrap(), SCHEMA_VERSION);
        let app: i64 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(app, APPLICATION_ID);
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM codes WHERE list = 'dispute_type'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 16);
        // Running again changes nothing.
        migrate(&conn).unwrap();
        assert_eq!(current_version(&conn).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_version_1_file_is_migrated_to_the_same_schema_as_a_new_one() {
        // Version 1 is schema.sql without the tables added by later migrations.
        let v1 = SCHEMA.replace(include_str!("migrations/002_service_ledger.sql"), "");
        assert_ne!(
            v1, SCHEMA,
            "the migration text must appear verbatim in schema.sql"
        );
        let old = Connection::open_in_memory().unwrap();
        old.execute_batch(&format!(
            "{v1} PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;"
        ))
        .unwrap();
        migrate(&old).unwrap();
        let new = Connection::open_in_memory().unwrap();
        migrate(&new).unwrap();
        let schema = |c: &Connection| -> Vec<String> {
            c.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")
                .unwrap()
                .query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(|r| r.unwrap())
                .collect()
        };
        assert_eq!(schema(&old), schema(&new));
        assert_eq!(current_version(&old).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn newer_version_is_refused() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
        assert!(matches!(
            migrate(&conn),
            Err(StoreError::NewerVersion { found: 99, .. })
        ));
    }
}
