//! 社区矫正 (community corrections) as pure rules: categories, levels, statuses, the office's
//! settings (report deadline counting, duties per level, warning windows), and
//!
//! - `deadline.rs` — the 10-day report deadline per category and the 报到类型;
//! - `duties.rs`   — what a level asks for in a month, and a month's shortfalls;
//! - `alerts.rs`   — what needs doing for one subject on a day;
//! - `sanctions.rs`— what an incident suggests proposing (训诫, 警告, 提请撤销 …);
//! - `intake.rs`   — checking a subject's record and a month's check-in as typed.
//!
//! Nothing here reads the clock or the database: the day and the settings are arguments.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::coded_enum;
use crate::strings as s;

pub mod alerts;
pub mod deadline;
pub mod duties;
pub mod intake;
pub mod sanctions;
#[cfg(test)]
mod tests;

pub use alerts::{Alert, AlertKind, SubjectFacts, alert_summary, alerts};
pub use deadline::{ReportType, report_deadline, report_type};
pub use duties::{Shortfall, monthly_minimum, shortfalls};
pub use intake::{
    CheckinInput, SubjectInput, ValidCheckin, ValidSubject, month_of, validate_checkin,
    validate_subject,
};
pub use sanctions::{History, Incident, is_sanction, revocation, suggest};

coded_enum! {
    /// 矫正类别.
    pub enum Category {
        Control = ("control", s::CORR_CAT_CONTROL),
        Probation = ("probation", s::CORR_CAT_PROBATION),
        Parole = ("parole", s::CORR_CAT_PAROLE),
        /// 暂予监外执行: brought in by the prison or detention centre; no report deadline.
        Outside = ("outside", s::CORR_CAT_OUTSIDE),
    }
}

coded_enum! {
    /// 管理等级. Only a change approved by the county takes effect.
    pub enum Level {
        Strict = ("strict", s::CORR_LEVEL_STRICT),
        Normal = ("normal", s::CORR_LEVEL_NORMAL),
        Lenient = ("lenient", s::CORR_LEVEL_LENIENT),
    }
}

coded_enum! {
    /// Where a correction stands.
    pub enum Status {
        Active = ("active", s::CORR_STATUS_ACTIVE),
        /// 解矫: the term ran out (期满), or 赦免.
        Released = ("released", s::CORR_STATUS_RELEASED),
        /// 终止: revoked, 收监执行 or death.
        Terminated = ("terminated", s::CORR_STATUS_TERMINATED),
    }
}

coded_enum! {
    /// Why a correction ended.
    pub enum EndReason {
        Expired = ("expired", s::CORR_END_EXPIRED),
        Pardon = ("pardon", s::CORR_END_PARDON),
        RevokeProbation = ("revoke_probation", s::CORR_END_REVOKE_PROBATION),
        RevokeParole = ("revoke_parole", s::CORR_END_REVOKE_PAROLE),
        Recommit = ("recommit", s::CORR_END_RECOMMIT),
        Death = ("death", s::CORR_END_DEATH),
    }
}

impl EndReason {
    /// The status a correction ending for this reason takes.
    pub fn status(self) -> Status {
        match self {
            EndReason::Expired | EndReason::Pardon => Status::Released,
            _ => Status::Terminated,
        }
    }
}

coded_enum! {
    /// A duty of a level, counted (reports, talks, visits) or in hours (education, 公益).
    pub enum DutyKind {
        Phone = ("phone", s::CORR_DUTY_PHONE),
        InPerson = ("in_person", s::CORR_DUTY_IN_PERSON),
        Written = ("written", s::CORR_DUTY_WRITTEN),
        Talk = ("talk", s::CORR_DUTY_TALK),
        Visit = ("visit", s::CORR_DUTY_VISIT),
        Education = ("education", s::CORR_DUTY_EDUCATION),
        Service = ("service", s::CORR_DUTY_SERVICE),
    }
}

impl DutyKind {
    /// True for the kinds counted in hours (kept as tenths), false for counts.
    pub fn in_hours(self) -> bool {
        matches!(self, DutyKind::Education | DutyKind::Service)
    }
}

coded_enum! {
    /// The period a duty is counted over.
    pub enum Per {
        Week = ("week", s::CORR_PER_WEEK),
        Month = ("month", s::CORR_PER_MONTH),
    }
}

coded_enum! {
    /// A 考核 grade (when the office grades rather than scores).
    pub enum Grade {
        Good = ("good", s::CORR_GRADE_GOOD),
        Pass = ("pass", s::CORR_GRADE_PASS),
        Fail = ("fail", s::CORR_GRADE_FAIL),
    }
}

coded_enum! {
    /// How the office records 考核: a score 0–100 or a grade.
    pub enum AssessBy {
        Grade = ("grade", s::CORR_ASSESS_GRADE),
        Score = ("score", s::CORR_ASSESS_SCORE),
    }
}

coded_enum! {
    /// What happened that may call for a sanction or a reward.
    pub enum IncidentKind {
        LateReport = ("late_report", s::CORR_INC_LATE_REPORT),
        OutOfContact = ("out_of_contact", s::CORR_INC_OUT_OF_CONTACT),
        MissedEducation = ("missed_education", s::CORR_INC_MISSED_EDUCATION),
        BanViolation = ("ban_violation", s::CORR_INC_BAN_VIOLATION),
        MedicalReportMissing = ("medical_report", s::CORR_INC_MEDICAL_REPORT),
        Punished = ("punished", s::CORR_INC_PUNISHED),
        OtherViolation = ("other_violation", s::CORR_INC_OTHER_VIOLATION),
        GoodConduct = ("good_conduct", s::CORR_INC_GOOD_CONDUCT),
        Merit = ("merit", s::CORR_INC_MERIT),
    }
}

impl IncidentKind {
    /// True when the incident is counted in days (late report, out of contact).
    pub fn counts_days(self) -> bool {
        matches!(self, IncidentKind::LateReport | IncidentKind::OutOfContact)
    }
}

coded_enum! {
    /// A measure the office takes (训诫, 警告, 表扬) or proposes to the county.
    pub enum Measure {
        Reprimand = ("reprimand", s::CORR_MEASURE_REPRIMAND),
        Warning = ("warning", s::CORR_MEASURE_WARNING),
        SecurityPenalty = ("security", s::CORR_MEASURE_SECURITY),
        RevokeProbation = ("revoke_probation", s::CORR_MEASURE_REVOKE_PROBATION),
        RevokeParole = ("revoke_parole", s::CORR_MEASURE_REVOKE_PAROLE),
        Recommit = ("recommit", s::CORR_MEASURE_RECOMMIT),
        Arrest = ("arrest", s::CORR_MEASURE_ARREST),
        Praise = ("praise", s::CORR_MEASURE_PRAISE),
        Commutation = ("commutation", s::CORR_MEASURE_COMMUTATION),
    }
}

coded_enum! {
    /// Where a suggested measure stands.
    pub enum ProposalState {
        Suggested = ("suggested", s::CORR_PROPOSAL_SUGGESTED),
        Proposed = ("proposed", s::CORR_PROPOSAL_PROPOSED),
        Dismissed = ("dismissed", s::CORR_PROPOSAL_DISMISSED),
        Decided = ("decided", s::CORR_PROPOSAL_DECIDED),
    }
}

coded_enum! {
    /// What a subject asked leave for.
    pub enum ApprovalKind {
        Leave = ("leave", s::CORR_APPROVAL_LEAVE),
        Visitor = ("visitor", s::CORR_APPROVAL_VISITOR),
        Move = ("move", s::CORR_APPROVAL_MOVE),
        Place = ("place", s::CORR_APPROVAL_PLACE),
    }
}

coded_enum! {
    /// 保外就医: the monthly health report, or the re-check at a designated hospital.
    pub enum MedicalKind {
        Report = ("report", s::CORR_MEDICAL_REPORT),
        Recheck = ("recheck", s::CORR_MEDICAL_RECHECK),
    }
}

/// One duty of a level: `amount` of `kind` (a count, or tenths of an hour) every `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duty {
    #[serde(with = "code_serde::duty_kind")]
    pub kind: DutyKind,
    pub amount: u32,
    #[serde(with = "code_serde::per")]
    pub per: Per,
}

impl Duty {
    pub const fn new(kind: DutyKind, amount: u32, per: Per) -> Duty {
        Duty { kind, amount, per }
    }
}

/// The office's settings for 社区矫正 (设置 → 社区矫正), stored as one JSON value. Every
/// number domain.md calls local is here, with the default it names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Days to report after the judgment takes effect (管制, 缓刑) or after leaving prison (假释).
    pub report_days: u32,
    /// True: the start day is not counted (the deadline is start + N); false: it is (start + N − 1).
    pub exclude_start_day: bool,
    /// True: a deadline on a day off (a Saturday or Sunday not in `workdays`, or a day of
    /// `holidays`) moves to the next working day.
    pub weekend_moves: bool,
    /// Public holidays (法定节假日), as `YYYY-MM-DD`: the office types this year's list.
    pub holidays: Vec<NaiveDate>,
    /// Weekend days worked instead (调休上班), as `YYYY-MM-DD`.
    pub workdays: Vec<NaiveDate>,
    /// Duties of 严管, 普管 and 宽管.
    pub strict: Vec<Duty>,
    pub normal: Vec<Duty>,
    pub lenient: Vec<Duty>,
    /// How 考核 is recorded.
    #[serde(with = "code_serde::assess_by")]
    pub assess_by: AssessBy,
    /// A score under this fails 考核.
    pub pass_score: u32,
    /// Hours (tenths) of one collective education session: what Space in the month's grid marks.
    pub session_tenths: u32,
    /// Warn this many days before the term ends (summary, assessment, 安置帮教 suggestion) …
    pub end_warn_days: u32,
    /// … and this many before it (解矫宣告).
    pub release_warn_days: u32,
    /// Warn this many days before an electronic tag's approval expires.
    pub tag_warn_days: u32,
    /// Longest approval (and extension) of an electronic tag, in months.
    pub tag_max_months: u32,
    /// 保外就医: months between re-checks at a designated hospital.
    pub recheck_months: u32,
}

impl Default for Settings {
    fn default() -> Self {
        use DutyKind::*;
        use Per::*;
        Settings {
            report_days: 10,
            exclude_start_day: true,
            weekend_moves: true,
            holidays: Vec::new(),
            workdays: Vec::new(),
            // domain.md's example province: a report and a written report every week, a talk
            // every week, study ≥ 12 h and 公益 ≥ 12 h a month.
            strict: vec![
                Duty::new(InPerson, 1, Week),
                Duty::new(Written, 1, Week),
                Duty::new(Talk, 1, Week),
                Duty::new(Visit, 1, Month),
                Duty::new(Education, 120, Month),
                Duty::new(Service, 120, Month),
            ],
            normal: vec![
                Duty::new(Phone, 1, Week),
                Duty::new(InPerson, 2, Month),
                Duty::new(Written, 1, Month),
                Duty::new(Talk, 1, Month),
                Duty::new(Education, 80, Month),
                Duty::new(Service, 80, Month),
            ],
            lenient: vec![
                Duty::new(Phone, 2, Month),
                Duty::new(InPerson, 1, Month),
                Duty::new(Written, 1, Month),
                Duty::new(Education, 40, Month),
                Duty::new(Service, 40, Month),
            ],
            assess_by: AssessBy::Grade,
            pass_score: 60,
            session_tenths: 20,
            end_warn_days: 30,
            release_warn_days: 7,
            tag_warn_days: 7,
            tag_max_months: 3,
            recheck_months: 3,
        }
    }
}

impl Settings {
    /// Whether `day` is not a working day: a holiday, or a weekend day not worked instead.
    pub fn is_day_off(&self, day: NaiveDate) -> bool {
        use chrono::{Datelike, Weekday};
        if self.holidays.contains(&day) {
            return true;
        }
        matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.workdays.contains(&day)
    }

    /// The duties of a level.
    pub fn duties(&self, level: Level) -> &[Duty] {
        match level {
            Level::Strict => &self.strict,
            Level::Normal => &self.normal,
            Level::Lenient => &self.lenient,
        }
    }

    pub fn duties_mut(&mut self, level: Level) -> &mut Vec<Duty> {
        match level {
            Level::Strict => &mut self.strict,
            Level::Normal => &mut self.normal,
            Level::Lenient => &mut self.lenient,
        }
    }
}

/// Serde for the coded enums: by their stored code.
mod code_serde {
    macro_rules! by_code {
        ($module:ident, $ty:ty) => {
            pub mod $module {
                use serde::{Deserialize, Deserializer, Serializer, de::Error};

                pub fn serialize<S: Serializer>(v: &$ty, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_str(v.code())
                }

                pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                    let code = String::deserialize(d)?;
                    <$ty>::from_code(&code)
                        .ok_or_else(|| D::Error::custom(format!("unknown code {code}")))
                }
            }
        };
    }
    by_code!(duty_kind, super::super::DutyKind);
    by_code!(per, super::super::Per);
    by_code!(assess_by, super::super::AssessBy);
}
