//! Reading the register: its filter as SQL, a page by keyset, a party's earlier disputes, and
//! one case whole (its parties and steps).

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::{DisputeFilter, DisputeRow, STATE_COLS, day, state};
use crate::domain::dispute::{Status, parse_short_case_no};
use crate::store::keyset::{self, Bound, Cursor, Keyset};
use crate::store::write::text;
use crate::store::{Result, Store, StoreError, persons};

/// `WHERE …` of the register (alias `d`) but for the period (`from`, `to`), which is the
/// keyset's range on `registered_on` (see [`page`]).
fn where_clause(store: &Store, f: &DisputeFilter) -> Result<(String, Vec<Value>)> {
    let mut sql = String::from(" WHERE d.office_code = ? AND d.voided_at IS NULL");
    let mut params = vec![text(&f.office_code)];
    for (col, value) in [
        ("d.status", &f.status),
        ("d.kind", &f.kind),
        ("d.source", &f.source),
    ] {
        if let Some(v) = value {
            sql.push_str(&format!(" AND {col} = ?"));
            params.push(text(v));
        }
    }
    if !f.mediator.is_empty() {
        sql.push_str(" AND instr(',' || d.mediators || ',', ',' || ? || ',') > 0");
        params.push(text(&f.mediator));
    }
    if let Some(today) = f.overdue_on {
        sql.push_str(
            " AND ((d.status = 'mediating' AND d.mediation_due < ?)
               OR (d.status IN ('performing', 'performed', 'not_performed')
                   AND d.followed_up_on IS NULL AND d.perform_by < ?))",
        );
        params.push(day(Some(today)));
        params.push(day(Some(today)));
    }
    let q = f.query.trim();
    if !q.is_empty() {
        let ids: Vec<i64> = persons::search(store, q, 500)?
            .into_iter()
            .map(|p| p.id)
            .collect();
        let marks = vec!["?"; ids.len()].join(",");
        // Only the own office's parties: a search of dispute_parties_office, not of every
        // office's parties.
        // `2026-170`, the short number the register shows, is that year's case 170.
        let (short, year, seq) = match parse_short_case_no(q) {
            Some((y, n)) => ("(d.case_year = ? AND d.case_seq = ?) OR ", y, n),
            None => ("", 0, 0),
        };
        if !short.is_empty() {
            params.push(Value::Integer(i64::from(year)));
            params.push(Value::Integer(i64::from(seq)));
        }
        sql.push_str(&format!(
            " AND ({short}d.case_no LIKE ? ESCAPE '\\' OR d.id IN (
                 SELECT dispute_id FROM dispute_parties
                 WHERE office_code = ? AND voided_at IS NULL
                   AND (person_id IN ({marks}) OR org_name LIKE ? ESCAPE '\\')))"
        ));
        let like = Value::Text(format!("%{}%", persons::like_escape(q)));
        params.push(like.clone());
        params.push(text(&f.office_code));
        params.extend(ids.into_iter().map(Value::Integer));
        params.push(like);
    }
    Ok((sql, params))
}

/// One side's parties as "张三、李四" (an organisation by its name).
const SIDE: &str = "(SELECT group_concat(coalesce(p.name, dp.org_name), '、')
      FROM dispute_parties dp LEFT JOIN persons p ON p.id = dp.person_id
      WHERE dp.dispute_id = d.id AND dp.side = ?side AND dp.voided_at IS NULL)";

/// A page of the register, newest first (by registration day, then id), at `cursor`: a
/// search of `disputes_office` bounded by the cursor, however deep.
pub fn page(
    store: &Store,
    f: &DisputeFilter,
    cursor: Cursor,
    limit: usize,
) -> Result<Vec<DisputeRow>> {
    let (sql, params) = page_query(store, f, cursor, limit)?;
    Ok(keyset::in_order(cursor, query_rows(store, &sql, &params)?))
}

/// The statement of [`page`] and its parameters (for the query-plan tests and benches).
pub fn page_query(
    store: &Store,
    f: &DisputeFilter,
    cursor: Cursor,
    limit: usize,
) -> Result<(String, Vec<Value>)> {
    let keys = Keyset {
        key: Some("d.registered_on"),
        id: "d.id",
        key_of: "SELECT registered_on FROM disputes WHERE id = ?1",
        lower: f.from.and_then(|d| Bound::inclusive(day(Some(d)))),
        upper: f.to.and_then(|d| Bound::inclusive(day(Some(d)))),
    };
    let (tail, params) = keys.clause(store, cursor)?;
    select(store, f, &tail, params, limit)
}

/// The register's statement: the filter, then `tail` (more conditions, ORDER BY) and LIMIT.
fn select(
    store: &Store,
    f: &DisputeFilter,
    tail: &str,
    tail_params: Vec<Value>,
    limit: usize,
) -> Result<(String, Vec<Value>)> {
    let (mut sql, mut params) = where_clause(store, f)?;
    sql.push_str(tail);
    params.extend(tail_params);
    let applicants = SIDE.replace("?side", "'applicant'");
    let respondents = SIDE.replace("?side", "'respondent'");
    let sql = format!(
        "SELECT d.id, d.case_no, d.case_year || '-' || printf('%03d', d.case_seq),
                coalesce(k.label, d.kind), coalesce({applicants}, ''),
                coalesce({respondents}, ''), d.mediators, {STATE_COLS}, d.escalation_risk
         FROM disputes d
         LEFT JOIN codes k ON k.list = 'dispute_type' AND k.code = d.kind
         {sql} LIMIT ?"
    );
    params.push(Value::Integer(limit as i64));
    Ok((sql, params))
}

fn query_rows(store: &Store, sql: &str, params: &[Value]) -> Result<Vec<DisputeRow>> {
    let mut stmt = store
        .conn()
        .prepare_cached(sql)
        .map_err(StoreError::sql("读取纠纷"))?;
    let rows = stmt
        .query_map(params_from_iter(params.iter()), |r| {
            Ok(DisputeRow {
                id: r.get(0)?,
                case_no: r.get(1)?,
                case_short: r.get(2)?,
                kind: r.get(3)?,
                applicants: r.get(4)?,
                respondents: r.get(5)?,
                mediators: r.get(6)?,
                state: state(r, 7)?,
                escalation_risk: r.get(18)?,
            })
        })
        .map_err(StoreError::sql("读取纠纷"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("读取纠纷"))
}

/// A person's earlier disputes: how many, and the status of the latest.
pub fn history_of(store: &Store, person_id: i64) -> Result<(i64, Option<Status>)> {
    store
        .conn()
        .query_row(
            "SELECT count(DISTINCT d.id),
                    (SELECT d2.status FROM disputes d2 JOIN dispute_parties p2 ON p2.dispute_id = d2.id
                     WHERE p2.person_id = ?1 AND d2.voided_at IS NULL
                     ORDER BY d2.registered_on DESC, d2.id DESC LIMIT 1)
             FROM disputes d JOIN dispute_parties p ON p.dispute_id = d.id
             WHERE p.person_id = ?1 AND d.voided_at IS NULL AND p.voided_at IS NULL",
            [person_id],
            |r| {
                let last: Option<String> = r.get(1)?;
                Ok((r.get(0)?, last.as_deref().and_then(Status::from_code)))
            },
        )
        .map_err(StoreError::sql("读取纠纷"))
}

/// One party of a case as its screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyRow {
    pub side: String,
    pub person_id: Option<i64>,
    pub name: String,
    pub id_number: Option<String>,
    pub credit_code: String,
}

/// A case whole: the register line, what was registered, the parties and every step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub row: DisputeRow,
    pub source: String,
    pub referrer: String,
    pub facts: String,
    pub people_involved: i64,
    pub amount_fen: i64,
    pub difficult: bool,
    pub escalation_risk: bool,
    pub police_notified_at: Option<String>,
    pub parties: Vec<PartyRow>,
    /// (action code, day, details JSON), oldest first.
    pub events: Vec<(String, String, String)>,
}

pub fn detail(store: &Store, id: i64) -> Result<Detail> {
    let office = store.office_code().to_string();
    let filter = DisputeFilter {
        office_code: office,
        ..Default::default()
    };
    let row = page_of_one(store, &filter, id)?;
    let conn = store.conn();
    let (source, referrer, facts, people_involved, amount_fen, difficult, escalation_risk, police) =
        conn.query_row(
            "SELECT coalesce(c.label, d.source), d.referrer, d.facts, d.people_involved,
                    d.amount_fen, d.difficult, d.escalation_risk, d.police_notified_at
             FROM disputes d LEFT JOIN codes c ON c.list = 'dispute_source' AND c.code = d.source
             WHERE d.id = ?1",
            [id],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            },
        )
        .map_err(StoreError::sql("读取纠纷"))?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT dp.side, dp.person_id, coalesce(p.name, dp.org_name), p.id_number, dp.credit_code
             FROM dispute_parties dp LEFT JOIN persons p ON p.id = dp.person_id
             WHERE dp.dispute_id = ?1 AND dp.voided_at IS NULL ORDER BY dp.side, dp.id",
        )
        .map_err(StoreError::sql("读取纠纷"))?;
    let parties = stmt
        .query_map([id], |r| {
            Ok(PartyRow {
                side: r.get(0)?,
                person_id: r.get(1)?,
                name: r.get(2)?,
                id_number: r.get(3)?,
                credit_code: r.get(4)?,
            })
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取纠纷"))?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT action, on_date, details FROM dispute_events
             WHERE dispute_id = ?1 AND voided_at IS NULL ORDER BY on_date, id",
        )
        .map_err(StoreError::sql("读取纠纷"))?;
    let events = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取纠纷"))?;
    Ok(Detail {
        row,
        source,
        referrer,
        facts,
        people_involved,
        amount_fen,
        difficult,
        escalation_risk,
        police_notified_at: police,
        parties,
        events,
    })
}

/// The register line of one live case of the own office (the void form names it so).
pub fn row(store: &Store, id: i64) -> Result<DisputeRow> {
    let filter = DisputeFilter {
        office_code: store.office_code().to_string(),
        ..Default::default()
    };
    page_of_one(store, &filter, id)
}

/// The register line of one case.
fn page_of_one(store: &Store, f: &DisputeFilter, id: i64) -> Result<DisputeRow> {
    let (sql, params) = select(store, f, " AND d.id = ?", vec![Value::Integer(id)], 1)?;
    let mut rows = query_rows(store, &sql, &params)?;
    rows.pop().ok_or(StoreError::NotFound)
}
