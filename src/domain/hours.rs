//! Hours of study, public-welfare work or training, typed with at most one decimal (1.5) and
//! kept as whole tenths of an hour (15). No floating point anywhere.

use std::fmt;

use crate::domain::text::{all_digits, compact};
use crate::strings;

/// Units people type after the number: `2小时`, `2h`.
const SUFFIXES: [&str; 4] = ["小时", "钟头", "h", "H"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoursError {
    Empty,
    NotNumber,
    Negative,
    /// More than one decimal that is not zero (1.25).
    TooPrecise,
    /// Over the limit, in tenths.
    OverMax(u32),
}

impl fmt::Display for HoursError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HoursError::Empty => f.write_str(strings::HOURS_EMPTY),
            HoursError::NotNumber => f.write_str(strings::HOURS_NOT_NUMBER),
            HoursError::Negative => f.write_str(strings::HOURS_NEGATIVE),
            HoursError::TooPrecise => f.write_str(strings::HOURS_TOO_PRECISE),
            HoursError::OverMax(max) => f.write_str(&strings::hours_over_max(&format_tenths(*max))),
        }
    }
}

impl std::error::Error for HoursError {}

/// Parses typed hours into tenths of an hour, at most `max_tenths`: `2` → 20, `1.5` → 15,
/// `0.5` and `.5` → 5, `１．５` (full-width) → 15, `2小时` → 20. `1.50` is accepted (the extra
/// decimal is zero); `1.25` is refused.
pub fn parse_tenths(input: &str, max_tenths: u32) -> Result<u32, HoursError> {
    let mut text = compact(input);
    for suffix in SUFFIXES {
        if let Some(rest) = text.strip_suffix(suffix) {
            text = rest.to_string();
            break;
        }
    }
    if text.is_empty() {
        return Err(HoursError::Empty);
    }
    if text.starts_with('-') {
        return Err(HoursError::Negative);
    }
    let (whole, frac) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text.as_str(), ""),
    };
    if (whole.is_empty() && frac.is_empty())
        || (!whole.is_empty() && !all_digits(whole))
        || (!frac.is_empty() && !all_digits(frac))
    {
        return Err(HoursError::NotNumber);
    }
    let mut decimals = frac.bytes();
    let tenth = decimals.next().map_or(0, |b| u32::from(b - b'0'));
    if decimals.any(|b| b != b'0') {
        return Err(HoursError::TooPrecise);
    }
    // Any whole part longer than the limit's is over it; this also keeps the sum in range.
    let whole = whole.trim_start_matches('0');
    let limit_digits = (max_tenths / 10).to_string().len();
    if whole.len() > limit_digits {
        return Err(HoursError::OverMax(max_tenths));
    }
    let hours: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| HoursError::NotNumber)?
    };
    let tenths = u64::from(hours) * 10 + u64::from(tenth);
    if tenths > u64::from(max_tenths) {
        return Err(HoursError::OverMax(max_tenths));
    }
    u32::try_from(tenths).map_err(|_| HoursError::OverMax(max_tenths))
}

/// Tenths of an hour with one decimal: 15 → `1.5`, 20 → `2.0`.
pub fn format_tenths(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_what_people_type() {
        for (typed, tenths) in [
            ("2", 20),
            ("1.5", 15),
            ("0.5", 5),
            (".5", 5),
            ("2.", 20),
            ("１．５", 15),
            (" 12 ", 120),
            ("2小时", 20),
            ("1.5h", 15),
            ("1.50", 15),
            ("024", 240),
            ("0", 0),
        ] {
            assert_eq!(parse_tenths(typed, 240), Ok(tenths), "{typed}");
        }
    }

    #[test]
    fn refuses_bad_or_too_many_hours() {
        for (typed, error) in [
            ("", HoursError::Empty),
            ("小时", HoursError::Empty),
            ("-1", HoursError::Negative),
            ("abc", HoursError::NotNumber),
            ("1.2.3", HoursError::NotNumber),
            (".", HoursError::NotNumber),
            ("1,5", HoursError::NotNumber),
            ("1.25", HoursError::TooPrecise),
            ("24.1", HoursError::OverMax(240)),
            ("99999999999999999999", HoursError::OverMax(240)),
        ] {
            assert_eq!(parse_tenths(typed, 240), Err(error), "{typed}");
        }
        assert_eq!(
            HoursError::OverMax(240).to_string(),
            "不能超过 24.0 小时",
            "the limit is said in hours"
        );
    }

    proptest! {
        #[test]
        fn formatting_then_parsing_gives_the_same_tenths(tenths in 0u32..100_000) {
            prop_assert_eq!(parse_tenths(&format_tenths(tenths), u32::MAX), Ok(tenths));
        }

        #[test]
        fn never_panics_and_never_exceeds_the_limit(typed in "\\PC{0,12}", max in 0u32..1000) {
            if let Ok(t) = parse_tenths(&typed, max) {
                prop_assert!(t <= max);
            }
        }
    }
}
