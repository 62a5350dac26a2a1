//! Reading 社区矫正: the register a page at a time (with what its alerts read), one record
//! whole with its sections, the office's alerts, and last month's new entrants.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};

use super::checkins::{CHECKIN_COLS, checkin_at, month_end, month_key};
use super::date;
use crate::domain::corrections::{
    Alert, ApprovalKind, Category, EndReason, IncidentKind, Level, Measure, MedicalKind,
    ProposalState, Settings, Status, SubjectFacts, ValidCheckin, alerts as alerts_of, month_of,
};
use crate::store::keyset::{self, Cursor, Keyset};
use crate::store::write::text;
use crate::store::{Result, Store, StoreError, persons};

/// Which corrections the register shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionFilter {
    pub office_code: String,
    /// The day "this month" and the alerts are read for.
    pub today: NaiveDate,
    pub category: Option<Category>,
    pub level: Option<Level>,
    /// None: every status.
    pub status: Option<Status>,
    /// Only subjects with an alert today.
    pub alerted: bool,
    /// Name, pinyin or ID digits.
    pub query: String,
}

impl CorrectionFilter {
    /// Those in correction now, of the office.
    pub fn active(office_code: &str, today: NaiveDate) -> Self {
        CorrectionFilter {
            office_code: office_code.to_string(),
            today,
            category: None,
            level: None,
            status: Some(Status::Active),
            alerted: false,
            query: String::new(),
        }
    }
}

/// A line of the register, with what its alerts are computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionRow {
    pub id: i64,
    pub person_id: i64,
    pub name: String,
    pub id_number: Option<String>,
    pub village: String,
    pub minor: bool,
    pub facts: SubjectFacts,
    /// This month's check-in is saved.
    pub checked_this_month: bool,
}

/// The register's columns (alias k, persons p, villages v, last month's check-in c).
fn row_select(tail_sql: &str) -> String {
    format!(
        "SELECT k.id, k.person_id, p.name, p.id_number, coalesce(v.name, ''), k.minor,
                k.category, k.level, k.status, k.term_start, k.term_end, k.runs_from,
                k.reported_on, k.unable_to_work, k.medical, k.end_papers_on,
                (SELECT max(ends_on) FROM correction_tags t
                 WHERE t.correction_id = k.id AND t.voided_at IS NULL),
                (SELECT max(on_date) FROM correction_medical m
                 WHERE m.correction_id = k.id AND m.kind = 'report' AND m.voided_at IS NULL),
                (SELECT max(on_date) FROM correction_medical m
                 WHERE m.correction_id = k.id AND m.kind = 'recheck' AND m.voided_at IS NULL),
                EXISTS (SELECT 1 FROM correction_checkins n WHERE n.correction_id = k.id
                        AND n.month = ? AND n.voided_at IS NULL),
                c.id IS NOT NULL, {CHECKIN_COLS},
                (SELECT l.to_level FROM correction_levels l
                 WHERE l.correction_id = k.id AND l.decision = 'approved'
                   AND l.voided_at IS NULL AND l.decided_on <= ?
                 ORDER BY l.decided_on DESC, l.id DESC LIMIT 1)
         FROM corrections k
         JOIN persons p ON p.id = k.person_id
         LEFT JOIN villages v ON v.id = p.village_id
         LEFT JOIN correction_checkins c
           ON c.correction_id = k.id AND c.month = ? AND c.voided_at IS NULL
         {tail_sql}"
    )
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CorrectionRow> {
    let code = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let term_start = date(r.get(9)?).unwrap_or_default();
    let last_month = if r.get::<_, bool>(20)? {
        Some(checkin_at(r, 21)?)
    } else {
        None
    };
    Ok(CorrectionRow {
        id: r.get(0)?,
        person_id: r.get(1)?,
        name: r.get(2)?,
        id_number: r.get(3)?,
        village: r.get(4)?,
        minor: r.get::<_, i64>(5)? != 0,
        facts: SubjectFacts {
            category: Category::from_code(&code(6)?).unwrap_or(Category::Probation),
            level: Level::from_code(&code(7)?).unwrap_or(Level::Strict),
            last_month_level: r
                .get::<_, Option<String>>(31)?
                .and_then(|l| Level::from_code(&l))
                .filter(|l| Some(*l) != Level::from_code(&code(7).unwrap_or_default())),
            status: Status::from_code(&code(8)?).unwrap_or(Status::Active),
            term_start,
            term_end: date(r.get(10)?).unwrap_or(term_start),
            runs_from: date(r.get(11)?),
            reported_on: date(r.get(12)?),
            unable_to_work: r.get::<_, i64>(13)? != 0,
            medical: r.get::<_, i64>(14)? != 0,
            end_papers_done: r.get::<_, Option<String>>(15)?.is_some(),
            tag_ends: date(r.get(16)?),
            last_medical_report: date(r.get(17)?),
            last_recheck: date(r.get(18)?),
            last_month,
        },
        checked_this_month: r.get(19)?,
    })
}

/// What the row select reads, in its order: this month's key, the last day of last month
/// (the level then in force), last month's key.
fn month_params(today: NaiveDate) -> Vec<Value> {
    let this = month_of(today);
    let last = this
        .checked_sub_months(chrono::Months::new(1))
        .unwrap_or(this);
    vec![
        text(&month_key(this)),
        text(&month_end(last).format("%Y-%m-%d").to_string()),
        text(&month_key(last)),
    ]
}

fn query_rows(store: &Store, sql: &str, params: &[Value]) -> Result<Vec<CorrectionRow>> {
    let mut stmt = store
        .conn()
        .prepare_cached(sql)
        .map_err(StoreError::sql("读取矫正对象"))?;
    stmt.query_map(params_from_iter(params.iter()), read_row)
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取矫正对象"))
}

/// `WHERE …` of the register.
fn where_clause(store: &Store, f: &CorrectionFilter) -> Result<(String, Vec<Value>)> {
    let mut sql = String::from(" WHERE k.office_code = ? AND k.voided_at IS NULL");
    let mut params = vec![text(&f.office_code)];
    for (col, value) in [
        ("k.category", f.category.map(Category::code)),
        ("k.level", f.level.map(Level::code)),
        ("k.status", f.status.map(Status::code)),
    ] {
        if let Some(v) = value {
            sql.push_str(&format!(" AND {col} = ?"));
            params.push(text(v));
        }
    }
    if f.alerted {
        let settings = crate::store::settings::corrections(store)?;
        let ids: Vec<i64> = alerts(store, &f.office_code, f.today, &settings)?
            .into_iter()
            .map(|a| a.row.id)
            .collect();
        sql.push_str(&format!(
            " AND k.id IN ({})",
            vec!["?"; ids.len()].join(",")
        ));
        params.extend(ids.into_iter().map(Value::Integer));
    }
    // Every subject the query matches (name, pinyin, ID or phone digits), however common.
    if let Some((condition, values)) = persons::match_condition(&f.query) {
        sql.push_str(&format!(" AND {condition}"));
        params.extend(values);
    }
    Ok((sql, params))
}

/// A page of the register, the latest start first, at `cursor`.
pub fn page(
    store: &Store,
    f: &CorrectionFilter,
    cursor: Cursor,
    limit: usize,
) -> Result<Vec<CorrectionRow>> {
    let (sql, params) = page_query(store, f, cursor, limit)?;
    Ok(keyset::in_order(cursor, query_rows(store, &sql, &params)?))
}

/// The statement of [`page`] and its parameters (for the benches).
pub fn page_query(
    store: &Store,
    f: &CorrectionFilter,
    cursor: Cursor,
    limit: usize,
) -> Result<(String, Vec<Value>)> {
    let keys = Keyset {
        key: Some("k.term_start"),
        id: "k.id",
        key_of: "SELECT term_start FROM corrections WHERE id = ?1",
        lower: None,
        upper: None,
    };
    let (tail, tail_params) = keys.clause(store, cursor)?;
    let (mut sql, where_params) = where_clause(store, f)?;
    sql.push_str(&tail);
    sql.push_str(" LIMIT ?");
    let mut params = month_params(f.today);
    params.extend(where_params);
    params.extend(tail_params);
    params.push(Value::Integer(limit as i64));
    Ok((row_select(&sql), params))
}

/// One subject with an alert, and the alerts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertRow {
    pub row: CorrectionRow,
    pub alerts: Vec<Alert>,
}

/// Every subject in correction in the office with an alert on `today`, by the end of term.
pub fn alerts(
    store: &Store,
    office_code: &str,
    today: NaiveDate,
    settings: &Settings,
) -> Result<Vec<AlertRow>> {
    let sql = row_select(
        " WHERE k.office_code = ? AND k.voided_at IS NULL AND k.status = 'active'
          ORDER BY k.term_end, k.id",
    );
    let mut params = month_params(today);
    params.push(text(office_code));
    Ok(query_rows(store, &sql, &params)?
        .into_iter()
        .filter_map(|row| {
            let alerts = alerts_of(&row.facts, today, settings);
            (!alerts.is_empty()).then_some(AlertRow { row, alerts })
        })
        .collect())
}

/// Those who entered correction in the month starting `month` (with `unannounced`, only
/// those whose 入矫宣告 is not recorded yet): the collective 宣告's list, adults then minors, by
/// pinyin.
pub fn new_entrants(
    store: &Store,
    office_code: &str,
    month: NaiveDate,
    unannounced: bool,
) -> Result<Vec<CorrectionRow>> {
    let first = month_of(month);
    let sql = row_select(if unannounced {
        " WHERE k.office_code = ? AND k.voided_at IS NULL
            AND k.term_start >= ? AND k.term_start <= ? AND k.announced_on IS NULL
          ORDER BY k.minor, p.name_pinyin, k.id"
    } else {
        " WHERE k.office_code = ? AND k.voided_at IS NULL
            AND k.term_start >= ? AND k.term_start <= ?
          ORDER BY k.minor, p.name_pinyin, k.id"
    });
    let mut params = month_params(first);
    params.push(text(office_code));
    params.push(text(&first.format("%Y-%m-%d").to_string()));
    params.push(text(&month_end(first).format("%Y-%m-%d").to_string()));
    query_rows(store, &sql, &params)
}

/// A line of the level history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelRow {
    pub id: i64,
    pub from: Option<Level>,
    pub to: Level,
    pub proposed_on: String,
    pub reason: String,
    pub reviewer: String,
    pub decision: String,
    pub decided_on: Option<String>,
    pub approver: String,
    pub doc_no: String,
}

/// An incident and what became of its suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentRow {
    pub id: i64,
    pub on: String,
    pub kind: Option<IncidentKind>,
    pub days: i64,
    pub facts: String,
    pub measure: Option<Measure>,
    pub state: ProposalState,
    pub proposed_on: Option<String>,
    pub dismiss_reason: String,
    pub decided_on: Option<String>,
    pub doc_no: String,
    pub decision: String,
}

/// One correction whole: the register's line, the record's fields and its sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub row: CorrectionRow,
    pub gender: String,
    pub birth_date: Option<String>,
    pub phone: Option<String>,
    pub address: String,
    pub crime: String,
    pub sentence: String,
    pub decided_by: String,
    /// 主要犯罪事实 and 前科.
    pub crime_facts: String,
    pub priors: String,
    pub papers_on: Option<NaiveDate>,
    pub ban_content: String,
    pub ban_from: Option<NaiveDate>,
    pub ban_to: Option<NaiveDate>,
    pub domicile: String,
    pub residence: String,
    pub team: String,
    pub announced_on: Option<NaiveDate>,
    pub end_reason: Option<EndReason>,
    pub ended_on: Option<NaiveDate>,
    pub end_papers_on: Option<NaiveDate>,
    pub assessment: String,
    pub handover: String,
    pub levels: Vec<LevelRow>,
    /// Newest month first: (check-in id, 'YYYY-MM', the check-in, note).
    pub checkins: Vec<(i64, String, ValidCheckin, String)>,
    pub incidents: Vec<IncidentRow>,
    /// (id, kind, asked on, from, to, granted, note).
    #[allow(clippy::type_complexity)]
    pub approvals: Vec<(
        i64,
        Option<ApprovalKind>,
        String,
        String,
        String,
        bool,
        String,
    )>,
    /// (id, reason, approved on, starts, ends).
    pub tags: Vec<(i64, String, String, String, String)>,
    /// (id, kind, on, hospital, result).
    pub medical: Vec<(i64, Option<MedicalKind>, String, String, String)>,
}

fn list<T>(
    store: &Store,
    sql: &str,
    id: i64,
    f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = store
        .conn()
        .prepare_cached(sql)
        .map_err(StoreError::sql("读取矫正记录"))?;
    stmt.query_map([id], f)
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql("读取矫正记录"))
}

/// One correction whole, as of `today` (for its alerts' months).
pub fn detail(store: &Store, id: i64, today: NaiveDate) -> Result<Detail> {
    let sql = row_select(" WHERE k.id = ? AND k.voided_at IS NULL");
    let mut params = month_params(today);
    params.push(Value::Integer(id));
    let row = query_rows(store, &sql, &params)?
        .pop()
        .ok_or(StoreError::NotFound)?;
    type Extra = (
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        String,
        String,
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        String,
    );
    let e: Extra = store
        .conn()
        .query_row(
            "SELECT p.gender, p.birth_date, p.phone, p.address, k.crime, k.sentence,
                    k.decided_by, k.papers_on, k.ban_content, k.ban_from, k.ban_to, k.domicile,
                    k.residence, k.team, k.announced_on, k.end_reason, k.ended_on,
                    k.end_papers_on, k.assessment, k.handover
             FROM corrections k JOIN persons p ON p.id = k.person_id WHERE k.id = ?1",
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
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                    r.get(12)?,
                    r.get(13)?,
                    r.get(14)?,
                    r.get(15)?,
                    r.get(16)?,
                    r.get(17)?,
                    r.get(18)?,
                    r.get(19)?,
                ))
            },
        )
        .optional()
        .map_err(StoreError::sql("读取矫正记录"))?
        .ok_or(StoreError::NotFound)?;
    let (crime_facts, priors): (String, String) = store
        .conn()
        .query_row(
            "SELECT crime_facts, priors FROM corrections WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(StoreError::sql("读取矫正记录"))?;
    let levels = list(
        store,
        "SELECT id, from_level, to_level, proposed_on, reason, reviewer, decision, decided_on,
                approver, doc_no
         FROM correction_levels WHERE correction_id = ?1 AND voided_at IS NULL
         ORDER BY proposed_on DESC, id DESC",
        id,
        |r| {
            Ok(LevelRow {
                id: r.get(0)?,
                from: Level::from_code(&r.get::<_, String>(1)?),
                to: Level::from_code(&r.get::<_, String>(2)?).unwrap_or(Level::Strict),
                proposed_on: r.get(3)?,
                reason: r.get(4)?,
                reviewer: r.get(5)?,
                decision: r.get(6)?,
                decided_on: r.get(7)?,
                approver: r.get(8)?,
                doc_no: r.get(9)?,
            })
        },
    )?;
    let checkins = list(
        store,
        &format!(
            "SELECT c.id, c.month, c.note, {CHECKIN_COLS} FROM correction_checkins c
             WHERE c.correction_id = ?1 AND c.voided_at IS NULL ORDER BY c.month DESC"
        ),
        id,
        |r| Ok((r.get(0)?, r.get(1)?, checkin_at(r, 3)?, r.get(2)?)),
    )?;
    let incidents = list(
        store,
        "SELECT id, on_date, kind, days, facts, measure, state, proposed_on, dismiss_reason,
                decided_on, doc_no, decision
         FROM correction_incidents WHERE correction_id = ?1 AND voided_at IS NULL
         ORDER BY on_date DESC, id DESC",
        id,
        |r| {
            Ok(IncidentRow {
                id: r.get(0)?,
                on: r.get(1)?,
                kind: IncidentKind::from_code(&r.get::<_, String>(2)?),
                days: r.get(3)?,
                facts: r.get(4)?,
                measure: r
                    .get::<_, Option<String>>(5)?
                    .and_then(|m| Measure::from_code(&m)),
                state: ProposalState::from_code(&r.get::<_, String>(6)?)
                    .unwrap_or(ProposalState::Suggested),
                proposed_on: r.get(7)?,
                dismiss_reason: r.get(8)?,
                decided_on: r.get(9)?,
                doc_no: r.get(10)?,
                decision: r.get(11)?,
            })
        },
    )?;
    let approvals = list(
        store,
        "SELECT id, kind, asked_on, coalesce(from_date, ''), coalesce(to_date, ''), granted, note
         FROM correction_approvals WHERE correction_id = ?1 AND voided_at IS NULL
         ORDER BY asked_on DESC, id DESC",
        id,
        |r| {
            Ok((
                r.get(0)?,
                ApprovalKind::from_code(&r.get::<_, String>(1)?),
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get::<_, i64>(5)? != 0,
                r.get(6)?,
            ))
        },
    )?;
    let tags = list(
        store,
        "SELECT id, reason, approved_on, starts_on, ends_on FROM correction_tags
         WHERE correction_id = ?1 AND voided_at IS NULL ORDER BY starts_on DESC, id DESC",
        id,
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    let medical = list(
        store,
        "SELECT id, kind, on_date, hospital, result FROM correction_medical
         WHERE correction_id = ?1 AND voided_at IS NULL ORDER BY on_date DESC, id DESC",
        id,
        |r| {
            Ok((
                r.get(0)?,
                MedicalKind::from_code(&r.get::<_, String>(1)?),
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
            ))
        },
    )?;
    Ok(Detail {
        row,
        gender: e.0.unwrap_or_default(),
        birth_date: e.1,
        phone: e.2,
        address: e.3,
        crime: e.4,
        sentence: e.5,
        decided_by: e.6,
        crime_facts,
        priors,
        papers_on: date(e.7),
        ban_content: e.8,
        ban_from: date(e.9),
        ban_to: date(e.10),
        domicile: e.11,
        residence: e.12,
        team: e.13,
        announced_on: date(e.14),
        end_reason: e.15.and_then(|c| EndReason::from_code(&c)),
        ended_on: date(e.16),
        end_papers_on: date(e.17),
        assessment: e.18,
        handover: e.19,
        levels,
        checkins,
        incidents,
        approvals,
        tags,
        medical,
    })
}

/// Those in correction in the office now, and of them minors.
pub fn active_counts(store: &Store, office_code: &str) -> Result<(usize, usize)> {
    store
        .conn()
        .query_row(
            "SELECT count(*), coalesce(sum(minor), 0) FROM corrections
             WHERE office_code = ?1 AND voided_at IS NULL AND status = 'active'",
            [office_code],
            |r| Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize)),
        )
        .map_err(StoreError::sql("读取矫正对象"))
}
