//! The intake form (受理登记): parties, facts, amounts, and the 统一社会信用代码 of
//! organisations.

use std::fmt;

use chrono::NaiveDate;

use crate::domain::dates::parse_date;
use crate::domain::money::{MoneyError, parse_count, parse_yuan};
use crate::domain::text::compact;
use crate::domain::validation::{FieldError, FieldErrors, check_text_len, require};
use crate::strings;

pub const FACTS_MAX: usize = 2000;
pub const ORG_NAME_MAX: usize = 50;
pub const REFERRER_MAX: usize = 50;
/// The code of 案件来源 = 委托移送: then the referring body is required.
pub const SOURCE_REFERRAL: &str = "referral";

// ---- 统一社会信用代码 (GB 32100-2015) ----------------------------------------------------

/// The 31 characters of a credit code, in value order (no I, O, Z, S, V).
pub const CREDIT_CODE_CHARS: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_CODE_LEN: usize = 18;
const CREDIT_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const CREDIT_MODULUS: u32 = 31;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditCodeError {
    Empty,
    /// Number of characters typed (whitespace excluded).
    Length(usize),
    /// `position` counts from 1.
    BadChar {
        position: usize,
        found: char,
    },
    BadCheck {
        expected: char,
    },
}

impl fmt::Display for CreditCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            CreditCodeError::Empty => f.write_str(strings::CREDIT_CODE_EMPTY),
            CreditCodeError::Length(n) => f.write_str(&strings::credit_code_length(n)),
            CreditCodeError::BadChar { position, found } => {
                f.write_str(&strings::credit_code_bad_char(position, found))
            }
            CreditCodeError::BadCheck { expected } => {
                f.write_str(&strings::credit_code_bad_check(expected))
            }
        }
    }
}

impl std::error::Error for CreditCodeError {}

fn credit_value(c: char) -> Option<u32> {
    CREDIT_CODE_CHARS
        .chars()
        .position(|x| x == c)
        .and_then(|i| u32::try_from(i).ok())
}

/// The check character (18th) for the first 17 characters of a credit code; `None` unless
/// `first17` is exactly 17 valid upper-case characters.
pub fn credit_check_char(first17: &str) -> Option<char> {
    if first17.chars().count() != CREDIT_WEIGHTS.len() {
        return None;
    }
    let mut sum = 0;
    for (c, w) in first17.chars().zip(CREDIT_WEIGHTS) {
        sum += credit_value(c)? * w;
    }
    let value = (CREDIT_MODULUS - sum % CREDIT_MODULUS) % CREDIT_MODULUS;
    CREDIT_CODE_CHARS.chars().nth(usize::try_from(value).ok()?)
}

/// Checks a 统一社会信用代码 and returns it upper-cased, without spaces (full-width
/// characters typed by an IME are folded).
pub fn check_credit_code(input: &str) -> Result<String, CreditCodeError> {
    let code = compact(input).to_ascii_uppercase();
    let len = code.chars().count();
    if len == 0 {
        return Err(CreditCodeError::Empty);
    }
    if len != CREDIT_CODE_LEN {
        return Err(CreditCodeError::Length(len));
    }
    if let Some((i, c)) = code
        .chars()
        .enumerate()
        .find(|&(_, c)| credit_value(c).is_none())
    {
        return Err(CreditCodeError::BadChar {
            position: i + 1,
            found: c,
        });
    }
    let first17: String = code.chars().take(CREDIT_WEIGHTS.len()).collect();
    let expected = credit_check_char(&first17).ok_or(CreditCodeError::Length(len))?;
    if !code.ends_with(expected) {
        return Err(CreditCodeError::BadCheck { expected });
    }
    Ok(code)
}

// ---- the form ---------------------------------------------------------------------------

/// A 申请人 or 被申请人: a person from the person register, or an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartyInput {
    Person {
        person_id: i64,
        name: String,
    },
    /// `credit_code` may be empty; when given it must be a valid 统一社会信用代码.
    Organisation {
        name: String,
        credit_code: String,
    },
}

impl PartyInput {
    fn name(&self) -> &str {
        match self {
            PartyInput::Person { name, .. } | PartyInput::Organisation { name, .. } => name,
        }
    }
}

/// What the intake form holds: choices already turned into codes ("" for none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IntakeInput {
    pub registered_on: String,
    /// Code list `dispute_source`.
    pub source: String,
    /// The referring body, when `source` is [`SOURCE_REFERRAL`].
    pub referrer: String,
    /// Code list `dispute_found_via`, optional.
    pub found_via: String,
    /// Code list `dispute_type`.
    pub kind: String,
    pub applicants: Vec<PartyInput>,
    pub respondents: Vec<PartyInput>,
    pub facts: String,
    /// Empty means not given (0).
    pub people_involved: String,
    /// Yuan; empty means 0.
    pub amount: String,
    pub mediators: Vec<String>,
    pub difficult: bool,
    pub escalation_risk: bool,
}

/// A checked intake. Parties have trimmed names and upper-cased credit codes ("" when none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidIntake {
    pub registered_on: NaiveDate,
    pub source: String,
    /// Empty unless the source is [`SOURCE_REFERRAL`].
    pub referrer: String,
    pub found_via: String,
    pub kind: String,
    pub applicants: Vec<PartyInput>,
    pub respondents: Vec<PartyInput>,
    pub facts: String,
    /// 0 = not given.
    pub people_involved: u32,
    pub amount_fen: i64,
    /// Trimmed, without empties and repeats, in the order given.
    pub mediators: Vec<String>,
    pub difficult: bool,
    pub escalation_risk: bool,
}

/// Who a party is, for spotting the same party twice.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Identity {
    Person(i64),
    Organisation(String),
}

/// One side's parties, normalised, with what identifies each one and the problems found.
struct Side {
    parties: Vec<PartyInput>,
    identities: Vec<Option<Identity>>,
    problems: Vec<String>,
}

fn check_side(input: &[PartyInput], none_message: &str) -> Side {
    let mut side = Side {
        parties: Vec::new(),
        identities: Vec::new(),
        problems: Vec::new(),
    };
    if input.is_empty() {
        side.problems.push(none_message.to_string());
    }
    for party in input {
        let (party, identity) = match party {
            PartyInput::Person { person_id, name } => (
                PartyInput::Person {
                    person_id: *person_id,
                    name: name.trim().to_string(),
                },
                Some(Identity::Person(*person_id)),
            ),
            PartyInput::Organisation { name, credit_code } => {
                let name = name.trim().to_string();
                if name.is_empty() {
                    side.problems.push(strings::DISPUTE_ORG_NO_NAME.to_string());
                } else if name.chars().count() > ORG_NAME_MAX {
                    let too_long = strings::text_too_long(ORG_NAME_MAX, name.chars().count());
                    side.problems
                        .push(strings::dispute_party_problem(&name, &too_long));
                }
                let shown = if name.is_empty() {
                    strings::DISPUTE_ORG_UNNAMED
                } else {
                    &name
                };
                let code = if compact(credit_code).is_empty() {
                    String::new()
                } else {
                    match check_credit_code(credit_code) {
                        Ok(code) => code,
                        Err(e) => {
                            side.problems
                                .push(strings::dispute_party_problem(shown, &e.to_string()));
                            String::new()
                        }
                    }
                };
                let identity = (!code.is_empty()).then(|| Identity::Organisation(code.clone()));
                (
                    PartyInput::Organisation {
                        name,
                        credit_code: code,
                    },
                    identity,
                )
            }
        };
        if identity.is_some() && side.identities.contains(&identity) {
            side.problems
                .push(strings::dispute_party_twice(party.name()));
        }
        side.parties.push(party);
        side.identities.push(identity);
    }
    side
}

fn side_error(field: &'static str, problems: &[String]) -> Option<FieldError> {
    (!problems.is_empty())
        .then(|| FieldError::new(field, problems.join(strings::DISPUTE_PROBLEM_SEP)))
}

/// Checks the intake form; all errors at once, one per field (several problems with the
/// parties of one side are joined). Keys: "registered_on", "source", "referrer", "kind",
/// "applicants", "respondents", "facts", "people_involved", "amount", "mediators".
pub fn validate_intake(input: &IntakeInput, today: NaiveDate) -> Result<ValidIntake, FieldErrors> {
    let mut errors = FieldErrors::new();

    let registered_on = match parse_date(&input.registered_on) {
        Ok(d) if d > today => {
            errors.push(FieldError::new(
                "registered_on",
                strings::DISPUTE_REGISTERED_IN_FUTURE,
            ));
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(FieldError::new("registered_on", e.to_string()));
            None
        }
    };

    let source = input.source.trim().to_string();
    errors.extend(require("source", &source));
    let referral = source == SOURCE_REFERRAL;
    let referrer = input.referrer.trim().to_string();
    if referral {
        errors.extend(
            require("referrer", &referrer)
                .map(|_| FieldError::new("referrer", strings::DISPUTE_NO_REFERRER))
                .or_else(|| check_text_len("referrer", &referrer, REFERRER_MAX)),
        );
    }
    let kind = input.kind.trim().to_string();
    errors.extend(require("kind", &kind));

    let applicants = check_side(&input.applicants, strings::DISPUTE_NO_APPLICANT);
    let mut respondents = check_side(&input.respondents, strings::DISPUTE_NO_RESPONDENT);
    for (party, identity) in respondents.parties.iter().zip(&respondents.identities) {
        if identity.is_some() && applicants.identities.contains(identity) {
            respondents
                .problems
                .push(strings::dispute_both_sides(party.name()));
        }
    }
    errors.extend(side_error("applicants", &applicants.problems));
    errors.extend(side_error("respondents", &respondents.problems));

    let facts = input.facts.trim().to_string();
    errors.extend(require("facts", &facts).or_else(|| check_text_len("facts", &facts, FACTS_MAX)));

    let people_involved = if compact(&input.people_involved).is_empty() {
        0
    } else {
        parse_count(&input.people_involved)
            .map_err(|e| errors.push(FieldError::new("people_involved", e.to_string())))
            .unwrap_or(0)
    };
    let amount_fen = match parse_yuan(&input.amount) {
        Ok(fen) => fen,
        Err(MoneyError::Empty) => 0,
        Err(e) => {
            errors.push(FieldError::new("amount", e.to_string()));
            0
        }
    };

    let mut mediators: Vec<String> = Vec::new();
    for name in input.mediators.iter().map(|m| m.trim()) {
        if !name.is_empty() && !mediators.iter().any(|m| m == name) {
            mediators.push(name.to_string());
        }
    }
    if mediators.is_empty() {
        errors.push(FieldError::new("mediators", strings::DISPUTE_NO_MEDIATOR));
    }

    match registered_on {
        Some(registered_on) if errors.is_empty() => Ok(ValidIntake {
            registered_on,
            source,
            referrer: if referral { referrer } else { String::new() },
            found_via: input.found_via.trim().to_string(),
            kind,
            applicants: applicants.parties,
            respondents: respondents.parties,
            facts,
            people_involved,
            amount_fen,
            mediators,
            difficult: input.difficult,
            escalation_risk: input.escalation_risk,
        }),
        _ => Err(errors),
    }
}
