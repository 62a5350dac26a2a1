//! Offices (司法所): the own office of this file, set up once, and its details.

use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::write::{Table, text};
use super::{Result, Store, StoreError, settings};
use crate::domain::office::ValidOffice;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub county: String,
    pub population: i64,
}

fn office_by_code(store: &Store, code: &str) -> Result<Option<Office>> {
    store
        .conn()
        .query_row(
            "SELECT id, office_code, name, county, population FROM offices
             WHERE office_code = ?1 AND voided_at IS NULL",
            [code],
            |r| {
                Ok(Office {
                    id: r.get(0)?,
                    code: r.get(1)?,
                    name: r.get(2)?,
                    county: r.get(3)?,
                    population: r.get(4)?,
                })
            },
        )
        .optional()
        .map_err(StoreError::sql("读取司法所信息"))
}

/// This file's own office, or None before setup.
pub fn own(store: &Store) -> Result<Option<Office>> {
    if !store.is_set_up() {
        return Ok(None);
    }
    office_by_code(store, store.office_code())
}

/// Any office in the file by its code (a county file holds several).
pub fn by_code(store: &Store, code: &str) -> Result<Option<Office>> {
    office_by_code(store, code)
}

/// What setting up did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setup {
    Done,
    AlreadySetUp(Office),
}

/// Sets up the own office and its first operator (an administrator), in one transaction.
/// A file that is already set up is left unchanged.
pub fn setup(store: &mut Store, office: &ValidOffice, operator: &str) -> Result<Setup> {
    if let Some(existing) = own(store)? {
        return Ok(Setup::AlreadySetUp(existing));
    }
    store.set_operator(operator);
    // The audit rows of setup belong to the office being set up.
    store.set_office_code(&office.code);
    let written = store.write(|tx| {
        let code = Value::Text(office.code.clone());
        tx.insert(
            Table::Offices,
            &[
                ("office_code", code.clone()),
                ("name", text(&office.name)),
                ("county", text(&office.county)),
                ("population", Value::Integer(office.population)),
            ],
        )?;
        tx.insert(
            Table::Operators,
            &[
                ("office_code", code),
                ("name", text(operator)),
                ("role", text("admin")),
            ],
        )?;
        tx.set_setting(settings::OFFICE_CODE, &office.code)
    });
    // On failure this restores the empty code: the file is still not set up.
    store.reload_office_code()?;
    written.map(|()| Setup::Done)
}

/// Changes the own office's name, county and population (the code stays: records carry it).
pub fn update_own(store: &mut Store, office: &ValidOffice) -> Result<()> {
    let current = own(store)?.ok_or(StoreError::NotFound)?;
    store.write(|tx| {
        tx.update(
            Table::Offices,
            current.id,
            &[
                ("name", text(&office.name)),
                ("county", text(&office.county)),
                ("population", Value::Integer(office.population)),
            ],
        )
    })
}
