//! Operators: the staff at the desk.

use rusqlite::types::Value;

use super::write::{Table, text};
use super::{Result, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operator {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub active: bool,
}

/// The own office's operators, active first, then by name. `active_only` hides retired ones.
pub fn list(store: &Store, active_only: bool) -> Result<Vec<Operator>> {
    let mut stmt = store
        .conn()
        .prepare_cached(
            "SELECT id, name, role, active FROM operators
             WHERE office_code = ?1 AND voided_at IS NULL AND (active = 1 OR ?2 = 0)
             ORDER BY active DESC, id",
        )
        .map_err(StoreError::sql("读取操作员"))?;
    let rows = stmt
        .query_map(rusqlite::params![store.office_code(), active_only], |r| {
            Ok(Operator {
                id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                active: r.get(3)?,
            })
        })
        .map_err(StoreError::sql("读取操作员"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("读取操作员"))
}

pub fn add(store: &mut Store, name: &str, role: &str) -> Result<i64> {
    store
        .write(|tx| {
            tx.insert(
                Table::Operators,
                &[("name", text(name)), ("role", text(role))],
            )
        })
        .map(|i| i.id)
}

pub fn update(store: &mut Store, id: i64, name: &str, role: &str, active: bool) -> Result<()> {
    store.write(|tx| {
        tx.update(
            Table::Operators,
            id,
            &[
                ("name", text(name)),
                ("role", text(role)),
                ("active", Value::Integer(i64::from(active))),
            ],
        )
    })
}
