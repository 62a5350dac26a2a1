//! What a level asks of a subject in one month, and what a month's check-in fell short of.
//!
//! A weekly duty counts whole weeks of the days in correction that month (rounded down); a
//! monthly duty asks the full amount for a whole month and its share of the days (rounded
//! down) for a part month. Hours are tenths throughout.

use chrono::{Days, Months, NaiveDate};

use super::intake::{ValidCheckin, month_of};
use super::{Duty, DutyKind, Per};

/// A duty not met in a month: `required` and `done` (counts, or tenths of an hour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    pub kind: DutyKind,
    pub required: u32,
    pub done: u32,
}

/// The first and last day of the month starting at (or containing) `month`.
pub fn month_bounds(month: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = month_of(month);
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.checked_sub_days(Days::new(1)))
        .unwrap_or(first);
    (first, last)
}

/// Days from `from` to `to` inclusive, 0 when `to` is before `from`.
fn days_between(from: NaiveDate, to: NaiveDate) -> u64 {
    u64::try_from((to - from).num_days() + 1).unwrap_or(0)
}

/// What one duty asks for `days` in correction out of a month of `month_days`.
fn minimum_of(duty: &Duty, days: u64, month_days: u64) -> u64 {
    let amount = u64::from(duty.amount);
    match duty.per {
        Per::Week => amount * (days / 7),
        Per::Month if days >= month_days => amount,
        Per::Month => amount * days / month_days.max(1),
    }
}

/// The month's minimum of each duty kind for a subject in correction from `from` to `to`
/// (inclusive, already cut to the month starting `month`). 公益 is 0 when unable to work.
/// A kind listed twice is summed; kinds asking nothing are left out; the order is the
/// duties' (by a kind's first appearance).
pub fn monthly_minimum(
    duties: &[Duty],
    month: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    unable_to_work: bool,
) -> Vec<(DutyKind, u32)> {
    let (first, last) = month_bounds(month);
    let days = days_between(from.max(first), to.min(last));
    let month_days = days_between(first, last);
    let mut totals: Vec<(DutyKind, u64)> = Vec::new();
    for duty in duties {
        let need = if duty.kind == DutyKind::Service && unable_to_work {
            0
        } else {
            minimum_of(duty, days, month_days)
        };
        match totals.iter_mut().find(|(kind, _)| *kind == duty.kind) {
            Some((_, total)) => *total = total.saturating_add(need),
            None => totals.push((duty.kind, need)),
        }
    }
    totals
        .into_iter()
        .filter(|(_, total)| *total > 0)
        .map(|(kind, total)| (kind, u32::try_from(total).unwrap_or(u32::MAX)))
        .collect()
}

/// The duties of `required` that `done` falls short of, in the order of `required`.
pub fn shortfalls(required: &[(DutyKind, u32)], done: &ValidCheckin) -> Vec<Shortfall> {
    required
        .iter()
        .filter_map(|&(kind, required)| {
            let done = done.done(kind);
            (done < required).then_some(Shortfall {
                kind,
                required,
                done,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::DutyKind::*;
    use super::Per::{Month, Week};
    use super::*;
    use crate::domain::corrections::Settings;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The minimum for the whole month starting `first`.
    fn whole(duties: &[Duty], first: NaiveDate) -> Vec<(DutyKind, u32)> {
        let (a, b) = month_bounds(first);
        monthly_minimum(duties, first, a, b, false)
    }

    #[test]
    fn month_bounds_know_month_lengths() {
        assert_eq!(
            month_bounds(d(2026, 1, 15)),
            (d(2026, 1, 1), d(2026, 1, 31))
        );
        assert_eq!(month_bounds(d(2026, 4, 1)), (d(2026, 4, 1), d(2026, 4, 30)));
        assert_eq!(month_bounds(d(2026, 2, 1)), (d(2026, 2, 1), d(2026, 2, 28)));
        assert_eq!(month_bounds(d(2028, 2, 1)), (d(2028, 2, 1), d(2028, 2, 29)));
        assert_eq!(
            month_bounds(d(2026, 12, 9)),
            (d(2026, 12, 1), d(2026, 12, 31))
        );
    }

    #[test]
    fn a_whole_31_day_month_of_strict() {
        let st = Settings::default();
        assert_eq!(
            whole(&st.strict, d(2026, 1, 1)),
            vec![
                (InPerson, 4),
                (Written, 4),
                (Talk, 4),
                (Visit, 1),
                (Education, 120),
                (Service, 120),
            ]
        );
    }

    #[test]
    fn a_30_day_and_a_28_day_month_have_four_weeks() {
        let st = Settings::default();
        let april = whole(&st.normal, d(2026, 4, 1));
        assert_eq!(april[0], (Phone, 4));
        assert_eq!(april[1], (InPerson, 2));
        let february = whole(&st.normal, d(2026, 2, 1));
        assert_eq!(february[0], (Phone, 4));
        assert_eq!(
            february[4],
            (Education, 80),
            "a whole month asks the full amount"
        );
    }

    #[test]
    fn hours_are_tenths() {
        let duties = [Duty::new(Education, 120, Month)];
        let got = whole(&duties, d(2026, 3, 1));
        assert_eq!(got, vec![(Education, 120)], "120 tenths = 12 h");
    }

    #[test]
    fn a_subject_entering_on_the_20th_owes_a_share() {
        let st = Settings::default();
        // 20–31 January: 12 days, one whole week.
        let got = monthly_minimum(
            &st.strict,
            d(2026, 1, 1),
            d(2026, 1, 20),
            d(2026, 1, 31),
            false,
        );
        assert_eq!(
            got,
            vec![
                (InPerson, 1),
                (Written, 1),
                (Talk, 1),
                // Visit: 1 × 12 / 31 rounds down to nothing and is left out.
                (Education, 46),
                (Service, 46),
            ]
        );
        // 20–30 April: 11 days of 30.
        let got = monthly_minimum(
            &st.lenient,
            d(2026, 4, 1),
            d(2026, 4, 20),
            d(2026, 4, 30),
            false,
        );
        assert_eq!(got, vec![(Education, 14), (Service, 14)]);
    }

    #[test]
    fn under_a_week_asks_no_weekly_duty() {
        let duties = [Duty::new(Phone, 1, Week), Duty::new(Talk, 2, Month)];
        let got = monthly_minimum(
            &duties,
            d(2026, 2, 1),
            d(2026, 2, 23),
            d(2026, 2, 28),
            false,
        );
        assert_eq!(got, vec![], "6 days: no whole week, 2 × 6 / 28 = 0");
        let got = monthly_minimum(
            &duties,
            d(2026, 2, 1),
            d(2026, 2, 15),
            d(2026, 2, 28),
            false,
        );
        assert_eq!(got, vec![(Phone, 2), (Talk, 1)]);
    }

    #[test]
    fn the_period_is_clamped_to_the_month() {
        let st = Settings::default();
        let clamped = monthly_minimum(
            &st.strict,
            d(2026, 1, 1),
            d(2025, 12, 1),
            d(2026, 3, 1),
            false,
        );
        assert_eq!(clamped, whole(&st.strict, d(2026, 1, 1)));
        let outside = monthly_minimum(
            &st.strict,
            d(2026, 1, 1),
            d(2026, 2, 1),
            d(2026, 3, 1),
            false,
        );
        assert_eq!(outside, vec![]);
    }

    #[test]
    fn those_unable_to_work_owe_no_service() {
        let st = Settings::default();
        let (a, b) = month_bounds(d(2026, 1, 1));
        let got = monthly_minimum(&st.strict, d(2026, 1, 1), a, b, true);
        assert!(got.iter().all(|(kind, _)| *kind != Service), "{got:?}");
        assert!(got.contains(&(Education, 120)));
    }

    #[test]
    fn a_kind_listed_twice_is_summed_in_first_order() {
        let duties = [
            Duty::new(Talk, 1, Week),
            Duty::new(Phone, 1, Month),
            Duty::new(Talk, 2, Month),
        ];
        assert_eq!(whole(&duties, d(2026, 3, 1)), vec![(Talk, 6), (Phone, 1)]);
    }

    #[test]
    fn shortfalls_list_what_was_not_met() {
        let required = vec![(InPerson, 4), (Education, 120), (Service, 120)];
        let done = ValidCheckin {
            in_person: 4,
            education: 115,
            service: 200,
            ..Default::default()
        };
        assert_eq!(
            shortfalls(&required, &done),
            vec![Shortfall {
                kind: Education,
                required: 120,
                done: 115
            }]
        );
        let nothing = ValidCheckin::default();
        let all = shortfalls(&required, &nothing);
        assert_eq!(all.len(), 3);
        assert_eq!(all[2].kind, Service);
        assert_eq!(shortfalls(&[], &nothing), vec![]);
    }
}
