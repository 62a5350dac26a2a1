//! Queries of the service ledger (服务台账): write an entry, page through a period newest first,
//! the totals of a filter, a day's entries for the printout, and the monthly statistics.

use crate::domain::module::CodeList;
use chrono::{Duration, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, params_from_iter};

use super::keyset::{self, Bound, Cursor, Keyset};
use super::write::{Table, Tx, text};
use super::{Result, Store, StoreError, persons};
use crate::domain::ledger::{SERVICE_LEGAL_AID, ValidEntry};

#[path = "ledger_voided.rs"]
mod voided;
pub use voided::voided;

/// One ledger line as lists and printouts show it: labels, not codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRow {
    pub id: i64,
    pub served_at: String,
    pub channel: String,
    pub service: String,
    pub visitor: String,
    pub id_number: Option<String>,
    pub phone: Option<String>,
    /// Codes of the special groups, comma-separated.
    pub special_groups: String,
    pub matter: String,
    pub summary: String,
    pub outcome: String,
    pub referred_to: String,
    pub satisfaction: String,
    pub handler: String,
    pub follow_up: bool,
    /// The visitor's 村（社区） in the registry ("" for a name only or none recorded).
    pub village: String,
}

/// Which entries a list or a printout shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub office_code: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub channel: Option<String>,
    pub service: Option<String>,
    /// A name, pinyin or ID digits of the visitor.
    pub visitor: String,
    /// Text in the summary.
    pub text: String,
    /// The visitor's 村（社区） (a village id of the registry).
    pub village: Option<i64>,
    /// The operator who served (经办人), by name.
    pub handler: String,
    /// A special group (code) the entry was marked with.
    pub group: Option<String>,
    /// The 事项类别 (code).
    pub matter: Option<String>,
}

impl Filter {
    /// One day of one office.
    pub fn day(office_code: &str, day: NaiveDate) -> Filter {
        Filter {
            office_code: office_code.to_string(),
            from: day,
            to: day,
            channel: None,
            service: None,
            visitor: String::new(),
            text: String::new(),
            village: None,
            handler: String::new(),
            group: None,
            matter: None,
        }
    }
}

const SELECT: &str = "
    SELECT e.id, e.served_at, coalesce(ch.label, e.channel), coalesce(sv.label, e.service),
           coalesce(p.name, e.visitor_name), p.id_number, p.phone, e.special_groups,
           coalesce(mt.label, e.matter), e.summary, coalesce(oc.label, e.outcome),
           e.referred_to, coalesce(st.label, e.satisfaction), e.handler, e.follow_up,
           coalesce(vl.name, '')
    FROM service_entries e
    LEFT JOIN persons p ON p.id = e.person_id
    LEFT JOIN villages vl ON vl.id = p.village_id
    LEFT JOIN codes ch ON ch.list = 'service_channel' AND ch.code = e.channel
    LEFT JOIN codes sv ON sv.list = 'service_type' AND sv.code = e.service
    LEFT JOIN codes mt ON mt.list = 'matter_category' AND mt.code = e.matter
    LEFT JOIN codes oc ON oc.list = 'service_outcome' AND oc.code = e.outcome
    LEFT JOIN codes st ON st.list = 'satisfaction' AND st.code = e.satisfaction";

fn row(r: &Row<'_>) -> rusqlite::Result<EntryRow> {
    Ok(EntryRow {
        id: r.get(0)?,
        served_at: r.get(1)?,
        channel: r.get(2)?,
        service: r.get(3)?,
        visitor: r.get(4)?,
        id_number: r.get(5)?,
        phone: r.get(6)?,
        special_groups: r.get(7)?,
        matter: r.get(8)?,
        summary: r.get(9)?,
        outcome: r.get(10)?,
        referred_to: r.get(11)?,
        satisfaction: r.get(12)?,
        handler: r.get(13)?,
        follow_up: r.get(14)?,
        village: r.get(15)?,
    })
}

/// The half-open range of `served_at` text for days `from`..=`to`.
fn time_range(from: NaiveDate, to: NaiveDate) -> (String, String) {
    let end = to + Duration::days(1);
    (
        from.format("%Y-%m-%d").to_string(),
        end.format("%Y-%m-%d").to_string(),
    )
}

/// `WHERE …` for a filter (alias `e`), with its parameters.
fn where_clause(store: &Store, f: &Filter) -> Result<(String, Vec<Value>)> {
    let (start, end) = time_range(f.from, f.to);
    let (rest, rest_params) = conditions(store, f)?;
    let mut params = vec![text(&f.office_code), Value::Text(start), Value::Text(end)];
    params.extend(rest_params);
    Ok((
        format!(" WHERE e.office_code = ? AND e.served_at >= ? AND e.served_at < ?{rest}"),
        params,
    ))
}

/// The filter's conditions besides the office and the period: ` AND …`.
fn conditions(store: &Store, f: &Filter) -> Result<(String, Vec<Value>)> {
    let mut sql = String::from(" AND e.voided_at IS NULL");
    let mut params = Vec::new();
    if let Some(c) = &f.channel {
        sql.push_str(" AND e.channel = ?");
        params.push(text(c));
    }
    if let Some(s) = &f.service {
        sql.push_str(" AND e.service = ?");
        params.push(text(s));
    }
    if let Some(m) = &f.matter {
        sql.push_str(" AND e.matter = ?");
        params.push(text(m));
    }
    if !f.handler.is_empty() {
        sql.push_str(" AND e.handler = ?");
        params.push(text(&f.handler));
    }
    if let Some(g) = &f.group {
        sql.push_str(" AND instr(',' || e.special_groups || ',', ',' || ? || ',') > 0");
        params.push(text(g));
    }
    if let Some(v) = f.village {
        // Only a visitor of the registry has a village; a name typed alone has none.
        sql.push_str(" AND e.person_id IN (SELECT id FROM persons WHERE village_id = ?)");
        params.push(Value::Integer(v));
    }
    if !f.text.trim().is_empty() {
        sql.push_str(" AND e.summary LIKE ? ESCAPE '\\'");
        params.push(Value::Text(format!(
            "%{}%",
            persons::like_escape(f.text.trim())
        )));
    }
    let visitor = f.visitor.trim();
    if !visitor.is_empty() {
        let ids: Vec<i64> = persons::search(store, visitor, 500)?
            .into_iter()
            .map(|p| p.id)
            .collect();
        let marks = vec!["?"; ids.len()].join(",");
        sql.push_str(&format!(
            " AND (e.person_id IN ({marks}) OR e.visitor_name LIKE ? ESCAPE '\\')"
        ));
        params.extend(ids.into_iter().map(Value::Integer));
        params.push(Value::Text(format!("%{}%", persons::like_escape(visitor))));
    }
    Ok((sql, params))
}

fn query_rows(store: &Store, sql: &str, params: &[Value]) -> Result<Vec<EntryRow>> {
    let mut stmt = store
        .conn()
        .prepare_cached(sql)
        .map_err(StoreError::sql("读取台账"))?;
    let rows = stmt
        .query_map(params_from_iter(params.iter()), row)
        .map_err(StoreError::sql("读取台账"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("读取台账"))
}

/// A page of the filter's entries, newest first (by time, then id), at `cursor`: a search of
/// `service_entries_time` bounded by the cursor, however deep.
pub fn page(store: &Store, f: &Filter, cursor: Cursor, limit: usize) -> Result<Vec<EntryRow>> {
    let (sql, params) = page_query(store, f, cursor, limit)?;
    Ok(keyset::in_order(cursor, query_rows(store, &sql, &params)?))
}

/// The statement of [`page`] and its parameters (for the query-plan tests and benches).
pub fn page_query(
    store: &Store,
    f: &Filter,
    cursor: Cursor,
    limit: usize,
) -> Result<(String, Vec<Value>)> {
    let (start, end) = time_range(f.from, f.to);
    let keys = Keyset {
        key: Some("e.served_at"),
        id: "e.id",
        key_of: "SELECT served_at FROM service_entries WHERE id = ?1",
        lower: Bound::inclusive(Value::Text(start)),
        upper: Bound::exclusive(Value::Text(end)),
    };
    let (rest, mut params) = conditions(store, f)?;
    let (bounds, bound_params) = keys.clause(store, cursor)?;
    params.insert(0, text(&f.office_code));
    params.extend(bound_params);
    params.push(Value::Integer(limit as i64));
    let sql = format!("{SELECT} WHERE e.office_code = ?{rest}{bounds} LIMIT ?");
    Ok((sql, params))
}

/// One live entry as lists show it (the void form names it so).
pub fn one(store: &Store, id: i64) -> Result<EntryRow> {
    let sql = format!("{SELECT} WHERE e.id = ? AND e.voided_at IS NULL");
    query_rows(store, &sql, &[Value::Integer(id)])?
        .pop()
        .ok_or(StoreError::NotFound)
}

/// Every entry of the filter, oldest first: the printout's rows.
pub fn all(store: &Store, f: &Filter) -> Result<Vec<EntryRow>> {
    let (sql, params) = where_clause(store, f)?;
    query_rows(
        store,
        &format!("{SELECT}{sql} ORDER BY e.served_at, e.id"),
        &params,
    )
}

/// How many entries the filter holds, and how many of each service type (by label, in the
/// code list's order).
pub fn totals(store: &Store, f: &Filter) -> Result<(i64, Vec<(String, i64)>)> {
    let (sql, params) = where_clause(store, f)?;
    let sql = format!(
        "SELECT coalesce(sv.label, e.service), count(*) FROM service_entries e
         LEFT JOIN codes sv ON sv.list = 'service_type' AND sv.code = e.service
         {sql} GROUP BY e.service ORDER BY min(coalesce(sv.sort, 999)), e.service"
    );
    let by_service = pairs(store, &sql, &params)?;
    let total = by_service.iter().map(|(_, n)| n).sum();
    Ok((total, by_service))
}

fn pairs(store: &Store, sql: &str, params: &[Value]) -> Result<Vec<(String, i64)>> {
    let mut stmt = store
        .conn()
        .prepare_cached(sql)
        .map_err(StoreError::sql("统计台账"))?;
    let rows = stmt
        .query_map(params_from_iter(params.iter()), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .map_err(StoreError::sql("统计台账"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("统计台账"))
}

fn values(e: &ValidEntry) -> Vec<(&'static str, Value)> {
    vec![
        ("served_at", text(&e.served_at)),
        ("channel", text(&e.channel)),
        ("service", text(&e.service)),
        ("person_id", e.person_id.map_or(Value::Null, Value::Integer)),
        ("visitor_name", text(&e.visitor_name)),
        ("special_groups", Value::Text(e.special_groups.join(","))),
        ("matter", text(&e.matter)),
        ("summary", text(&e.summary)),
        ("outcome", text(&e.outcome)),
        ("referred_to", text(&e.referred_to)),
        ("follow_up", Value::Integer(i64::from(e.follow_up))),
        ("satisfaction", text(&e.satisfaction)),
        ("handler", text(&e.handler)),
    ]
}

/// Saves a new entry: one transaction, one commit.
pub fn insert(store: &mut Store, e: &ValidEntry) -> Result<i64> {
    let values = values(e);
    store
        .write(|tx| tx.insert(Table::ServiceEntries, &values))
        .map(|i| i.id)
}

/// Inserts an entry of `office_code` inside an open write transaction, for bulk writers (the
/// demo generator).
pub(crate) fn insert_in(tx: &Tx<'_>, e: &ValidEntry, office_code: &str) -> Result<i64> {
    let mut values = values(e);
    values.push(("office_code", text(office_code)));
    tx.insert(Table::ServiceEntries, &values).map(|i| i.id)
}

pub fn update(store: &mut Store, id: i64, e: &ValidEntry) -> Result<()> {
    let values = values(e);
    store.write(|tx| tx.update(Table::ServiceEntries, id, &values))
}

pub fn void(store: &mut Store, id: i64, reason: &str) -> Result<()> {
    store.write(|tx| tx.void(Table::ServiceEntries, id, reason))
}

/// An entry as stored (codes), with the visitor's name, for the edit form.
pub fn get(store: &Store, id: i64) -> Result<(ValidEntry, String)> {
    store
        .conn()
        .query_row(
            "SELECT e.served_at, e.channel, e.service, e.person_id, e.visitor_name,
                    e.special_groups, e.matter, e.summary, e.outcome, e.referred_to,
                    e.follow_up, e.satisfaction, e.handler, coalesce(p.name, e.visitor_name)
             FROM service_entries e LEFT JOIN persons p ON p.id = e.person_id
             WHERE e.id = ?1 AND e.voided_at IS NULL",
            [id],
            |r| {
                let groups: String = r.get(5)?;
                Ok((
                    ValidEntry {
                        served_at: r.get(0)?,
                        channel: r.get(1)?,
                        service: r.get(2)?,
                        person_id: r.get(3)?,
                        visitor_name: r.get(4)?,
                        special_groups: split_codes(&groups),
                        matter: r.get(6)?,
                        summary: r.get(7)?,
                        outcome: r.get(8)?,
                        referred_to: r.get(9)?,
                        follow_up: r.get(10)?,
                        satisfaction: r.get(11)?,
                        handler: r.get(12)?,
                    },
                    r.get(13)?,
                ))
            },
        )
        .optional()
        .map_err(StoreError::sql("读取台账"))?
        .ok_or(StoreError::NotFound)
}

/// "elderly,women" → ["elderly", "women"].
pub fn split_codes(joined: &str) -> Vec<String> {
    joined
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// A month's statistics of one office. Counts are by code; the printout adds the labels.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Monthly {
    pub total: i64,
    /// (service, channel, count)
    pub by_service_channel: Vec<(String, String, i64)>,
    pub by_matter: Vec<(String, i64)>,
    /// (special group code, count): every group of the code list, zero included.
    pub by_group: Vec<(String, i64)>,
    pub by_satisfaction: Vec<(String, i64)>,
    /// People served counted for the KPI (all services, or legal aid only), this month and
    /// from 1 January to the month's end.
    pub kpi_month: i64,
    pub kpi_year_to_date: i64,
}

/// The statistics of `month` (its first day) for one office; `legal_aid_only` narrows the
/// people-served count to 法律援助.
pub fn monthly(
    store: &Store,
    office: &str,
    month: NaiveDate,
    legal_aid_only: bool,
) -> Result<Monthly> {
    let next = month
        .checked_add_months(chrono::Months::new(1))
        .ok_or(StoreError::NotFound)?;
    let start = month.format("%Y-%m-%d").to_string();
    let end = next.format("%Y-%m-%d").to_string();
    let year_start = format!("{}-01-01", month.format("%Y"));
    let range = "FROM service_entries WHERE office_code = ?1 AND served_at >= ?2
                 AND served_at < ?3 AND voided_at IS NULL";
    let params = [
        text(office),
        Value::Text(start.clone()),
        Value::Text(end.clone()),
    ];
    let conn = store.conn();
    let mut stats = Monthly::default();
    {
        let mut stmt = conn
            .prepare_cached(&format!(
                "SELECT service, channel, count(*) {range} GROUP BY service, channel"
            ))
            .map_err(StoreError::sql("统计台账"))?;
        let rows = stmt
            .query_map(params_from_iter(params.iter()), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .map_err(StoreError::sql("统计台账"))?;
        stats.by_service_channel = rows
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(StoreError::sql("统计台账"))?;
    }
    stats.total = stats.by_service_channel.iter().map(|(_, _, n)| n).sum();
    stats.by_matter = pairs(
        store,
        &format!("SELECT matter, count(*) {range} GROUP BY matter ORDER BY count(*) DESC"),
        &params,
    )?;
    stats.by_satisfaction = pairs(
        store,
        &format!("SELECT satisfaction, count(*) {range} GROUP BY satisfaction"),
        &params,
    )?;
    let groups = super::codes::list(store, CodeList::SpecialGroup, false)?;
    if !groups.is_empty() {
        let sums: Vec<String> = groups
            .iter()
            .map(|_| "sum(instr(',' || special_groups || ',', ',' || ? || ',') > 0)".to_string())
            .collect();
        let sql = format!(
            "SELECT {} FROM service_entries WHERE office_code = ? AND served_at >= ?
             AND served_at < ? AND voided_at IS NULL",
            sums.join(", ")
        );
        let mut p: Vec<Value> = groups.iter().map(|g| text(&g.code)).collect();
        p.extend(params.iter().cloned());
        let counts: Vec<i64> = conn
            .query_row(&sql, params_from_iter(p.iter()), |r| {
                (0..groups.len())
                    .map(|i| r.get::<_, Option<i64>>(i).map(Option::unwrap_or_default))
                    .collect()
            })
            .map_err(StoreError::sql("统计台账"))?;
        stats.by_group = groups.into_iter().map(|g| g.code).zip(counts).collect();
    }
    let kpi = |from: &str| -> Result<i64> {
        conn.query_row(
            "SELECT count(*) FROM service_entries WHERE office_code = ?1 AND served_at >= ?2
             AND served_at < ?3 AND voided_at IS NULL AND (?4 = 0 OR service = ?5)",
            rusqlite::params![office, from, end, legal_aid_only, SERVICE_LEGAL_AID],
            |r| r.get(0),
        )
        .map_err(StoreError::sql("统计台账"))
    };
    stats.kpi_month = kpi(&start)?;
    stats.kpi_year_to_date = kpi(&year_start)?;
    Ok(stats)
}
