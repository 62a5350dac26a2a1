//! Chinese 18-digit resident identity number (GB 11643-1999).

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::domain::text::{all_digits, compact, mask_middle};
use crate::strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// "男" / "女".
    pub fn label(self) -> &'static str {
        match self {
            Gender::Male => strings::GENDER_MALE,
            Gender::Female => strings::GENDER_FEMALE,
        }
    }

    /// Inverse of [`Gender::label`]; surrounding whitespace is ignored.
    pub fn from_label(label: &str) -> Option<Gender> {
        match label.trim() {
            l if l == strings::GENDER_MALE => Some(Gender::Male),
            l if l == strings::GENDER_FEMALE => Some(Gender::Female),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    Empty,
    /// Number of characters actually typed (whitespace excluded).
    Length(usize),
    NotDigits,
    BadRegion,
    BadBirthDate,
    FutureBirthDate,
    /// The 18th character does not match the computed check character.
    BadCheck {
        expected: char,
    },
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Empty => f.write_str(strings::ID_EMPTY),
            IdError::Length(n) => f.write_str(&strings::id_length(*n)),
            IdError::NotDigits => f.write_str(strings::ID_NOT_DIGITS),
            IdError::BadRegion => f.write_str(strings::ID_BAD_REGION),
            IdError::BadBirthDate => f.write_str(strings::ID_BAD_BIRTH_DATE),
            IdError::FutureBirthDate => f.write_str(strings::ID_FUTURE_BIRTH_DATE),
            IdError::BadCheck { expected } => f.write_str(&strings::id_bad_check(*expected)),
        }
    }
}

impl std::error::Error for IdError {}

/// ISO 7064 MOD 11-2 weights for the first 17 digits.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check character indexed by (weighted sum mod 11).
const CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// Province-level codes (first two digits) in use: mainland provinces,
/// plus 71/81/82/83 used for Taiwan, Hong Kong and Macao residents.
fn valid_province(code: u32) -> bool {
    matches!(
        code,
        11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83
    )
}

/// Computes the check character for the first 17 digits of an ID number.
/// Returns `None` unless `first17` is exactly 17 ASCII digits.
pub fn check_char(first17: &str) -> Option<char> {
    if first17.len() != 17 || !all_digits(first17) {
        return None;
    }
    let sum: u32 = first17
        .bytes()
        .zip(WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    CHECK_CHARS.get((sum % 11) as usize).copied()
}

/// Parses the eight `YYYYMMDD` digits; `None` if the date does not exist.
fn parse_birth(digits: &str) -> Option<NaiveDate> {
    let year = digits.get(0..4)?.parse().ok()?;
    let month = digits.get(4..6)?.parse().ok()?;
    let day = digits.get(6..8)?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A validated resident ID number; always upper-case (`X` check char).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdNumber(String);

impl IdNumber {
    /// Validates a typed ID number. Whitespace is ignored, full-width
    /// digits are accepted, and a lower-case `x` check char is stored as `X`.
    pub fn parse(input: &str, today: NaiveDate) -> Result<IdNumber, IdError> {
        let text = compact(input).to_ascii_uppercase();
        if text.is_empty() {
            return Err(IdError::Empty);
        }
        let count = text.chars().count();
        if count != 18 {
            return Err(IdError::Length(count));
        }
        let first17 = match text.get(..17) {
            Some(s) if all_digits(s) => s,
            _ => return Err(IdError::NotDigits),
        };
        let province: u32 = first17.get(..2).and_then(|s| s.parse().ok()).unwrap_or(0);
        if !valid_province(province) {
            return Err(IdError::BadRegion);
        }
        let birth = first17
            .get(6..14)
            .and_then(parse_birth)
            .ok_or(IdError::BadBirthDate)?;
        if birth < min_birth_date() {
            return Err(IdError::BadBirthDate);
        }
        if birth > today {
            return Err(IdError::FutureBirthDate);
        }
        let expected = check_char(first17).ok_or(IdError::NotDigits)?;
        if text.chars().nth(17) != Some(expected) {
            return Err(IdError::BadCheck { expected });
        }
        Ok(IdNumber(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Birth date encoded at positions 7-14 (validated at parse time).
    pub fn birth_date(&self) -> NaiveDate {
        self.0
            .get(6..14)
            .and_then(parse_birth)
            .unwrap_or_else(min_birth_date)
    }

    /// 17th digit: odd = male, even = female.
    pub fn gender(&self) -> Gender {
        match self.0.as_bytes().get(16) {
            // ASCII '0' is even, so a digit's parity equals its byte's parity.
            Some(b) if b % 2 == 1 => Gender::Male,
            _ => Gender::Female,
        }
    }

    /// Age in full years on `today` (0 if `today` is before the birth date).
    pub fn age_on(&self, today: NaiveDate) -> u32 {
        let birth = self.birth_date();
        if today <= birth {
            return 0;
        }
        let mut years = today.year() - birth.year();
        if (today.month(), today.day()) < (birth.month(), birth.day()) {
            years -= 1;
        }
        u32::try_from(years).unwrap_or(0)
    }
}

impl fmt::Display for IdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn min_birth_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// Masks a stored ID number for display. An 18-character ID keeps the first
/// 4 and last 4 characters ("3607**********1234"); any other string keeps
/// its first 2 and last 2 characters (fully masked when 4 chars or fewer).
pub fn mask_id(stored: &str) -> String {
    if stored.chars().count() == 18 {
        mask_middle(stored, 4, 4)
    } else {
        mask_middle(stored, 2, 2)
    }
}

#[cfg(test)]
#[path = "id_number_tests.rs"]
mod tests;
