//! Tests of the demo generator, by topic; the helpers they share are here.

mod corrections;
mod county;
mod disputes;
mod ledger;
mod persons;
mod registry;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::person::birth_date;
use super::*;
use crate::domain::IdNumber;
use crate::domain::dispute::{
    Action, CaseState, Performance, Status, apply, case_number, check_credit_code,
};
use crate::domain::office::ValidOffice;
use crate::domain::parse_phone;
use crate::store::disputes::state_of;
use crate::store::{inspect, offices};

/// A Tuesday afternoon.
fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 17)
        .and_then(|d| d.and_hms_opt(15, 20, 0))
        .unwrap()
}

fn today() -> NaiveDate {
    now().date()
}

fn generated(scale: Scale, seed: u64) -> (Store, Summary) {
    let mut store = Store::open_in_memory().unwrap();
    let summary = generate(&mut store, scale, seed, now()).unwrap();
    (store, summary)
}

fn count(store: &Store, sql: &str) -> i64 {
    inspect::count(store, sql, []).unwrap()
}

/// Every person's content (not uid or write instants), in insertion order.
fn person_rows(store: &Store) -> Vec<String> {
    inspect::rows(
        store,
        "SELECT p.office_code, p.name, p.name_pinyin, p.name_initials,
                coalesce(p.id_number, ''), coalesce(p.gender, ''),
                coalesce(p.birth_date, ''), p.ethnicity, coalesce(p.phone, ''), p.address,
                coalesce(v.name, '')
         FROM persons p LEFT JOIN villages v ON v.id = p.village_id ORDER BY p.id",
        [],
        |r| {
            (0..11)
                .map(|i| r.get::<_, String>(i))
                .collect::<rusqlite::Result<Vec<_>>>()
                .map(|v| v.join("|"))
        },
    )
    .unwrap()
}

fn column(store: &Store, sql: &str) -> Vec<String> {
    inspect::column(store, sql, []).unwrap()
}

fn count_with(store: &Store, sql: &str, params: impl rusqlite::Params) -> i64 {
    inspect::count(store, sql, params).unwrap()
}

/// (office, disputes registered in the 365 days up to today, in the 365 days before).
fn disputes_per_year(store: &Store) -> Vec<(String, i64, i64)> {
    let day = |n: u64| {
        (today() - chrono::Days::new(n))
            .format("%Y-%m-%d")
            .to_string()
    };
    inspect::rows(
        store,
        "SELECT office_code,
                sum(registered_on > ?1), sum(registered_on <= ?1 AND registered_on > ?2)
         FROM disputes GROUP BY office_code ORDER BY office_code",
        [day(365), day(730)],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .unwrap()
}

fn date_of(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Replays every dispute's events through the state machine, from `CaseState::new`, taking
/// the parameters events do not carry (agreement form, performance deadline, new due date)
/// from the stored state and the performance from the step's details, and checks that the
/// replay ends in the stored state. Returns how many disputes were replayed.
fn replay_all(store: &Store) -> usize {
    let ids: Vec<i64> = inspect::column(store, "SELECT id FROM disputes", []).unwrap();
    for id in &ids {
        let stored = state_of(store, *id).unwrap();
        let rows: Vec<(String, String, String)> = inspect::rows(
            store,
            "SELECT action, on_date, details FROM dispute_events
             WHERE dispute_id = ?1 ORDER BY id",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
        let (first, rest) = rows.split_first().unwrap();
        assert_eq!(first.0, "register");
        let mut state = CaseState::new(date_of(&first.1));
        for (action, on, details) in rest {
            let on = date_of(on);
            let details: serde_json::Value = serde_json::from_str(details).unwrap();
            let action = match action.as_str() {
                "accept" => Action::Accept { on },
                "reject" => Action::Reject { on },
                "session" => Action::RecordSession { on },
                "extend" => Action::Extend {
                    on,
                    new_due: stored.mediation_due.unwrap(),
                },
                "agree" => Action::Agree {
                    on,
                    form: stored.agreement.unwrap(),
                    perform_by: stored.perform_by,
                },
                "terminate" => Action::Terminate { on },
                "performance" => Action::RecordPerformance {
                    on,
                    result: details["result"]
                        .as_str()
                        .and_then(Performance::from_code)
                        .unwrap(),
                },
                "follow_up" => Action::FollowUp { on },
                "confirmation" => Action::ApplyConfirmation { on },
                "archive" => Action::Archive { on },
                other => panic!("unknown action {other}"),
            };
            state = apply(&state, &action).unwrap_or_else(|r| panic!("dispute {id}: {r}"));
        }
        assert_eq!(state, stored, "dispute {id}");
    }
    ids.len()
}
