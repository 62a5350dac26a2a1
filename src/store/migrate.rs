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
    // 3: people's mediation (纠纷受理), and the 发现渠道 code list.
    concat!(
        include_str!("migrations/003_disputes.sql"),
        "INSERT INTO codes (uid, office_code, list, code, label, sort,
                            created_at, created_by, updated_at, updated_by)
         SELECT 'seed-dispute_found_via-' || c, '', 'dispute_found_via', c, l, o,
                '2026-01-01T00:00:00+08:00', 'schema', '2026-01-01T00:00:00+08:00', 'schema'
         FROM (SELECT 'grid' c, '网格' l, 1 o UNION ALL SELECT 'park', '园区', 2
               UNION ALL SELECT 'trade', '行业', 3 UNION ALL SELECT 'school', '学校', 4
               UNION ALL SELECT 'hospital', '医院', 5 UNION ALL SELECT 'petition', '信访', 6);"
    ),
    // 4: indexes of the long lists' keyset pages and the person registry's counts.
    include_str!("migrations/004_list_indexes.sql"),
    // 5: community corrections (社区矫正).
    include_str!("migrations/005_corrections.sql"),
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

    /// The rows schema.sql seeds for the 发现渠道 list (migration 3 inserts the same).
    const FOUND_VIA_SEED: &str = "
  ('dispute_found_via', 'grid', '网格', 1), ('dispute_found_via', 'park', '园区', 2),
  ('dispute_found_via', 'trade', '行业', 3), ('dispute_found_via', 'school', '学校', 4),
  ('dispute_found_via', 'hospital', '医院', 5), ('dispute_found_via', 'petition', '信访', 6),";

    #[test]
    fn a_version_1_file_is_migrated_to_the_same_schema_as_a_new_one() {
        // Version 1 is schema.sql without what later migrations add.
        let v1 = SCHEMA
            .replace(include_str!("migrations/002_service_ledger.sql"), "")
            .replace(include_str!("migrations/003_disputes.sql"), "")
            .replace(include_str!("migrations/004_list_indexes.sql"), "")
            .replace(include_str!("migrations/005_corrections.sql"), "")
            .replace(FOUND_VIA_SEED, "");
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
        let codes = |c: &Connection| -> Vec<String> {
            c.prepare("SELECT uid || label FROM codes ORDER BY uid")
                .unwrap()
                .query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(|r| r.unwrap())
                .collect()
        };
        assert_eq!(codes(&old), codes(&new));
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
