//! The one write path. Every insert, update and void of a record, and every change of a
//! setting, goes through [`Tx`], which writes the audit row (when, who, what table and uid,
//! before and after as JSON) in the same transaction as the change.

use rusqlite::types::{Value, ValueRef};
use rusqlite::{Transaction, params_from_iter};
use serde_json::{Map, Value as Json};
use uuid::Uuid;

use super::{Result, StoreError};

/// The record tables. Table and column names in SQL come only from code, never from input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Offices,
    Operators,
    Villages,
    Codes,
    Persons,
    ServiceEntries,
    Disputes,
    DisputeParties,
    DisputeEvents,
    Corrections,
    CorrectionLevels,
    CorrectionCheckins,
    CorrectionMonths,
    CorrectionIncidents,
    CorrectionApprovals,
    CorrectionTags,
    CorrectionMedical,
}

impl Table {
    pub fn name(self) -> &'static str {
        match self {
            Table::Offices => "offices",
            Table::Operators => "operators",
            Table::Villages => "villages",
            Table::Codes => "codes",
            Table::Persons => "persons",
            Table::ServiceEntries => "service_entries",
            Table::Disputes => "disputes",
            Table::DisputeParties => "dispute_parties",
            Table::DisputeEvents => "dispute_events",
            Table::Corrections => "corrections",
            Table::CorrectionLevels => "correction_levels",
            Table::CorrectionCheckins => "correction_checkins",
            Table::CorrectionMonths => "correction_months",
            Table::CorrectionIncidents => "correction_incidents",
            Table::CorrectionApprovals => "correction_approvals",
            Table::CorrectionTags => "correction_tags",
            Table::CorrectionMedical => "correction_medical",
        }
    }
}

/// A new row's identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inserted {
    pub id: i64,
    pub uid: String,
}

/// A write transaction with its audit context: who, for which office, at what instant.
pub struct Tx<'a> {
    tx: &'a Transaction<'a>,
    operator: &'a str,
    office_code: &'a str,
    now: String,
}

impl<'a> Tx<'a> {
    pub(super) fn new(
        tx: &'a Transaction<'a>,
        operator: &'a str,
        office_code: &'a str,
        now: String,
    ) -> Self {
        Tx {
            tx,
            operator,
            office_code,
            now,
        }
    }

    /// For queries inside the transaction, in the query files of this folder only.
    pub(in crate::store) fn conn(&self) -> &rusqlite::Connection {
        self.tx
    }

    pub fn now(&self) -> &str {
        &self.now
    }

    pub fn office_code(&self) -> &str {
        self.office_code
    }

    /// Inserts a row with a new UUIDv7, this office's code (unless `values` names another) and
    /// the created/updated stamps.
    pub fn insert(&self, table: Table, values: &[(&'static str, Value)]) -> Result<Inserted> {
        let uid = Uuid::now_v7().to_string();
        let mut cols: Vec<&str> = vec![
            "uid",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
        ];
        let mut vals: Vec<Value> = vec![
            Value::Text(uid.clone()),
            Value::Text(self.now.clone()),
            Value::Text(self.operator.to_string()),
            Value::Text(self.now.clone()),
            Value::Text(self.operator.to_string()),
        ];
        if !values.iter().any(|(c, _)| *c == "office_code") {
            cols.push("office_code");
            vals.push(Value::Text(self.office_code.to_string()));
        }
        for (c, v) in values {
            cols.push(c);
            vals.push(v.clone());
        }
        let marks = vec!["?"; cols.len()].join(", ");
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({marks})",
            table.name(),
            cols.join(", ")
        );
        self.tx
            .prepare_cached(&sql)
            .and_then(|mut stmt| stmt.execute(params_from_iter(vals.iter())))
            .map_err(StoreError::from_busy("保存新记录"))?;
        let id = self.tx.last_insert_rowid();
        let after = self.row_json(table, id)?;
        self.audit("insert", table.name(), &uid, None, Some(after))?;
        Ok(Inserted { id, uid })
    }

    /// Updates columns of one live row and stamps updated_at/by.
    pub fn update(&self, table: Table, id: i64, values: &[(&'static str, Value)]) -> Result<()> {
        let before = self.row_json(table, id)?;
        if before.get("voided_at").is_some_and(|v| !v.is_null()) {
            return Err(StoreError::NotFound);
        }
        let mut sets: Vec<String> = vec!["updated_at = ?".into(), "updated_by = ?".into()];
        let mut vals: Vec<Value> = vec![
            Value::Text(self.now.clone()),
            Value::Text(self.operator.to_string()),
        ];
        for (c, v) in values {
            sets.push(format!("{c} = ?"));
            vals.push(v.clone());
        }
        vals.push(Value::Integer(id));
        let sql = format!(
            "UPDATE {} SET {} WHERE id = ?",
            table.name(),
            sets.join(", ")
        );
        self.tx
            .execute(&sql, params_from_iter(vals.iter()))
            .map_err(StoreError::from_busy("保存修改"))?;
        let after = self.row_json(table, id)?;
        let uid = uid_of(&before);
        self.audit("update", table.name(), &uid, Some(before), Some(after))
    }

    /// Voids a row with a reason. Nothing is deleted.
    pub fn void(&self, table: Table, id: i64, reason: &str) -> Result<()> {
        let before = self.row_json(table, id)?;
        if before.get("voided_at").is_some_and(|v| !v.is_null()) {
            return Err(StoreError::NotFound);
        }
        let sql = format!(
            "UPDATE {} SET voided_at = ?1, void_reason = ?2, updated_at = ?1, updated_by = ?3
             WHERE id = ?4",
            table.name()
        );
        self.tx
            .execute(&sql, rusqlite::params![self.now, reason, self.operator, id])
            .map_err(StoreError::from_busy("作废记录"))?;
        let after = self.row_json(table, id)?;
        let uid = uid_of(&before);
        self.audit("void", table.name(), &uid, Some(before), Some(after))
    }

    /// Sets a key of the settings table, audited with the key as its uid.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        let before: Option<String> = self
            .tx
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })
            .map_err(StoreError::sql("读取设置"))?;
        if before.as_deref() == Some(value) {
            return Ok(());
        }
        self.tx
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map_err(StoreError::from_busy("保存设置"))?;
        let action = if before.is_some() { "update" } else { "insert" };
        self.audit(
            action,
            "settings",
            key,
            before.map(Json::String),
            Some(Json::String(value.to_string())),
        )
    }

    fn audit(
        &self,
        action: &str,
        table: &str,
        uid: &str,
        before: Option<Json>,
        after: Option<Json>,
    ) -> Result<()> {
        // The office the row belongs to (setup and the county demo write other offices' rows
        // before the file has an own office); settings belong to this file's office.
        let office = after
            .as_ref()
            .and_then(|a| a.get("office_code"))
            .and_then(Json::as_str)
            .filter(|code| !code.is_empty())
            .unwrap_or(self.office_code)
            .to_string();
        self.tx
            .execute(
                "INSERT INTO audit_log
                   (at, operator, office_code, action, table_name, row_uid, before_json, after_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![
                    self.now,
                    self.operator,
                    office,
                    action,
                    table,
                    uid,
                    before.map(|j| j.to_string()),
                    after.map(|j| j.to_string()),
                ],
            )
            .map_err(StoreError::from_busy("写审计记录"))?;
        Ok(())
    }

    /// The whole row as a JSON object, column by column.
    fn row_json(&self, table: Table, id: i64) -> Result<Json> {
        let sql = format!("SELECT * FROM {} WHERE id = ?1", table.name());
        let mut stmt = self
            .tx
            .prepare_cached(&sql)
            .map_err(StoreError::sql("读取记录"))?;
        let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
        let mut rows = stmt.query([id]).map_err(StoreError::sql("读取记录"))?;
        let row = rows
            .next()
            .map_err(StoreError::sql("读取记录"))?
            .ok_or(StoreError::NotFound)?;
        let mut map = Map::new();
        for (i, name) in names.into_iter().enumerate() {
            let value = match row.get_ref(i).map_err(StoreError::sql("读取记录"))? {
                ValueRef::Null => Json::Null,
                ValueRef::Integer(n) => Json::from(n),
                ValueRef::Real(x) => Json::from(x),
                ValueRef::Text(t) => Json::String(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => Json::String(format!("<{} bytes>", b.len())),
            };
            map.insert(name, value);
        }
        Ok(Json::Object(map))
    }
}

fn uid_of(row: &Json) -> String {
    row.get("uid")
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Text or NULL when empty.
pub fn opt_text(s: &str) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        Value::Text(s.to_string())
    }
}

pub fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}
