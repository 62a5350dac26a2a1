//! Money amounts in yuan, stored as integer fen (1 yuan = 100 fen), and
//! whole-number counts. No floating point anywhere.

use std::fmt;

use crate::domain::text::{all_digits, compact};
use crate::strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    NotNumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyError::Empty => strings::MONEY_EMPTY,
            MoneyError::NotNumber => strings::MONEY_NOT_NUMBER,
            MoneyError::Negative => strings::MONEY_NEGATIVE,
            MoneyError::TooManyDecimals => strings::MONEY_TOO_MANY_DECIMALS,
            MoneyError::TooLarge => strings::MONEY_TOO_LARGE,
        })
    }
}

impl std::error::Error for MoneyError {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountError {
    Empty,
    NotNumber,
    Negative,
    TooLarge,
}

impl fmt::Display for CountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CountError::Empty => strings::COUNT_EMPTY,
            CountError::NotNumber => strings::COUNT_NOT_NUMBER,
            CountError::Negative => strings::COUNT_NEGATIVE,
            CountError::TooLarge => strings::COUNT_TOO_LARGE,
        })
    }
}

impl std::error::Error for CountError {}

/// Largest accepted amount: one trillion (1e12) yuan.
pub const MAX_YUAN: i64 = 1_000_000_000_000;
const FEN_PER_YUAN: i64 = 100;
/// Unit suffix accepted after an amount, e.g. `1200元`.
const YUAN_SUFFIX: char = '元';
/// Currency signs accepted before an amount (`￥` is the full-width form).
const YUAN_SIGNS: [char; 2] = ['¥', '￥'];

/// Parses a string of ASCII digits into an integer no larger than `max`;
/// `None` when it is larger (never overflows, whatever the length).
fn digits_up_to(digits: &str, max: u64) -> Option<u64> {
    digits.bytes().try_fold(0u64, |acc, b| {
        let value = acc.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        (value <= max).then_some(value)
    })
}

/// Parses a typed yuan amount into fen: `1200`, `1200.5`, `1200.50`,
/// `1,200.50`, `￥1200`, `1200元`, full-width digits. At most two decimals.
pub fn parse_yuan(input: &str) -> Result<i64, MoneyError> {
    let mut text = compact(input);
    if text.ends_with(YUAN_SUFFIX) {
        text.pop();
    }
    let text = text.trim_start_matches(YUAN_SIGNS);
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }
    if text.starts_with('-') {
        return Err(MoneyError::Negative);
    }
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let int_digits: String = int_part.chars().filter(|&c| c != ',').collect();
    if !all_digits(&int_digits) {
        return Err(MoneyError::NotNumber);
    }
    let frac_fen = match frac_part {
        None => 0,
        Some(f) if !all_digits(f) => return Err(MoneyError::NotNumber),
        Some(f) if f.len() > 2 => return Err(MoneyError::TooManyDecimals),
        Some(f) => {
            // One or two digits: "5" means 50 fen, "05" means 5 fen.
            let n = digits_up_to(f, 99).ok_or(MoneyError::NotNumber)?;
            if f.len() == 1 { n * 10 } else { n }
        }
    };
    let yuan = digits_up_to(&int_digits, MAX_YUAN.unsigned_abs()).ok_or(MoneyError::TooLarge)?;
    let fen = yuan * FEN_PER_YUAN.unsigned_abs() + frac_fen;
    if fen > (MAX_YUAN * FEN_PER_YUAN).unsigned_abs() {
        return Err(MoneyError::TooLarge);
    }
    i64::try_from(fen).map_err(|_| MoneyError::TooLarge)
}

/// Formats fen as yuan with exactly two decimals: `120050` → `1200.50`,
/// `-5` → `-0.05`. Safe for every `i64`.
pub fn format_fen(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let abs = fen.unsigned_abs();
    let per = FEN_PER_YUAN.unsigned_abs();
    format!("{sign}{}.{:02}", abs / per, abs % per)
}

/// Parses a non-negative whole number such as a count of people.
pub fn parse_count(input: &str) -> Result<u32, CountError> {
    let text = compact(input);
    if text.is_empty() {
        return Err(CountError::Empty);
    }
    if text.starts_with('-') {
        return Err(CountError::Negative);
    }
    if !all_digits(&text) {
        return Err(CountError::NotNumber);
    }
    digits_up_to(&text, u64::from(u32::MAX))
        .and_then(|n| u32::try_from(n).ok())
        .ok_or(CountError::TooLarge)
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
