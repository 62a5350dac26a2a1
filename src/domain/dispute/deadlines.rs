//! What is due on a case, and how urgent it is today.
//!
//! Every deadline is a *last day*: on that day it is still on time; the day after it is
//! overdue by one day. A deadline is "due soon" from [`DUE_SOON_DAYS`] days before it up to
//! and including the day itself.
//!
//! - 调解期限 (mediation due): 30 days after acceptance (人民调解工作若干规定: generally one
//!   month), later when both parties agree to 延期. Open while 调解中.
//! - 回访 (follow-up): due after the performance deadline (`perform_by`). Open from the
//!   agreement until a 回访 is recorded; due soon as `perform_by` approaches, overdue once it
//!   has passed without a 回访. No `perform_by`, no follow-up deadline.
//! - 司法确认 (人民调解法 art. 33): the parties may apply within 30 days after a written
//!   agreement takes effect. Open until they apply. It is the parties' right, not the office's
//!   duty, so once the window has closed it is no longer flagged (never "overdue").

use chrono::{Days, NaiveDate};

use super::state::{AgreementForm, CaseState, Status};
use crate::strings;

/// Mediation is generally finished within one month of acceptance.
pub const MEDIATION_DAYS: i64 = 30;
/// 司法确认 may be applied for within 30 days after the agreement takes effect.
pub const CONFIRMATION_DAYS: i64 = 30;
/// A deadline this many days away or fewer is flagged as due soon.
pub const DUE_SOON_DAYS: i64 = 5;

/// `date` plus `days` (negative: minus), saturating at the ends of the calendar.
pub(super) fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let n = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(n).unwrap_or(NaiveDate::MAX)
    } else {
        date.checked_sub_days(n).unwrap_or(NaiveDate::MIN)
    }
}

/// The last day to apply for 司法确认 of an agreement reached on `agreed_on`.
pub fn confirmation_closes(agreed_on: NaiveDate) -> NaiveDate {
    add_days(agreed_on, CONFIRMATION_DAYS)
}

/// How urgent a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    None,
    /// 0 to [`DUE_SOON_DAYS`] days left (0: due today).
    DueSoon {
        days_left: i64,
    },
    /// At least one day past the deadline.
    Overdue {
        days_over: i64,
    },
}

impl Flag {
    /// "剩3天", "今天到期", "逾期2天"; empty for [`Flag::None`].
    pub fn label(self) -> String {
        match self {
            Flag::None => String::new(),
            Flag::DueSoon { days_left: 0 } => strings::DISPUTE_DUE_TODAY.to_string(),
            Flag::DueSoon { days_left } => strings::dispute_days_left(days_left),
            Flag::Overdue { days_over } => strings::dispute_days_over(days_over),
        }
    }

    /// Orders flags: any overdue above any due soon; more days over, or fewer days left,
    /// is more urgent. `None` for [`Flag::None`].
    fn urgency(self) -> Option<(u8, i64)> {
        match self {
            Flag::None => None,
            Flag::DueSoon { days_left } => Some((1, -days_left)),
            Flag::Overdue { days_over } => Some((2, days_over)),
        }
    }
}

/// The flag of a deadline whose last day is `due`.
pub fn flag_for(due: NaiveDate, today: NaiveDate) -> Flag {
    let left = (due - today).num_days();
    if left < 0 {
        Flag::Overdue { days_over: -left }
    } else if left <= DUE_SOON_DAYS {
        Flag::DueSoon { days_left: left }
    } else {
        Flag::None
    }
}

/// Which deadline a flag is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineKind {
    Mediation,
    FollowUp,
    Confirmation,
}

impl DeadlineKind {
    /// 调解期限, 回访, 司法确认.
    pub fn label(self) -> &'static str {
        match self {
            DeadlineKind::Mediation => strings::DISPUTE_DEADLINE_MEDIATION,
            DeadlineKind::FollowUp => strings::DISPUTE_DEADLINE_FOLLOW_UP,
            DeadlineKind::Confirmation => strings::DISPUTE_DEADLINE_CONFIRMATION,
        }
    }
}

/// The open deadlines of a case (each the last day; `None` when not open).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deadlines {
    /// Only while 调解中.
    pub mediation_due: Option<NaiveDate>,
    /// The performance deadline, after which a 回访 is due: from the agreement until the
    /// first 回访; `None` without a performance deadline, once followed up, or archived.
    pub follow_up_due: Option<NaiveDate>,
    /// Written agreement only, until 司法确认 is applied for; not archived. Still given after
    /// the window closed (the case screen may show it as 已截止).
    pub confirmation_closes: Option<NaiveDate>,
}

pub fn deadlines(state: &CaseState) -> Deadlines {
    let agreed = state.status.has_agreement();
    Deadlines {
        mediation_due: state
            .mediation_due
            .filter(|_| state.status == Status::Mediating),
        follow_up_due: state
            .perform_by
            .filter(|_| agreed && state.followed_up_on.is_none()),
        confirmation_closes: state.agreed_on.map(confirmation_closes).filter(|_| {
            agreed
                && state.agreement == Some(AgreementForm::Written)
                && state.confirmation_applied_on.is_none()
        }),
    }
}

/// The most urgent open deadline today, if any is flagged. A closed 司法确认 window is not
/// flagged (see the module notes).
pub fn most_urgent(state: &CaseState, today: NaiveDate) -> Option<(DeadlineKind, Flag)> {
    let open = deadlines(state);
    let confirmation = open.confirmation_closes.map(|d| match flag_for(d, today) {
        Flag::Overdue { .. } => Flag::None,
        flag => flag,
    });
    [
        (DeadlineKind::Confirmation, confirmation),
        (
            DeadlineKind::FollowUp,
            open.follow_up_due.map(|d| flag_for(d, today)),
        ),
        (
            DeadlineKind::Mediation,
            open.mediation_due.map(|d| flag_for(d, today)),
        ),
    ]
    .into_iter()
    .filter_map(|(kind, flag)| flag.and_then(|f| f.urgency().map(|u| (u, kind, f))))
    .max_by_key(|&(u, _, _)| u)
    .map(|(_, kind, flag)| (kind, flag))
}

/// The flag for the list: that of [`most_urgent`], or [`Flag::None`].
pub fn flag(state: &CaseState, today: NaiveDate) -> Flag {
    most_urgent(state, today).map_or(Flag::None, |(_, flag)| flag)
}

/// Days from acceptance to `today` (0 on the day of acceptance, negative when `today` is
/// earlier); `None` before 受理. Stops when the case is closed: then the days it took.
pub fn days_since_acceptance(state: &CaseState, today: NaiveDate) -> Option<i64> {
    let until = state.closed_on.map_or(today, |c| c.min(today));
    state.accepted_on.map(|a| (until - a).num_days())
}
