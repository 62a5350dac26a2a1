//! The read-only window on the database, for tests, benchmarks and tools that must look at the
//! rows as they are stored (a test asserting what a save wrote, a benchmark finding its data).
//!
//! Every statement is prepared first and asked whether it could change the file (SQLite's own
//! `sqlite3_stmt_readonly`, through [`rusqlite::Statement::readonly`]) and whether it returns
//! rows at all; a statement that could write, or that returns no rows (`BEGIN`, `ATTACH` …), is
//! refused with [`StoreError::NotAQuery`] before it runs, and so is any `PRAGMA` statement
//! before it is even prepared (read pragmas as `SELECT * FROM pragma_journal_mode`). Nothing
//! here can change a byte of the file or a setting of the connection.
//!
//! The program itself does not use this window: its screens and printouts call the query
//! functions of their module (`store::ledger`, `store::disputes` …), and every change goes
//! through [`Store::write`].

use rusqlite::types::FromSql;
use rusqlite::{Params, Row, Statement};

use super::{Result, Store, StoreError};

const DOING: &str = "只读查询";

/// The one row `sql` returns, mapped by `f`; [`StoreError::NotFound`] when it returns none.
pub fn row<T>(
    store: &Store,
    sql: &str,
    params: impl Params,
    f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    let mut stmt = query(store, sql)?;
    let mut rows = stmt.query(params).map_err(StoreError::sql(DOING))?;
    match rows.next().map_err(StoreError::sql(DOING))? {
        Some(row) => f(row).map_err(StoreError::sql(DOING)),
        None => Err(StoreError::NotFound),
    }
}

/// Every row `sql` returns, mapped by `f`, in the order SQLite returns them.
pub fn rows<T>(
    store: &Store,
    sql: &str,
    params: impl Params,
    mut f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = query(store, sql)?;
    let mut rows = stmt.query(params).map_err(StoreError::sql(DOING))?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(StoreError::sql(DOING))? {
        out.push(f(row).map_err(StoreError::sql(DOING))?);
    }
    Ok(out)
}

/// The first column of the one row `sql` returns.
pub fn value<T: FromSql>(store: &Store, sql: &str, params: impl Params) -> Result<T> {
    row(store, sql, params, |r| r.get(0))
}

/// The first column of every row `sql` returns.
pub fn column<T: FromSql>(store: &Store, sql: &str, params: impl Params) -> Result<Vec<T>> {
    rows(store, sql, params, |r| r.get(0))
}

/// A number the query computes: `SELECT count(*) …`, `SELECT sum(…) …`.
pub fn count(store: &Store, sql: &str, params: impl Params) -> Result<i64> {
    value(store, sql, params)
}

/// The statement, prepared only if it reads. Prepared afresh each time, as a plain client
/// would: kept out of the connection's statement cache, which belongs to the store's own
/// queries.
fn query<'s>(store: &'s Store, sql: &str) -> Result<Statement<'s>> {
    // SQLite carries out many pragmas (`foreign_keys = OFF`, `ignore_check_constraints = ON` …)
    // while it prepares them, before anyone can ask whether they write: refuse the word
    // outright. Pragmas are read as table-valued functions (`SELECT * FROM pragma_user_version`),
    // which cannot set anything.
    if names_a_pragma(sql) {
        return Err(StoreError::NotAQuery);
    }
    let stmt = store.conn().prepare(sql).map_err(StoreError::sql(DOING))?;
    if stmt.readonly() && stmt.column_count() > 0 {
        Ok(stmt)
    } else {
        Err(StoreError::NotAQuery)
    }
}

/// Whether `sql` has the keyword PRAGMA anywhere (even inside a literal: a refusal too many is
/// harmless here).
fn names_a_pragma(sql: &str) -> bool {
    sql.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|word| word.eq_ignore_ascii_case("pragma"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_a_person() -> Store {
        let mut store = Store::open_in_memory().expect("a store");
        store
            .write(|tx| {
                tx.insert(
                    crate::store::write::Table::Persons,
                    &[("name", crate::store::write::text("张三"))],
                )
            })
            .expect("a person");
        store
    }

    #[test]
    fn reads_counts_values_columns_and_rows() {
        let store = store_with_a_person();
        let persons = "SELECT count(*) FROM persons WHERE name = ?1";
        assert_eq!(count(&store, persons, ["张三"]).expect("a count"), 1);
        assert_eq!(count(&store, persons, ["李四"]).expect("a count"), 0);
        let name: String = value(&store, "SELECT name FROM persons", []).expect("a name");
        assert_eq!(name, "张三");
        let tables: Vec<String> = column(
            &store,
            "SELECT table_name FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
        )
        .expect("a column");
        assert_eq!(tables, ["persons"]);
        let (action, uid): (String, String) = row(
            &store,
            "SELECT action, row_uid FROM audit_log WHERE table_name = ?1",
            ["persons"],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the audit row");
        assert_eq!(action, "insert");
        assert_eq!(uid.len(), 36);
        let modes = rows(&store, "SELECT * FROM pragma_journal_mode", [], |r| {
            r.get::<_, String>(0)
        })
        .expect("the journal mode");
        assert_eq!(modes.len(), 1);
        assert!(matches!(
            row(&store, "SELECT 1 FROM persons WHERE 0", [], |r| r
                .get::<_, i64>(0)),
            Err(StoreError::NotFound)
        ));
    }

    #[test]
    fn a_statement_that_could_write_is_refused_and_does_not_run() {
        let mut store = store_with_a_person();
        // Settings that SQLite changes while merely preparing a pragma.
        let flags =
            "SELECT (SELECT * FROM pragma_foreign_keys) || (SELECT * FROM pragma_writable_schema)
                        || (SELECT * FROM pragma_ignore_check_constraints)";
        let flags_before: String = value(&store, flags, []).expect("the connection's flags");
        for sql in [
            "DELETE FROM persons",
            "DELETE FROM persons RETURNING id",
            "UPDATE persons SET name = '李四'",
            "INSERT INTO settings (key, value) VALUES ('x', 'y')",
            "CREATE TABLE scratch (x)",
            "PRAGMA user_version = 99",
            "PRAGMA journal_mode = DELETE",
            "PRAGMA foreign_keys = OFF",
            "pragma ignore_check_constraints = on",
            "/* a comment */ PRAGMA\twritable_schema = ON",
            "EXPLAIN PRAGMA foreign_keys = OFF",
            "PRAGMA synchronous",
            "EXPLAIN QUERY PLAN DELETE FROM persons",
            "BEGIN",
            "ATTACH ':memory:' AS other",
        ] {
            let refused = count(&store, sql, []);
            assert!(
                matches!(refused, Err(StoreError::NotAQuery)),
                "{sql}: {refused:?}"
            );
        }
        // A second statement after a query is not run either.
        assert!(
            rows(&store, "SELECT 1; DELETE FROM persons", [], |r| r
                .get::<_, i64>(0))
            .is_err()
        );
        assert_eq!(
            StoreError::NotAQuery.to_string(),
            crate::strings::ERR_NOT_A_QUERY
        );

        assert_eq!(
            count(&store, "SELECT count(*) FROM persons", []).ok(),
            Some(1)
        );
        let unchanged = "SELECT count(*) FROM persons WHERE name = '张三'";
        assert_eq!(count(&store, unchanged, []).ok(), Some(1));
        assert_eq!(
            value::<i64>(&store, "SELECT * FROM pragma_user_version", []).ok(),
            Some(crate::store::SCHEMA_VERSION)
        );
        assert_eq!(
            count(
                &store,
                "SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'",
                []
            )
            .ok(),
            Some(0)
        );
        assert_eq!(value::<String>(&store, flags, []).ok(), Some(flags_before));
        // No transaction was left open: the write path still works.
        store
            .write(|tx| tx.set_setting("theme", "ascii"))
            .expect("a write after the refusals");
    }
}
