//! Code lists (dispute types, channels, services …): seeded rows plus the office's own entries.
//! An entry is retired, never deleted, so records that use it keep their meaning.

use rusqlite::types::Value;

use super::write::{Table, Tx, text};
use super::{Result, Store, StoreError};
use crate::domain::module::CodeList;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub id: i64,
    pub code: String,
    pub label: String,
    pub retired: bool,
    /// Added by this office (not seeded).
    pub local: bool,
}

/// The entries of one list in order; `active_only` hides retired ones.
pub fn list(store: &Store, list: CodeList, active_only: bool) -> Result<Vec<Code>> {
    let mut stmt = store
        .conn()
        .prepare_cached(
            "SELECT id, code, label, retired, office_code <> '' FROM codes
             WHERE list = ?1 AND voided_at IS NULL AND (retired = 0 OR ?2 = 0)
             ORDER BY retired, sort, id",
        )
        .map_err(StoreError::sql("读取代码表"))?;
    let rows = stmt
        .query_map(rusqlite::params![list.key(), active_only], |r| {
            Ok(Code {
                id: r.get(0)?,
                code: r.get(1)?,
                label: r.get(2)?,
                retired: r.get(3)?,
                local: r.get(4)?,
            })
        })
        .map_err(StoreError::sql("读取代码表"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("读取代码表"))
}

/// Adds a local entry at the end of a list; None when the label is already there.
pub fn add_local(store: &mut Store, list: CodeList, label: &str) -> Result<Option<i64>> {
    let (exists, next_sort, next_local): (bool, i64, i64) = store
        .conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM codes WHERE list = ?1 AND label = ?2),
                    coalesce(max(sort), 0) + 1,
                    (SELECT count(*) FROM codes WHERE list = ?1 AND office_code <> '') + 1
             FROM codes WHERE list = ?1",
            [list.key(), label],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(StoreError::sql("读取代码表"))?;
    if exists {
        return Ok(None);
    }
    let code = format!("{}-L{next_local}", store.office_code());
    store
        .write(|tx| {
            tx.insert(
                Table::Codes,
                &[
                    ("list", text(list.key())),
                    ("code", Value::Text(code)),
                    ("label", text(label)),
                    ("sort", Value::Integer(next_sort)),
                ],
            )
        })
        .map(|i| Some(i.id))
}

/// Retires an entry (or brings it back).
pub fn set_retired(store: &mut Store, id: i64, retired: bool) -> Result<()> {
    store.write(|tx| {
        tx.update(
            Table::Codes,
            id,
            &[("retired", Value::Integer(i64::from(retired)))],
        )
    })
}

/// Whether the office added entries of its own to any list (inside a write transaction: the
/// demo refuses such a file).
pub fn any_local(tx: &Tx<'_>) -> Result<bool> {
    tx.conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM codes WHERE office_code <> '')",
            [],
            |r| r.get(0),
        )
        .map_err(StoreError::sql("读取代码表"))
}

/// Renames a local entry of `list` (the records that use it keep its code). Err(false) when
/// another entry of the list already has the label; Err(true) for a national entry, which
/// cannot be renamed.
pub fn rename_local(
    store: &mut Store,
    list: CodeList,
    id: i64,
    label: &str,
) -> Result<std::result::Result<(), bool>> {
    let (taken, local): (bool, bool) = store
        .conn()
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM codes WHERE list = ?1 AND label = ?2 AND id <> ?3),
                    (SELECT office_code <> '' FROM codes WHERE id = ?3)",
            rusqlite::params![list.key(), label, id],
            |r| Ok((r.get(0)?, r.get::<_, Option<bool>>(1)?.unwrap_or(false))),
        )
        .map_err(StoreError::sql("读取代码表"))?;
    if !local {
        return Ok(Err(true));
    }
    if taken {
        return Ok(Err(false));
    }
    store.write(|tx| tx.update(Table::Codes, id, &[("label", text(label))]))?;
    Ok(Ok(()))
}
