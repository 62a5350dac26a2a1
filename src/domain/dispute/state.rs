//! The lifecycle of a dispute as a pure state machine.
//!
//! ```text
//! 登记 ──受理──▶ 调解中 ──达成协议──▶ 履行中 ──记录履行──▶ 履行完毕 ─┐
//!  │              │  ▲ 记录调解/延期        │ (部分履行: stays)  ▲      │
//!  │              │  └──┘                   └──────▶ 未履行 ─────┘      │ 回访, then 归档
//!  │              └──调解终止──▶ 调解终止 ────────────────────────────────┤
//!  └──不予受理──▶ 不予受理 ──────────────────────────────────────────────┴──▶ 已归档
//! ```
//! 回访 may be recorded any number of times once there is an agreement; 申请司法确认 once, for
//! a written agreement, within 30 days after it took effect. What was said or written at each
//! step (reasons, places, terms, routes) is kept by the caller; this module keeps only what
//! decides the next step.

use std::fmt;

use chrono::NaiveDate;

use super::deadlines::{MEDIATION_DAYS, add_days, confirmation_closes};
use crate::domain::dates::format_date;
use crate::strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Status {
    /// 登记: written down, not yet accepted.
    #[default]
    Registered,
    /// 不予受理 (with referral advice).
    Rejected,
    /// 调解中.
    Mediating,
    /// 履行中: an agreement was reached and is being carried out.
    Performing,
    /// 履行完毕.
    Performed,
    /// 未履行.
    NotPerformed,
    /// 调解终止: no agreement; the parties were told of other routes.
    Terminated,
    /// 已归档: nothing more happens.
    Archived,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Registered,
        Status::Rejected,
        Status::Mediating,
        Status::Performing,
        Status::Performed,
        Status::NotPerformed,
        Status::Terminated,
        Status::Archived,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::Registered => strings::DISPUTE_STATUS_REGISTERED,
            Status::Rejected => strings::DISPUTE_STATUS_REJECTED,
            Status::Mediating => strings::DISPUTE_STATUS_MEDIATING,
            Status::Performing => strings::DISPUTE_STATUS_PERFORMING,
            Status::Performed => strings::DISPUTE_STATUS_PERFORMED,
            Status::NotPerformed => strings::DISPUTE_STATUS_NOT_PERFORMED,
            Status::Terminated => strings::DISPUTE_STATUS_TERMINATED,
            Status::Archived => strings::DISPUTE_STATUS_ARCHIVED,
        }
    }

    /// The stored code (`disputes.status`).
    pub fn code(self) -> &'static str {
        match self {
            Status::Registered => "registered",
            Status::Rejected => "rejected",
            Status::Mediating => "mediating",
            Status::Performing => "performing",
            Status::Performed => "performed",
            Status::NotPerformed => "not_performed",
            Status::Terminated => "terminated",
            Status::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Still being worked on (登记, 调解中, 履行中): never archived from here.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Registered | Status::Mediating | Status::Performing
        )
    }

    /// An agreement was reached and the case is not archived (履行中, 履行完毕, 未履行).
    pub fn has_agreement(self) -> bool {
        matches!(
            self,
            Status::Performing | Status::Performed | Status::NotPerformed
        )
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// 口头 or 书面 mediation agreement. Only a written one can go to court for 司法确认.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgreementForm {
    Oral,
    Written,
}

impl AgreementForm {
    pub const ALL: [AgreementForm; 2] = [AgreementForm::Oral, AgreementForm::Written];

    pub fn label(self) -> &'static str {
        match self {
            AgreementForm::Oral => strings::DISPUTE_AGREEMENT_ORAL,
            AgreementForm::Written => strings::DISPUTE_AGREEMENT_WRITTEN,
        }
    }

    /// The stored code (`disputes.agreement`).
    pub fn code(self) -> &'static str {
        match self {
            AgreementForm::Oral => "oral",
            AgreementForm::Written => "written",
        }
    }

    pub fn from_code(code: &str) -> Option<AgreementForm> {
        AgreementForm::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// What a 记录履行 found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Performance {
    /// 履行完毕.
    Full,
    /// 部分履行: the case stays open (履行中).
    Partial,
    /// 未履行.
    None,
}

impl Performance {
    pub const ALL: [Performance; 3] = [Performance::Full, Performance::Partial, Performance::None];

    pub fn label(self) -> &'static str {
        match self {
            Performance::Full => strings::DISPUTE_PERFORMANCE_FULL,
            Performance::Partial => strings::DISPUTE_PERFORMANCE_PARTIAL,
            Performance::None => strings::DISPUTE_PERFORMANCE_NONE,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Performance::Full => "full",
            Performance::Partial => "partial",
            Performance::None => "none",
        }
    }

    pub fn from_code(code: &str) -> Option<Performance> {
        Performance::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// One step of a case. Every action carries the day it happened (`on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// 受理: 登记 → 调解中; mediation due `on` + 30 days.
    Accept { on: NaiveDate },
    /// 不予受理: 登记 → 不予受理 (the reason and referral advice are kept by the caller).
    Reject { on: NaiveDate },
    /// 记录调解: a session; the status stays 调解中.
    RecordSession { on: NaiveDate },
    /// 延期: both parties agreed on `on` to a later due date, after the current one.
    Extend { on: NaiveDate, new_due: NaiveDate },
    /// 达成协议: 调解中 → 履行中. `perform_by`, if given, is not before `on`.
    Agree {
        on: NaiveDate,
        form: AgreementForm,
        perform_by: Option<NaiveDate>,
    },
    /// 调解终止: 调解中 → 调解终止.
    Terminate { on: NaiveDate },
    /// 记录履行: 履行中 → 履行完毕 / 履行中 (部分履行) / 未履行; 未履行 → 履行完毕 when the
    /// parties perform late (部分履行 or 未履行 again leaves 未履行 as it is).
    RecordPerformance { on: NaiveDate, result: Performance },
    /// 回访: any number of times once there is an agreement.
    FollowUp { on: NaiveDate },
    /// 申请司法确认: once, written agreement only, within 30 days after it took effect.
    ApplyConfirmation { on: NaiveDate },
    /// 归档: from 不予受理 or 调解终止; from 履行完毕 or 未履行 after a 回访.
    Archive { on: NaiveDate },
}

impl Action {
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Accept { .. } => ActionKind::Accept,
            Action::Reject { .. } => ActionKind::Reject,
            Action::RecordSession { .. } => ActionKind::RecordSession,
            Action::Extend { .. } => ActionKind::Extend,
            Action::Agree { .. } => ActionKind::Agree,
            Action::Terminate { .. } => ActionKind::Terminate,
            Action::RecordPerformance { .. } => ActionKind::RecordPerformance,
            Action::FollowUp { .. } => ActionKind::FollowUp,
            Action::ApplyConfirmation { .. } => ActionKind::ApplyConfirmation,
            Action::Archive { .. } => ActionKind::Archive,
        }
    }

    /// The day the step happened (`dispute_events.on_date`).
    pub fn on(&self) -> NaiveDate {
        match *self {
            Action::Accept { on }
            | Action::Reject { on }
            | Action::RecordSession { on }
            | Action::Extend { on, .. }
            | Action::Agree { on, .. }
            | Action::Terminate { on }
            | Action::RecordPerformance { on, .. }
            | Action::FollowUp { on }
            | Action::ApplyConfirmation { on }
            | Action::Archive { on } => on,
        }
    }
}

/// The kinds of [`Action`], for menus and the event log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionKind {
    Accept,
    Reject,
    RecordSession,
    Extend,
    Agree,
    Terminate,
    RecordPerformance,
    FollowUp,
    ApplyConfirmation,
    Archive,
}

impl ActionKind {
    /// In menu order.
    pub const ALL: [ActionKind; 10] = [
        ActionKind::Accept,
        ActionKind::Reject,
        ActionKind::RecordSession,
        ActionKind::Extend,
        ActionKind::Agree,
        ActionKind::Terminate,
        ActionKind::RecordPerformance,
        ActionKind::FollowUp,
        ActionKind::ApplyConfirmation,
        ActionKind::Archive,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionKind::Accept => strings::DISPUTE_ACT_ACCEPT,
            ActionKind::Reject => strings::DISPUTE_ACT_REJECT,
            ActionKind::RecordSession => strings::DISPUTE_ACT_SESSION,
            ActionKind::Extend => strings::DISPUTE_ACT_EXTEND,
            ActionKind::Agree => strings::DISPUTE_ACT_AGREE,
            ActionKind::Terminate => strings::DISPUTE_ACT_TERMINATE,
            ActionKind::RecordPerformance => strings::DISPUTE_ACT_PERFORMANCE,
            ActionKind::FollowUp => strings::DISPUTE_ACT_FOLLOW_UP,
            ActionKind::ApplyConfirmation => strings::DISPUTE_ACT_CONFIRMATION,
            ActionKind::Archive => strings::DISPUTE_ACT_ARCHIVE,
        }
    }

    /// The stored code (`dispute_events.action`).
    pub fn code(self) -> &'static str {
        match self {
            ActionKind::Accept => "accept",
            ActionKind::Reject => "reject",
            ActionKind::RecordSession => "session",
            ActionKind::Extend => "extend",
            ActionKind::Agree => "agree",
            ActionKind::Terminate => "terminate",
            ActionKind::RecordPerformance => "performance",
            ActionKind::FollowUp => "follow_up",
            ActionKind::ApplyConfirmation => "confirmation",
            ActionKind::Archive => "archive",
        }
    }

    pub fn from_code(code: &str) -> Option<ActionKind> {
        ActionKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What decides the next step of a case; the columns of `disputes` of the same names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseState {
    pub status: Status,
    pub registered_on: NaiveDate,
    pub accepted_on: Option<NaiveDate>,
    /// Set at 受理 (+30 days), moved by 延期; kept afterwards as a record.
    pub mediation_due: Option<NaiveDate>,
    pub extended: bool,
    /// The day the agreement was reached, which is the day it took effect.
    pub agreed_on: Option<NaiveDate>,
    pub agreement: Option<AgreementForm>,
    pub perform_by: Option<NaiveDate>,
    /// The latest 回访.
    pub followed_up_on: Option<NaiveDate>,
    pub confirmation_applied_on: Option<NaiveDate>,
    /// The day the outcome was reached: 不予受理, 调解终止, 履行完毕 or 未履行 (a late 履行完毕
    /// moves it). Kept unchanged by 归档, whose date is in the event log.
    pub closed_on: Option<NaiveDate>,
}

impl CaseState {
    /// A dispute just registered (登记).
    pub fn new(registered_on: NaiveDate) -> CaseState {
        CaseState {
            status: Status::Registered,
            registered_on,
            accepted_on: None,
            mediation_due: None,
            extended: false,
            agreed_on: None,
            agreement: None,
            perform_by: None,
            followed_up_on: None,
            confirmation_applied_on: None,
            closed_on: None,
        }
    }
}

/// Why [`apply`] refused an action; `Display` is the Chinese message for the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The action does not exist in this status (「已归档」的纠纷不能回访).
    NotAllowed {
        action: ActionKind,
        status: Status,
    },
    /// The date is before the registration date (carried).
    DateBeforeRegistration(NaiveDate),
    DateBeforeAcceptance(NaiveDate),
    DateBeforeAgreement(NaiveDate),
    /// 归档 before the outcome was reached.
    DateBeforeClosing(NaiveDate),
    /// 归档 before the latest 回访.
    DateBeforeFollowUp(NaiveDate),
    /// 延期: the new due date must be after this day (the current due date, or the day of
    /// the extension when that is later).
    DueNotLater(NaiveDate),
    /// The performance deadline is before the agreement day (carried).
    PerformByBeforeAgreement(NaiveDate),
    NeedsWrittenAgreement,
    /// The 司法确认 window closed on this day (its last day).
    ConfirmationWindowClosed(NaiveDate),
    /// 司法确认 was already applied for on this day.
    AlreadyApplied(NaiveDate),
    /// 归档 of 履行完毕 / 未履行 before any 回访.
    FollowUpFirst,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match *self {
            Refusal::NotAllowed { action, status } => {
                strings::dispute_not_allowed(status.label(), action.label())
            }
            Refusal::DateBeforeRegistration(d) => {
                strings::dispute_before_registration(&format_date(d))
            }
            Refusal::DateBeforeAcceptance(d) => strings::dispute_before_acceptance(&format_date(d)),
            Refusal::DateBeforeAgreement(d) => strings::dispute_before_agreement(&format_date(d)),
            Refusal::DateBeforeClosing(d) => strings::dispute_before_closing(&format_date(d)),
            Refusal::DateBeforeFollowUp(d) => strings::dispute_before_follow_up(&format_date(d)),
            Refusal::DueNotLater(d) => strings::dispute_due_not_later(&format_date(d)),
            Refusal::PerformByBeforeAgreement(d) => {
                strings::dispute_perform_by_early(&format_date(d))
            }
            Refusal::NeedsWrittenAgreement => strings::DISPUTE_NEEDS_WRITTEN.to_string(),
            Refusal::ConfirmationWindowClosed(d) => strings::dispute_confirmation_closed(
                super::deadlines::CONFIRMATION_DAYS,
                &format_date(d),
            ),
            Refusal::AlreadyApplied(d) => strings::dispute_already_applied(&format_date(d)),
            Refusal::FollowUpFirst => strings::DISPUTE_FOLLOW_UP_FIRST.to_string(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Refusal {}

/// Whether `kind` can happen in this state at all, whatever its date and arguments, and if
/// not, why (a menu may show 归档 greyed out with "归档前请先回访"). The one gate shared by
/// [`allowed`] and [`apply`], so the two never disagree.
pub fn permitted(state: &CaseState, kind: ActionKind) -> Result<(), Refusal> {
    let status = state.status;
    let not_allowed = Err(Refusal::NotAllowed {
        action: kind,
        status,
    });
    match kind {
        ActionKind::Accept | ActionKind::Reject if status == Status::Registered => Ok(()),
        ActionKind::RecordSession
        | ActionKind::Extend
        | ActionKind::Agree
        | ActionKind::Terminate
            if status == Status::Mediating =>
        {
            Ok(())
        }
        ActionKind::RecordPerformance
            if matches!(status, Status::Performing | Status::NotPerformed) =>
        {
            Ok(())
        }
        ActionKind::FollowUp if status.has_agreement() => Ok(()),
        ActionKind::ApplyConfirmation if status.has_agreement() => {
            if state.agreement != Some(AgreementForm::Written) {
                return Err(Refusal::NeedsWrittenAgreement);
            }
            match state.confirmation_applied_on {
                Some(d) => Err(Refusal::AlreadyApplied(d)),
                None => Ok(()),
            }
        }
        ActionKind::Archive => match status {
            Status::Rejected | Status::Terminated => Ok(()),
            Status::Performed | Status::NotPerformed if state.followed_up_on.is_none() => {
                Err(Refusal::FollowUpFirst)
            }
            Status::Performed | Status::NotPerformed => Ok(()),
            _ => not_allowed,
        },
        _ => not_allowed,
    }
}

/// The kinds of action [`apply`] can accept in this state (with suitable dates), in menu
/// order. The screen offers only these. Empty once archived.
pub fn allowed(state: &CaseState) -> Vec<ActionKind> {
    ActionKind::ALL
        .into_iter()
        .filter(|&kind| permitted(state, kind).is_ok())
        .collect()
}

type Floor = (Option<NaiveDate>, fn(NaiveDate) -> Refusal);

/// Refuses `on` when it is before any of the given days; names the latest one it is before
/// (when the day is before both registration and acceptance, acceptance is what matters).
fn not_before(on: NaiveDate, floors: &[Floor]) -> Result<(), Refusal> {
    floors
        .iter()
        .filter_map(|&(day, refusal)| day.map(|d| (d, refusal)))
        .filter(|&(d, _)| on < d)
        .max_by_key(|&(d, _)| d)
        .map_or(Ok(()), |(d, refusal)| Err(refusal(d)))
}

/// Applies one action; the new state, or why not. Pure: `state` is not changed.
///
/// Dates: no action is dated before registration; after 受理, none before acceptance; after
/// 达成协议, 记录履行, 回访 and 申请司法确认 not before the agreement; 归档 not before the
/// outcome or the latest 回访.
pub fn apply(state: &CaseState, action: &Action) -> Result<CaseState, Refusal> {
    permitted(state, action.kind())?;
    let registered: Floor = (Some(state.registered_on), Refusal::DateBeforeRegistration);
    let accepted: Floor = (state.accepted_on, Refusal::DateBeforeAcceptance);
    let agreed: Floor = (state.agreed_on, Refusal::DateBeforeAgreement);
    let mut next = state.clone();
    match *action {
        Action::Accept { on } => {
            not_before(on, &[registered])?;
            next.status = Status::Mediating;
            next.accepted_on = Some(on);
            next.mediation_due = Some(add_days(on, MEDIATION_DAYS));
        }
        Action::Reject { on } => {
            not_before(on, &[registered])?;
            next.status = Status::Rejected;
            next.closed_on = Some(on);
        }
        Action::RecordSession { on } => not_before(on, &[registered, accepted])?,
        Action::Extend { on, new_due } => {
            not_before(on, &[registered, accepted])?;
            let floor = state.mediation_due.map_or(on, |due| due.max(on));
            if new_due <= floor {
                return Err(Refusal::DueNotLater(floor));
            }
            next.extended = true;
            next.mediation_due = Some(new_due);
        }
        Action::Agree {
            on,
            form,
            perform_by,
        } => {
            not_before(on, &[registered, accepted])?;
            if perform_by.is_some_and(|by| by < on) {
                return Err(Refusal::PerformByBeforeAgreement(on));
            }
            next.status = Status::Performing;
            next.agreed_on = Some(on);
            next.agreement = Some(form);
            next.perform_by = perform_by;
        }
        Action::Terminate { on } => {
            not_before(on, &[registered, accepted])?;
            next.status = Status::Terminated;
            next.closed_on = Some(on);
        }
        Action::RecordPerformance { on, result } => {
            not_before(on, &[registered, accepted, agreed])?;
            match (state.status, result) {
                (_, Performance::Full) => {
                    next.status = Status::Performed;
                    next.closed_on = Some(on);
                }
                (Status::Performing, Performance::None) => {
                    next.status = Status::NotPerformed;
                    next.closed_on = Some(on);
                }
                // 部分履行 keeps the case as it is; so does 未履行 recorded again.
                _ => {}
            }
        }
        Action::FollowUp { on } => {
            not_before(on, &[registered, accepted, agreed])?;
            next.followed_up_on = Some(state.followed_up_on.map_or(on, |d| d.max(on)));
        }
        Action::ApplyConfirmation { on } => {
            not_before(on, &[registered, accepted, agreed])?;
            if let Some(closes) = state.agreed_on.map(confirmation_closes)
                && on > closes
            {
                return Err(Refusal::ConfirmationWindowClosed(closes));
            }
            next.confirmation_applied_on = Some(on);
        }
        Action::Archive { on } => {
            not_before(
                on,
                &[
                    registered,
                    accepted,
                    agreed,
                    (state.closed_on, Refusal::DateBeforeClosing),
                    (state.followed_up_on, Refusal::DateBeforeFollowUp),
                ],
            )?;
            next.status = Status::Archived;
        }
    }
    Ok(next)
}
