//! What a level asks of a subject in one month, and what a month's check-in fell short of.

use chrono::NaiveDate;

use super::intake::ValidCheckin;
use super::{Duty, DutyKind};

/// A duty not met in a month: `required` and `done` (counts, or tenths of an hour).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortfall {
    pub kind: DutyKind,
    pub required: u32,
    pub done: u32,
}

/// The month's minimum of each duty kind for a subject in correction from `from` to `to`
/// (inclusive, already cut to the month starting `month`). 公益 is 0 when unable to work.
pub fn monthly_minimum(
    duties: &[Duty],
    month: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
    unable_to_work: bool,
) -> Vec<(DutyKind, u32)> {
    let _ = (duties, month, from, to, unable_to_work);
    todo!("helper: monthly minimum")
}

/// The duties of `required` that `done` falls short of, in the order of `required`.
pub fn shortfalls(required: &[(DutyKind, u32)], done: &ValidCheckin) -> Vec<Shortfall> {
    let _ = (required, done);
    todo!("helper: shortfalls")
}
