//! 更正登记信息: a saved case's intake details corrected. The case number and the steps are
//! never rewritten: the dispute row and its parties are updated (each change audited, before
//! and after), and the correction itself is a new entry of 办理经过 saying what changed. What
//! a later step depends on is checked again: a party of a reached agreement cannot be removed.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json};

use super::{insert_event, insert_party};
use crate::domain::dispute::{EVENT_CORRECTED, PartyInput, ValidIntake};
use crate::store::write::{Table, Tx, text};
use crate::store::{Result, Store, StoreError};
use crate::strings as s;

/// A case's intake as stored (codes, not labels), to fill the correction form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intake {
    pub registered_on: String,
    pub source: String,
    pub referrer: String,
    pub found_via: String,
    pub kind: String,
    pub facts: String,
    pub people_involved: i64,
    pub amount_fen: i64,
    pub mediators: Vec<String>,
    pub difficult: bool,
    pub escalation_risk: bool,
    /// (side, party): the live parties in the order they were entered.
    pub parties: Vec<(String, PartyInput)>,
}

/// Who a party is, to tell a removed party from a kept one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Person(i64),
    Organisation(String),
}

fn who(p: &PartyInput) -> Who {
    match p {
        PartyInput::Person { person_id, .. } => Who::Person(*person_id),
        PartyInput::Organisation { name, .. } => Who::Organisation(name.trim().to_string()),
    }
}

fn party_name(p: &PartyInput) -> &str {
    match p {
        PartyInput::Person { name, .. } => name,
        PartyInput::Organisation { name, .. } => name,
    }
}

/// A live party as stored: its row id, its side, who it is.
type StoredParty = (i64, String, PartyInput);

/// The intake, the day an agreement was reached (if it was), and the live parties.
fn read_intake(
    conn: &rusqlite::Connection,
    id: i64,
) -> Result<(Intake, Option<String>, Vec<StoredParty>)> {
    let doing = "读取纠纷";
    type Row = (
        String,
        String,
        String,
        Option<String>,
        String,
        String,
        i64,
        i64,
        String,
        bool,
        bool,
        Option<String>,
    );
    let row: Row = conn
        .query_row(
            "SELECT registered_on, source, referrer, found_via, kind, facts, people_involved,
                    amount_fen, mediators, difficult, escalation_risk, agreed_on
             FROM disputes WHERE id = ?1 AND voided_at IS NULL",
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
                ))
            },
        )
        .optional()
        .map_err(StoreError::sql(doing))?
        .ok_or(StoreError::NotFound)?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT dp.id, dp.side, dp.person_id, coalesce(p.name, dp.org_name), dp.credit_code
             FROM dispute_parties dp LEFT JOIN persons p ON p.id = dp.person_id
             WHERE dp.dispute_id = ?1 AND dp.voided_at IS NULL ORDER BY dp.id",
        )
        .map_err(StoreError::sql(doing))?;
    let parties = stmt
        .query_map([id], |r| {
            let person: Option<i64> = r.get(2)?;
            let name: String = r.get(3)?;
            let party = match person {
                Some(person_id) => PartyInput::Person { person_id, name },
                None => PartyInput::Organisation {
                    name,
                    credit_code: r.get(4)?,
                },
            };
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, party))
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(StoreError::sql(doing))?;
    let intake = Intake {
        registered_on: row.0,
        source: row.1,
        referrer: row.2,
        found_via: row.3.unwrap_or_default(),
        kind: row.4,
        facts: row.5,
        people_involved: row.6,
        amount_fen: row.7,
        mediators: row
            .8
            .split(',')
            .filter(|m| !m.is_empty())
            .map(str::to_string)
            .collect(),
        difficult: row.9,
        escalation_risk: row.10,
        parties: parties
            .iter()
            .map(|(_, side, p)| (side.clone(), p.clone()))
            .collect(),
    };
    Ok((intake, row.11, parties))
}

/// The intake of live case `id`, to correct it.
pub fn intake(store: &Store, id: i64) -> Result<Intake> {
    Ok(read_intake(store.conn(), id)?.0)
}

/// Corrects case `id`'s intake to `d` on `on`. Ok(Err(message)) when the rules refuse it
/// (nothing is written): a party of a reached agreement removed, or nothing changed.
pub fn correct(
    store: &mut Store,
    id: i64,
    d: &ValidIntake,
    on: NaiveDate,
) -> Result<std::result::Result<(), String>> {
    store.write(|tx| correct_in(tx, id, d, on))
}

fn correct_in(
    tx: &Tx<'_>,
    id: i64,
    d: &ValidIntake,
    on: NaiveDate,
) -> Result<std::result::Result<(), String>> {
    let (old, agreed_on, old_parties) = read_intake(tx.conn(), id)?;
    let new_parties: Vec<(&str, &PartyInput)> = d
        .applicants
        .iter()
        .map(|p| ("applicant", p))
        .chain(d.respondents.iter().map(|p| ("respondent", p)))
        .collect();
    let new_set: BTreeSet<(String, Who)> = new_parties
        .iter()
        .map(|(side, p)| (side.to_string(), who(p)))
        .collect();
    let old_set: BTreeSet<(String, Who)> = old_parties
        .iter()
        .map(|(_, side, p)| (side.clone(), who(p)))
        .collect();
    let removed: Vec<&StoredParty> = old_parties
        .iter()
        .filter(|(_, side, p)| !new_set.contains(&(side.clone(), who(p))))
        .collect();
    if agreed_on.is_some() && !removed.is_empty() {
        let names: Vec<&str> = removed.iter().map(|(_, _, p)| party_name(p)).collect();
        return Ok(Err(s::dispute_party_signed(&names.join("、"))));
    }
    let mut changed: Vec<&str> = Vec::new();
    for (label, differs) in [
        (
            s::DISPUTE_F_SOURCE,
            old.source != d.source || old.referrer != d.referrer,
        ),
        (s::DISPUTE_F_FOUND_VIA, old.found_via != d.found_via),
        (s::DISPUTE_COL_KIND, old.kind != d.kind),
        (s::DISPUTE_F_FACTS, old.facts != d.facts),
        (
            s::DISPUTE_F_PEOPLE,
            old.people_involved != i64::from(d.people_involved),
        ),
        (s::DISPUTE_F_AMOUNT, old.amount_fen != d.amount_fen),
        (s::DISPUTE_COL_MEDIATOR, old.mediators != d.mediators),
        (s::DISPUTE_F_DIFFICULT, old.difficult != d.difficult),
        (s::DISPUTE_F_RISK, old.escalation_risk != d.escalation_risk),
        (s::DISPUTE_CORRECTED_PARTIES, old_set != new_set),
    ] {
        if differs {
            changed.push(label);
        }
    }
    if changed.is_empty() {
        return Ok(Err(s::DISPUTE_NOTHING_CORRECTED.to_string()));
    }
    tx.update(
        Table::Disputes,
        id,
        &[
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
        ],
    )?;
    for (party_id, _, _) in &removed {
        tx.void(
            Table::DisputeParties,
            *party_id,
            s::DISPUTE_CORRECTION_REASON,
        )?;
    }
    let office = tx.office_code().to_string();
    for (side, p) in &new_parties {
        if !old_set.contains(&(side.to_string(), who(p))) {
            insert_party(tx, id, side, p, &office)?;
        }
    }
    let mut details = Map::new();
    details.insert("changed".into(), Json::String(changed.join("、")));
    insert_event(tx, id, EVENT_CORRECTED, on, &Json::Object(details), &office)?;
    Ok(Ok(()))
}

/// A correction of what a recorded step wrote down: a new entry of 办理经过 on `on` holding
/// the step it corrects, the fields changed with their new text, and why. The step itself is
/// never rewritten.
pub fn correct_step(
    store: &mut Store,
    id: i64,
    on: NaiveDate,
    details: &Map<String, Json>,
) -> Result<()> {
    store.write(|tx| {
        read_intake(tx.conn(), id)?;
        let office = tx.office_code().to_string();
        insert_event(
            tx,
            id,
            EVENT_CORRECTED,
            on,
            &Json::Object(details.clone()),
            &office,
        )
    })
}
