//! A subject's record and a month's check-in as typed, checked into valid values. Every
//! problem is a [`FieldError`] on the field it was typed in.

use chrono::{Datelike, NaiveDate};

use super::{Category, Grade, Level};
use crate::domain::parse_date;
use crate::domain::validation::{FieldError, FieldErrors, check_text_len, require};
use crate::strings as s;

/// The most hours of one kind a month can hold, in tenths (200 h).
pub const MAX_MONTH_TENTHS: u32 = 2000;

/// A subject's record as typed (dates as text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubjectInput {
    pub person_id: Option<i64>,
    pub category: Option<Category>,
    pub crime: String,
    pub sentence: String,
    pub decided_by: String,
    /// 主要犯罪事实 and 前科.
    pub crime_facts: String,
    pub priors: String,
    /// 判决/裁定生效日期, or 出监日期 for 假释.
    pub runs_from: String,
    pub papers_on: String,
    pub reported_on: String,
    pub ban_content: String,
    pub ban_from: String,
    pub ban_to: String,
    pub domicile: String,
    pub residence: String,
    pub term_start: String,
    pub term_end: String,
    pub team: String,
    pub minor: bool,
    pub unable_to_work: bool,
    pub medical: bool,
    pub level: Option<Level>,
    pub announced_on: String,
}

/// A subject's record, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidSubject {
    pub person_id: i64,
    pub category: Category,
    pub crime: String,
    pub sentence: String,
    pub decided_by: String,
    pub crime_facts: String,
    pub priors: String,
    pub runs_from: Option<NaiveDate>,
    pub papers_on: Option<NaiveDate>,
    pub reported_on: Option<NaiveDate>,
    pub ban_content: String,
    pub ban_from: Option<NaiveDate>,
    pub ban_to: Option<NaiveDate>,
    pub domicile: String,
    pub residence: String,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    pub team: String,
    pub minor: bool,
    pub unable_to_work: bool,
    pub medical: bool,
    pub level: Level,
    pub announced_on: Option<NaiveDate>,
}

/// A date field: None when blank, an error at the field when it cannot be read or lies after
/// `today`.
fn date_at(
    field: &'static str,
    typed: &str,
    today: NaiveDate,
    errors: &mut FieldErrors,
) -> Option<NaiveDate> {
    if typed.trim().is_empty() {
        return None;
    }
    match parse_date(typed) {
        Ok(d) if d > today => {
            errors.push(FieldError::new(field, s::CORR_FUTURE_DATE));
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(FieldError::new(field, e.to_string()));
            None
        }
    }
}

/// A date that may lie in the future (a term's end, a ban's end).
fn any_date(field: &'static str, typed: &str, errors: &mut FieldErrors) -> Option<NaiveDate> {
    date_at(field, typed, NaiveDate::MAX, errors)
}

pub fn validate_subject(
    input: &SubjectInput,
    today: NaiveDate,
) -> Result<ValidSubject, FieldErrors> {
    let mut errors = FieldErrors::new();
    if input.person_id.is_none() {
        errors.push(FieldError::new("person", s::CORR_PERSON_REQUIRED));
    }
    if input.category.is_none() {
        errors.push(FieldError::new("category", s::REQUIRED));
    }
    errors.extend(require("crime", &input.crime));
    for (field, value, max) in [
        ("crime", &input.crime, 50),
        ("sentence", &input.sentence, 50),
        ("decided_by", &input.decided_by, 50),
        ("crime_facts", &input.crime_facts, 2000),
        ("priors", &input.priors, 500),
        ("ban_content", &input.ban_content, 200),
        ("domicile", &input.domicile, 100),
        ("residence", &input.residence, 100),
        ("team", &input.team, 100),
    ] {
        errors.extend(check_text_len(field, value, max));
    }
    let runs_from = date_at("runs_from", &input.runs_from, today, &mut errors);
    let papers_on = date_at("papers_on", &input.papers_on, today, &mut errors);
    let reported_on = date_at("reported_on", &input.reported_on, today, &mut errors);
    let announced_on = date_at("announced_on", &input.announced_on, today, &mut errors);
    let ban_from = any_date("ban_from", &input.ban_from, &mut errors);
    let ban_to = any_date("ban_to", &input.ban_to, &mut errors);
    errors.extend(require("term_start", &input.term_start));
    errors.extend(require("term_end", &input.term_end));
    let term_start = any_date("term_start", &input.term_start, &mut errors);
    let term_end = any_date("term_end", &input.term_end, &mut errors);
    if let (Some(a), Some(b)) = (term_start, term_end)
        && b < a
    {
        errors.push(FieldError::new("term_end", s::CORR_END_BEFORE_START));
    }
    if let (Some(a), Some(b)) = (ban_from, ban_to)
        && b < a
    {
        errors.push(FieldError::new("ban_to", s::CORR_BAN_END_BEFORE_START));
    }
    if let (Some(from), Some(on)) = (runs_from, reported_on)
        && on < from
    {
        errors.push(FieldError::new(
            "reported_on",
            s::CORR_REPORTED_BEFORE_RUNS_FROM,
        ));
    }
    if let Some(category) = input.category {
        if category != Category::Outside && runs_from.is_none() && input.runs_from.trim().is_empty()
        {
            errors.push(FieldError::new("runs_from", s::CORR_RUNS_FROM_REQUIRED));
        }
        if category != Category::Outside && input.medical {
            errors.push(FieldError::new("medical", s::CORR_MEDICAL_ONLY_OUTSIDE));
        }
    }
    match (input.person_id, input.category, term_start, term_end) {
        (Some(person_id), Some(category), Some(term_start), Some(term_end))
            if errors.is_empty() =>
        {
            Ok(ValidSubject {
                person_id,
                category,
                crime: input.crime.trim().to_string(),
                sentence: input.sentence.trim().to_string(),
                decided_by: input.decided_by.trim().to_string(),
                crime_facts: input.crime_facts.trim().to_string(),
                priors: input.priors.trim().to_string(),
                runs_from,
                papers_on,
                reported_on,
                ban_content: input.ban_content.trim().to_string(),
                ban_from,
                ban_to,
                domicile: input.domicile.trim().to_string(),
                residence: input.residence.trim().to_string(),
                term_start,
                term_end,
                team: input.team.trim().to_string(),
                minor: input.minor,
                unable_to_work: input.unable_to_work,
                medical: input.medical,
                level: input.level.unwrap_or(Level::Strict),
                announced_on,
            })
        }
        _ => Err(errors),
    }
}

/// One month's check-in (月度报到) of one subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ValidCheckin {
    pub phone: u32,
    pub in_person: u32,
    pub written: u32,
    pub talks: u32,
    pub visits: u32,
    /// Hours of collective education, in tenths.
    pub education: u32,
    /// Hours of 公益活动, in tenths.
    pub service: u32,
    /// Attended the month's collective session.
    pub session: bool,
    pub score: Option<u32>,
    pub grade: Option<Grade>,
}

impl ValidCheckin {
    /// 考核 failed: graded 不合格, or a score under the office's pass mark.
    pub fn failed(&self, pass_score: u32) -> bool {
        self.grade == Some(Grade::Fail) || self.score.is_some_and(|v| v < pass_score)
    }

    /// What was done of a duty kind (a count, or tenths of an hour).
    pub fn done(&self, kind: super::DutyKind) -> u32 {
        use super::DutyKind::*;
        match kind {
            Phone => self.phone,
            InPerson => self.in_person,
            Written => self.written,
            Talk => self.talks,
            Visit => self.visits,
            Education => self.education,
            Service => self.service,
        }
    }
}

/// A check-in as entered, with the month it is for.
pub type CheckinInput = ValidCheckin;

/// The first day of the month of `day`.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// Checks a month's check-in for a subject in correction from `term_start` to `term_end`:
/// the month must overlap the term, hours at most 200 a month, a score 0–100. Errors name
/// the grid's columns (`education`, `service`, `score`) or `month`.
pub fn validate_checkin(
    input: &CheckinInput,
    month: NaiveDate,
    term_start: NaiveDate,
    term_end: NaiveDate,
) -> Result<ValidCheckin, FieldErrors> {
    let mut errors = FieldErrors::new();
    if month_of(month) < month_of(term_start) || month_of(month) > month_of(term_end) {
        errors.push(FieldError::new("month", s::CORR_MONTH_OUTSIDE_TERM));
    }
    for (field, tenths) in [("education", input.education), ("service", input.service)] {
        if tenths > MAX_MONTH_TENTHS {
            errors.push(FieldError::new(
                field,
                s::corr_hours_over(MAX_MONTH_TENTHS / 10),
            ));
        }
    }
    if input.score.is_some_and(|v| v > 100) {
        errors.push(FieldError::new("score", s::CORR_SCORE_OVER));
    }
    if errors.is_empty() {
        Ok(*input)
    } else {
        Err(errors)
    }
}
