//! The one person registry that every module shares.
//!
//! Search keys (full pinyin and initials) are computed from the name when it is written, so a
//! search is an index range scan, never a computation per row.

use crate::domain::module::Module;
use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row};

use super::keyset::{self, Cursor, Keyset};
pub use super::person_search::{match_condition, search};
use super::write::{Inserted, Table, Tx, opt_text, text};
use super::{Result, Store, StoreError};
use crate::domain::dates::format_date;
use crate::domain::person::ValidPerson;
use crate::domain::pinyin::name_keys;

/// One line of a list or of the picker's matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    pub id: i64,
    pub name: String,
    pub id_number: Option<String>,
    pub gender: Option<String>,
    pub phone: Option<String>,
    pub village: Option<String>,
}

/// A person's records in the modules (the 其他模块 column), from [`roles`]: how many live
/// records of each module, in the registry's order; modules with none are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles(pub Vec<(Module, i64)>);

impl Roles {
    /// The count of one module (0 when none).
    pub fn of(&self, module: Module) -> i64 {
        self.0
            .iter()
            .find(|(m, _)| *m == module)
            .map_or(0, |(_, n)| *n)
    }
}

/// Per module, how its records count for a person: a grouped SELECT of (person_id, `{tag}`,
/// count) over the ids in `{ids}`. A module without person records has none.
fn person_counts(module: Module) -> Option<&'static str> {
    match module {
        Module::Ledger => Some(
            "SELECT person_id, {tag}, count(*) FROM service_entries
             WHERE person_id IN ({ids}) AND voided_at IS NULL GROUP BY person_id",
        ),
        Module::Disputes => Some(
            "SELECT dp.person_id, {tag}, count(DISTINCT dp.dispute_id)
             FROM dispute_parties dp JOIN disputes d ON d.id = dp.dispute_id
             WHERE dp.person_id IN ({ids}) AND dp.voided_at IS NULL AND d.voided_at IS NULL
             GROUP BY dp.person_id",
        ),
        Module::LegalLiterate | Module::Corrections | Module::Resettlement => None,
    }
}

/// The whole record, for its own screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub uid: String,
    pub name: String,
    pub id_number: Option<String>,
    pub gender: Option<String>,
    pub birth_date: Option<String>,
    pub ethnicity: String,
    pub phone: Option<String>,
    pub address: String,
    pub village_id: Option<i64>,
}

/// What saving a new person did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Created(i64),
    /// The ID number already belongs to this person: no duplicate was made.
    Existing(i64),
}

pub(super) const ROW_COLS: &str = "p.id, p.name, p.id_number, p.gender, p.phone, v.name";
pub(super) const FROM: &str = "persons p LEFT JOIN villages v ON v.id = p.village_id";

fn row(r: &Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        id: r.get(0)?,
        name: r.get(1)?,
        id_number: r.get(2)?,
        gender: r.get(3)?,
        phone: r.get(4)?,
        village: r.get(5)?,
    })
}

fn values(p: &ValidPerson, village_id: Option<i64>) -> Vec<(&'static str, Value)> {
    let keys = name_keys(&p.name);
    vec![
        ("name", text(&p.name)),
        ("name_pinyin", Value::Text(keys.full)),
        ("name_initials", Value::Text(keys.initials)),
        (
            "id_number",
            p.id_number
                .as_ref()
                .map_or(Value::Null, |i| text(i.as_str())),
        ),
        ("gender", p.gender.map_or(Value::Null, |g| text(g.label()))),
        (
            "birth_date",
            p.birth_date
                .map_or(Value::Null, |d| Value::Text(format_date(d))),
        ),
        ("ethnicity", text(&p.ethnicity)),
        ("phone", p.phone.as_deref().map_or(Value::Null, opt_text)),
        ("address", text(&p.address)),
        ("village_id", village_id.map_or(Value::Null, Value::Integer)),
    ]
}

/// Inserts a new person of `office_code` inside an open write transaction, for bulk writers
/// (the demo generator). It does not look for an existing ID number: the caller makes sure the
/// numbers are new.
pub(crate) fn insert_in(
    tx: &Tx<'_>,
    p: &ValidPerson,
    village_id: Option<i64>,
    office_code: &str,
) -> Result<Inserted> {
    let mut values = values(p, village_id);
    values.push(("office_code", text(office_code)));
    tx.insert(Table::Persons, &values)
}

/// The live person holding this ID number, if any.
pub fn by_id_number(store: &Store, id_number: &str) -> Result<Option<i64>> {
    store
        .conn()
        .query_row(
            "SELECT id FROM persons WHERE id_number = ?1 AND voided_at IS NULL",
            [id_number.to_ascii_uppercase()],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::sql("查找身份证号"))
}

/// Saves a new person, or returns the existing one with the same ID number.
pub fn create(store: &mut Store, p: &ValidPerson, village_id: Option<i64>) -> Result<Saved> {
    if let Some(id) = p.id_number.as_ref()
        && let Some(existing) = by_id_number(store, id.as_str())?
    {
        return Ok(Saved::Existing(existing));
    }
    let values = values(p, village_id);
    store
        .write(|tx| tx.insert(Table::Persons, &values))
        .map(|i| Saved::Created(i.id))
}

/// Saves changes to a person. An ID number that belongs to someone else is refused.
pub fn update(store: &mut Store, id: i64, p: &ValidPerson, village_id: Option<i64>) -> Result<()> {
    if let Some(number) = p.id_number.as_ref()
        && let Some(existing) = by_id_number(store, number.as_str())?.filter(|e| *e != id)
    {
        return Err(StoreError::DuplicateIdNumber {
            existing_id: existing,
        });
    }
    let values = values(p, village_id);
    store.write(|tx| tx.update(Table::Persons, id, &values))
}

pub fn void(store: &mut Store, id: i64, reason: &str) -> Result<()> {
    store.write(|tx| tx.void(Table::Persons, id, reason))
}

pub fn get(store: &Store, id: i64) -> Result<Person> {
    store
        .conn()
        .query_row(
            "SELECT id, uid, name, id_number, gender, birth_date, ethnicity, phone, address,
                    village_id
             FROM persons WHERE id = ?1 AND voided_at IS NULL",
            [id],
            |r| {
                Ok(Person {
                    id: r.get(0)?,
                    uid: r.get(1)?,
                    name: r.get(2)?,
                    id_number: r.get(3)?,
                    gender: r.get(4)?,
                    birth_date: r.get(5)?,
                    ethnicity: r.get(6)?,
                    phone: r.get(7)?,
                    address: r.get(8)?,
                    village_id: r.get(9)?,
                })
            },
        )
        .optional()
        .map_err(StoreError::sql("读取人员"))?
        .ok_or(StoreError::NotFound)
}

/// `%` and `_` typed by a person are literal characters in a LIKE pattern.
pub(crate) fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// How many live persons of the office have exactly this name (the same-name question).
pub fn count_named(store: &Store, name: &str) -> Result<i64> {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM persons
             WHERE office_code = ?1 AND name = ?2 AND voided_at IS NULL",
            rusqlite::params![store.office_code(), name.trim()],
            |r| r.get(0),
        )
        .map_err(StoreError::sql("查找人员"))
}

/// One page of the registry, newest first (by id), at `cursor`: a search of
/// `persons_office` bounded by the cursor, however deep.
pub fn page(store: &Store, cursor: Cursor, limit: usize) -> Result<Vec<PersonRow>> {
    let (sql, params) = page_query(store, cursor, limit)?;
    Ok(keyset::in_order(cursor, query_rows(store, &sql, &params)?))
}

/// The statement of [`page`] and its parameters (for the query-plan tests and benches).
pub fn page_query(store: &Store, cursor: Cursor, limit: usize) -> Result<(String, Vec<Value>)> {
    let keys = Keyset {
        key: None,
        id: "p.id",
        key_of: "",
        lower: None,
        upper: None,
    };
    let (bounds, bound_params) = keys.clause(store, cursor)?;
    let mut params = vec![text(store.office_code())];
    params.extend(bound_params);
    params.push(Value::Integer(limit as i64));
    let sql = format!(
        "SELECT {ROW_COLS} FROM {FROM}
         WHERE p.office_code = ? AND p.voided_at IS NULL{bounds} LIMIT ?"
    );
    Ok((sql, params))
}

/// The records in the modules of each of `ids` (a page of a list, the picker's matches):
/// grouped counts over those ids alone, by the person indexes of the ledger and of the
/// dispute parties. A person with no records has no entry.
pub fn roles(store: &Store, ids: &[i64]) -> Result<HashMap<i64, Roles>> {
    let mut found: HashMap<i64, Roles> = HashMap::new();
    if ids.is_empty() || !Module::ALL.iter().any(|m| person_counts(*m).is_some()) {
        return Ok(found);
    }
    let sql = roles_query(ids.len());
    let mut stmt = store
        .conn()
        .prepare_cached(&sql)
        .map_err(StoreError::sql("统计人员记录"))?;
    let params = ids.iter();
    let rows = stmt
        .query_map(rusqlite::params_from_iter(params), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })
        .map_err(StoreError::sql("统计人员记录"))?;
    for row in rows {
        let (id, module, n) = row.map_err(StoreError::sql("统计人员记录"))?;
        if let Some(module) = Module::ALL.get(module as usize) {
            found.entry(id).or_default().0.push((*module, n));
        }
    }
    for roles in found.values_mut() {
        roles.0.sort();
    }
    Ok(found)
}

/// The statement of [`roles`] for `n` ids: each module's count, tagged with its index in the
/// registry; the ids are bound once as ?1…?n and every module's query reuses them.
pub(crate) fn roles_query(n: usize) -> String {
    let marks = (1..=n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(",");
    Module::ALL
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            person_counts(*m).map(|sql| {
                sql.replace("{ids}", &marks)
                    .replace("{tag}", &i.to_string())
            })
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// How many live persons the own office has.
pub fn count(store: &Store) -> Result<i64> {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM persons WHERE office_code = ?1 AND voided_at IS NULL",
            [store.office_code()],
            |r| r.get(0),
        )
        .map_err(StoreError::sql("统计人员"))
}

pub(super) fn query_rows(store: &Store, sql: &str, params: &[Value]) -> Result<Vec<PersonRow>> {
    let mut stmt = store
        .conn()
        .prepare_cached(sql)
        .map_err(StoreError::sql("查找人员"))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(params.iter()), row)
        .map_err(StoreError::sql("查找人员"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("查找人员"))
}
