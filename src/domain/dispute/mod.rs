//! People's mediation (人民调解): the rules of a dispute from intake to archive.
//!
//! - state: the lifecycle as a pure state machine — [`apply`] an [`Action`] to a
//!   [`CaseState`], or get a [`Refusal`] to show; [`allowed`] lists what the screen may offer.
//! - deadlines: mediation due 30 days after acceptance (later when both parties agree), the
//!   回访 after the performance deadline, the 30-day 司法确认 window of a written agreement.
//! - intake: the registration form, parties and the 统一社会信用代码 check.
//! - steps: what was written down at a step as labelled fields, 满意度, closed windows.
//!
//! Law: 人民调解法 (2010), 人民调解工作若干规定 (司法部令第75号). No I/O here.

mod deadlines;
mod intake;
mod state;
mod steps;

pub use self::deadlines::{
    CONFIRMATION_DAYS, DUE_SOON_DAYS, DeadlineKind, Deadlines, Flag, MEDIATION_DAYS,
    confirmation_closes, days_since_acceptance, deadlines, flag, flag_for, most_urgent,
};
pub use self::intake::{
    CREDIT_CODE_CHARS, CreditCodeError, FACTS_MAX, IntakeInput, ORG_NAME_MAX, PartyInput,
    REFERRER_MAX, SOURCE_REFERRAL, ValidIntake, check_credit_code, credit_check_char,
    validate_intake,
};
pub use self::state::{
    Action, ActionKind, AgreementForm, CaseState, Performance, Refusal, Status, allowed, apply,
    permitted,
};
pub use self::steps::{
    Satisfaction, TEXT_KEYS, closing_day, detail_label, format_instant, offered, step_details,
    window_closed,
};

use crate::strings;

/// The case number given at 受理: `〔2026〕版石人调字第007号`. At least three digits, more
/// when the sequence reaches 1000. `prefix` is the office's setting (版石 …).
pub fn case_number(year: i32, prefix: &str, seq: u32) -> String {
    strings::dispute_case_number(year, prefix.trim(), &format!("{seq:03}"))
}

/// The short case number the register shows, `2026-170` (also `2026－170`, `2026/170`,
/// full-width digits): its year and sequence. None for anything else.
pub fn parse_short_case_no(input: &str) -> Option<(i32, u32)> {
    let text = crate::domain::text::fold_fullwidth(input.trim());
    let (year, seq) = text.split_once(['-', '/', '－'])?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || !digits(year) || !digits(seq) || seq.len() > 6 {
        return None;
    }
    Some((year.parse().ok()?, seq.parse().ok()?))
}

/// The code of the step that records the police were told (not a lifecycle step).
pub const EVENT_POLICE: &str = "police";

/// The code of a correction of the intake (更正登记信息), an entry of 办理经过.
pub const EVENT_CORRECTED: &str = "corrected";

/// The label of a stored step (`dispute_events.action`): a lifecycle step, the record that
/// the police were told, or the registration.
pub fn event_label(code: &str) -> &'static str {
    match ActionKind::from_code(code) {
        Some(kind) => kind.label(),
        None if code == EVENT_POLICE => strings::DISPUTE_POLICE_STEP,
        None if code == EVENT_CORRECTED => strings::DISPUTE_CORRECT_STEP,
        None => strings::DISPUTE_ACT_REGISTER,
    }
}

#[cfg(test)]
mod tests;
