//! The office's villages and communities (村/社区).

use rusqlite::types::Value;

use super::write::{Table, text};
use super::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Village {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub active: bool,
}

/// The own office's villages in their order; `active_only` hides retired ones.
pub fn list(store: &Store, active_only: bool) -> Result<Vec<Village>> {
    let mut stmt = store
        .conn()
        .prepare_cached(
            "SELECT id, name, kind, active FROM villages
             WHERE office_code = ?1 AND voided_at IS NULL AND (active = 1 OR ?2 = 0)
             ORDER BY active DESC, sort, id",
        )
        .map_err(StoreError::sql("读取村（社区）"))?;
    let rows = stmt
        .query_map(rusqlite::params![store.office_code(), active_only], |r| {
            Ok(Village {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                active: r.get(3)?,
            })
        })
        .map_err(StoreError::sql("读取村（社区）"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("读取村（社区）"))
}

fn name_taken(store: &Store, name: &str, except: i64) -> Result<bool> {
    store
        .conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM villages
                            WHERE office_code = ?1 AND name = ?2 AND id <> ?3)",
            rusqlite::params![store.office_code(), name, except],
            |r| r.get(0),
        )
        .map_err(StoreError::sql("读取村（社区）"))
}

/// Adds a village; None when the name is already on the list.
pub fn add(store: &mut Store, name: &str, kind: &str) -> Result<Option<i64>> {
    if name_taken(store, name, 0)? {
        return Ok(None);
    }
    let sort: i64 = store
        .conn()
        .query_row(
            "SELECT coalesce(max(sort), 0) + 1 FROM villages WHERE office_code = ?1",
            [store.office_code()],
            |r| r.get(0),
        )
        .map_err(StoreError::sql("读取村（社区）"))?;
    store
        .write(|tx| {
            tx.insert(
                Table::Villages,
                &[
                    ("name", text(name)),
                    ("kind", text(kind)),
                    ("sort", Value::Integer(sort)),
                ],
            )
        })
        .map(|i| Some(i.id))
}

/// Renames or retires a village; false when the new name belongs to another village.
pub fn update(store: &mut Store, id: i64, name: &str, kind: &str, active: bool) -> Result<bool> {
    if name_taken(store, name, id)? {
        return Ok(false);
    }
    store.write(|tx| {
        tx.update(
            Table::Villages,
            id,
            &[
                ("name", text(name)),
                ("kind", text(kind)),
                ("active", Value::Integer(i64::from(active))),
            ],
        )
    })?;
    Ok(true)
}
