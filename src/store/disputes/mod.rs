//! Queries of people's mediation (纠纷受理) that write: register a dispute with its parties,
//! apply a step of the lifecycle (受理 gives the case number), void, record the police report.
//! Reading the register and one case whole is in `read.rs`.
//!
//! The lifecycle's rules live in `domain::dispute`; this file only loads a case's state,
//! asks the domain for the next one and writes it, with the step, in one transaction.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row};
use serde_json::Value as Json;

use super::write::{Table, Tx, opt_text, text};
use super::{Result, Store, StoreError, settings};
mod correct;
mod read;

pub use correct::{Intake, correct, correct_step, intake};
pub use read::{Detail, PartyRow, detail, history_of, page, page_query, row};

use crate::domain::dispute::{
    Action, AgreementForm, CaseState, EVENT_POLICE, PartyInput, Refusal, Status, ValidIntake,
    apply, case_number,
};

/// What applying a step can fail with: the rules refused it, the office has no case-number
/// prefix to number an accepted case with, or the database failed.
#[derive(Debug)]
pub enum StepError {
    Refused(Refusal),
    NoCasePrefix,
    Store(StoreError),
}

impl From<StoreError> for StepError {
    fn from(e: StoreError) -> Self {
        StepError::Store(e)
    }
}

impl std::fmt::Display for StepError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StepError::Refused(r) => r.fmt(f),
            StepError::NoCasePrefix => f.write_str(crate::strings::DISPUTE_NO_CASE_PREFIX),
            StepError::Store(e) => e.fmt(f),
        }
    }
}

/// A line of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisputeRow {
    pub id: i64,
    pub case_no: Option<String>,
    /// "2026-007": the case number short enough for a list.
    pub case_short: Option<String>,
    pub kind: String,
    pub applicants: String,
    pub respondents: String,
    pub mediators: String,
    pub state: CaseState,
    /// 易激化 (人民调解法 art. 25).
    pub escalation_risk: bool,
}

/// Which disputes the register shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisputeFilter {
    pub office_code: String,
    pub status: Option<String>,
    pub kind: Option<String>,
    pub source: Option<String>,
    pub mediator: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only cases past a deadline on this day.
    pub overdue_on: Option<NaiveDate>,
    /// A party's name, pinyin or ID digits, or part of the case number.
    pub query: String,
}

const STATE_COLS: &str = "d.status, d.registered_on, d.accepted_on, d.mediation_due, d.extended,
    d.agreed_on, d.agreement, d.perform_by, d.followed_up_on, d.confirmation_applied_on,
    d.closed_on";

fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
}

/// The state from the 11 columns of [`STATE_COLS`] starting at `at`.
fn state(r: &Row<'_>, at: usize) -> rusqlite::Result<CaseState> {
    let status: String = r.get(at)?;
    let registered: String = r.get(at + 1)?;
    let agreement: Option<String> = r.get(at + 6)?;
    Ok(CaseState {
        status: Status::from_code(&status).unwrap_or_default(),
        registered_on: date(Some(registered)).unwrap_or_default(),
        accepted_on: date(r.get(at + 2)?),
        mediation_due: date(r.get(at + 3)?),
        extended: r.get(at + 4)?,
        agreed_on: date(r.get(at + 5)?),
        agreement: agreement.as_deref().and_then(AgreementForm::from_code),
        perform_by: date(r.get(at + 7)?),
        followed_up_on: date(r.get(at + 8)?),
        confirmation_applied_on: date(r.get(at + 9)?),
        closed_on: date(r.get(at + 10)?),
    })
}

fn day(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| {
        Value::Text(d.format("%Y-%m-%d").to_string())
    })
}

fn state_values(s: &CaseState) -> Vec<(&'static str, Value)> {
    vec![
        ("status", text(s.status.code())),
        ("accepted_on", day(s.accepted_on)),
        ("mediation_due", day(s.mediation_due)),
        ("extended", Value::Integer(i64::from(s.extended))),
        ("agreed_on", day(s.agreed_on)),
        (
            "agreement",
            s.agreement.map_or(Value::Null, |a| text(a.code())),
        ),
        ("perform_by", day(s.perform_by)),
        ("followed_up_on", day(s.followed_up_on)),
        ("confirmation_applied_on", day(s.confirmation_applied_on)),
        ("closed_on", day(s.closed_on)),
    ]
}

fn insert_party(
    tx: &Tx<'_>,
    dispute: i64,
    side: &str,
    p: &PartyInput,
    office_code: &str,
) -> Result<()> {
    let (person, org, code) = match p {
        PartyInput::Person { person_id, .. } => (Value::Integer(*person_id), "", ""),
        PartyInput::Organisation { name, credit_code } => {
            (Value::Null, name.as_str(), credit_code.as_str())
        }
    };
    tx.insert(
        Table::DisputeParties,
        &[
            ("office_code", text(office_code)),
            ("dispute_id", Value::Integer(dispute)),
            ("side", text(side)),
            ("person_id", person),
            ("org_name", text(org)),
            ("credit_code", text(code)),
        ],
    )?;
    Ok(())
}

fn insert_event(
    tx: &Tx<'_>,
    dispute: i64,
    action: &str,
    on: NaiveDate,
    details: &Json,
    office_code: &str,
) -> Result<()> {
    tx.insert(
        Table::DisputeEvents,
        &[
            ("office_code", text(office_code)),
            ("dispute_id", Value::Integer(dispute)),
            ("action", text(action)),
            ("on_date", day(Some(on))),
            ("details", Value::Text(details.to_string())),
        ],
    )?;
    Ok(())
}

/// Registers a dispute with its parties: one transaction. `police_notified_at` is the instant
/// the police were told of a risk of escalation, when they were.
pub fn register(
    store: &mut Store,
    d: &ValidIntake,
    police_notified_at: Option<&str>,
) -> Result<i64> {
    store.write(|tx| register_in(tx, d, police_notified_at, tx.office_code()))
}

/// The next case number of an office's year. Inside the write transaction (BEGIN IMMEDIATE),
/// so two desks saving at once get two numbers; a voided case keeps its number.
fn next_case_seq(tx: &Tx<'_>, office: &str, year: i32) -> Result<u32> {
    tx.conn()
        .query_row(
            "INSERT INTO case_sequences (office_code, year, last) VALUES (?1, ?2, 1)
             ON CONFLICT (office_code, year) DO UPDATE SET last = last + 1
             RETURNING last",
            rusqlite::params![office, year],
            |r| r.get(0),
        )
        .map_err(StoreError::from_busy("编案号"))
}

fn load_state(conn: &rusqlite::Connection, id: i64) -> Result<CaseState> {
    conn.query_row(
        &format!("SELECT {STATE_COLS} FROM disputes d WHERE d.id = ?1 AND d.voided_at IS NULL"),
        [id],
        |r| state(r, 0),
    )
    .optional()
    .map_err(StoreError::sql("读取纠纷"))?
    .ok_or(StoreError::NotFound)
}

/// The current state of a live dispute.
pub fn state_of(store: &Store, id: i64) -> Result<CaseState> {
    load_state(store.conn(), id)
}

/// Applies one step to a case: the rules decide, then the new state and the step (with what
/// was written down, `details`) are saved in one transaction. 受理 gives the case number
/// `〔year〕{prefix}人调字第NNN号`, the prefix read from the settings in that transaction: a
/// failed read or an empty prefix fails the step and saves nothing. Returns the new state.
pub fn step(
    store: &mut Store,
    id: i64,
    action: &Action,
    details: &Json,
) -> std::result::Result<CaseState, StepError> {
    // A refusal comes before any write, so committing then writes nothing; a database error
    // rolls the transaction back.
    store.write(|tx| {
        let prefix = if matches!(action, Action::Accept { .. }) {
            settings::dispute_prefix_in(tx.conn(), tx.office_code())?
        } else {
            String::new()
        };
        match step_in(tx, id, action, details, &prefix, tx.office_code()) {
            Err(StepError::Store(e)) => Err(e),
            done => Ok(done),
        }
    })?
}

pub fn void(store: &mut Store, id: i64, reason: &str) -> Result<()> {
    store.write(|tx| tx.void(Table::Disputes, id, reason))
}

/// [`register`] inside an open write transaction, for a dispute of `office_code` (bulk
/// writers such as the demo).
pub(crate) fn register_in(
    tx: &Tx<'_>,
    d: &ValidIntake,
    police_notified_at: Option<&str>,
    office_code: &str,
) -> Result<i64> {
    let fresh = CaseState::new(d.registered_on);
    let mut values = vec![
        ("office_code", text(office_code)),
        ("registered_on", day(Some(d.registered_on))),
        ("source", text(&d.source)),
        ("referrer", text(&d.referrer)),
        ("found_via", text(&d.found_via)),
        ("kind", text(&d.kind)),
        ("facts", text(&d.facts)),
        (
            "people_involved",
            Value::Integer(i64::from(d.people_involved)),
        ),
        ("amount_fen", Value::Integer(d.amount_fen)),
        ("mediators", Value::Text(d.mediators.join(","))),
        ("difficult", Value::Integer(i64::from(d.difficult))),
        (
            "escalation_risk",
            Value::Integer(i64::from(d.escalation_risk)),
        ),
        (
            "police_notified_at",
            police_notified_at.map_or(Value::Null, opt_text),
        ),
    ];
    values.extend(state_values(&fresh));
    let id = tx.insert(Table::Disputes, &values)?.id;
    for p in &d.applicants {
        insert_party(tx, id, "applicant", p, office_code)?;
    }
    for p in &d.respondents {
        insert_party(tx, id, "respondent", p, office_code)?;
    }
    insert_event(
        tx,
        id,
        "register",
        d.registered_on,
        &Json::Object(Default::default()),
        office_code,
    )?;
    Ok(id)
}

/// [`step`] inside an open write transaction, for a dispute of `office_code`: the state is
/// read in the transaction, the rules decide, 受理 takes the office's next case number.
pub(crate) fn step_in(
    tx: &Tx<'_>,
    id: i64,
    action: &Action,
    details: &Json,
    prefix: &str,
    office_code: &str,
) -> std::result::Result<CaseState, StepError> {
    let before = load_state(tx.conn(), id)?;
    let after = apply(&before, action).map_err(StepError::Refused)?;
    let on = action.on();
    let mut values = state_values(&after);
    if matches!(action, Action::Accept { .. }) {
        // An official case number never goes out without the office's part.
        if prefix.trim().is_empty() {
            return Err(StepError::NoCasePrefix);
        }
        let year = chrono::Datelike::year(&on);
        let seq = next_case_seq(tx, office_code, year)?;
        values.push(("case_year", Value::Integer(i64::from(year))));
        values.push(("case_seq", Value::Integer(i64::from(seq))));
        values.push(("case_no", Value::Text(case_number(year, prefix, seq))));
    }
    tx.update(Table::Disputes, id, &values)?;
    insert_event(tx, id, action.kind().code(), on, details, office_code)?;
    Ok(after)
}

/// Records when the police were told of a dispute at risk of escalation (and the step).
pub fn record_police(store: &mut Store, id: i64, at: chrono::NaiveDateTime) -> Result<()> {
    let when = at.format("%Y-%m-%dT%H:%M").to_string();
    store.write(|tx| {
        let office = tx.office_code().to_string();
        tx.update(
            Table::Disputes,
            id,
            &[("police_notified_at", Value::Text(when.clone()))],
        )?;
        insert_event(
            tx,
            id,
            EVENT_POLICE,
            at.date(),
            &serde_json::json!({ "at": when }),
            &office,
        )
    })
}
