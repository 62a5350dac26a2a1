//! Tests of the dispute rules, by topic; the helpers they share are here.

mod codes;
mod due_dates;
mod intake_form;
mod lifecycle;
mod properties;
mod step_rules;
mod steps;

use super::*;
use chrono::NaiveDate;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plus(date: NaiveDate, days: i64) -> NaiveDate {
    date + chrono::Duration::days(days)
}

fn ok(state: &CaseState, action: Action) -> CaseState {
    apply(state, &action).unwrap_or_else(|r| panic!("{action:?} refused: {r}"))
}

fn refused(state: &CaseState, action: Action) -> Refusal {
    apply(state, &action).expect_err("should be refused")
}

const REG: (i32, u32, u32) = (2026, 11, 2);

fn registered() -> CaseState {
    CaseState::new(d(REG.0, REG.1, REG.2))
}

fn mediating() -> CaseState {
    ok(&registered(), Action::Accept { on: d(2026, 11, 3) })
}

fn agreed(form: AgreementForm) -> CaseState {
    ok(
        &mediating(),
        Action::Agree {
            on: d(2026, 11, 29),
            form,
            perform_by: Some(d(2026, 12, 20)),
        },
    )
}

fn accepted_on(on: NaiveDate) -> CaseState {
    ok(&CaseState::new(plus(on, -3)), Action::Accept { on })
}
