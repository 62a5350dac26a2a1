//! Mobile and landline phone numbers (mainland China).

use std::fmt;

use crate::domain::text::{all_digits, compact, mask_middle};
use crate::strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    Invalid,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PhoneError::Empty => strings::PHONE_EMPTY,
            PhoneError::Invalid => strings::PHONE_INVALID,
        })
    }
}

impl std::error::Error for PhoneError {}

/// Mobile number: `1[3-9]` followed by nine digits.
fn is_mobile(s: &str) -> bool {
    s.len() == 11 && all_digits(s) && matches!(s.as_bytes(), [b'1', b'3'..=b'9', ..])
}

/// Area code: `0` followed by 2 or 3 digits.
fn is_area_code(s: &str) -> bool {
    (3..=4).contains(&s.len()) && all_digits(s) && s.starts_with('0')
}

/// Local landline number: 7 or 8 digits.
fn is_local_number(s: &str) -> bool {
    (7..=8).contains(&s.len()) && all_digits(s)
}

/// Landline as area code + optional `-` + local number.
fn is_landline(s: &str) -> bool {
    match s.split_once('-') {
        Some((area, local)) => is_area_code(area) && is_local_number(local),
        // Without a dash, some split into a 3-4 digit area code and a
        // 7-8 digit local number must exist: 10 to 12 digits starting with 0.
        None => all_digits(s) && s.starts_with('0') && (10..=12).contains(&s.len()),
    }
}

/// Validates a typed phone number and returns it as stored: whitespace
/// removed and full-width characters folded, otherwise as typed.
pub fn parse_phone(input: &str) -> Result<String, PhoneError> {
    let text = compact(input);
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    if is_mobile(&text) || is_landline(&text) {
        Ok(text)
    } else {
        Err(PhoneError::Invalid)
    }
}

/// Length of the area code of an undashed landline: 3 for Beijing (010) and
/// the 02x cities, 4 for everywhere else.
fn area_code_len(digits: &str) -> usize {
    if digits.starts_with("01") || digits.starts_with("02") {
        3
    } else {
        4
    }
}

/// `0797-***4567`: area code, then the local number with all but its last
/// four digits hidden.
fn mask_landline(area: &str, local: &str) -> String {
    format!("{area}-{}", mask_middle(local, 0, 4))
}

/// Masks a stored phone number for display: mobile `138****5678`, landline
/// `0797-***4567`; anything else keeps its first and last two characters.
pub fn mask_phone(stored: &str) -> String {
    if is_mobile(stored) {
        return mask_middle(stored, 3, 4);
    }
    if is_landline(stored) {
        let (area, local) = match stored.split_once('-') {
            Some(parts) => parts,
            None => stored.split_at(area_code_len(stored)),
        };
        return mask_landline(area, local);
    }
    mask_middle(stored, 2, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_mobiles() {
        assert_eq!(parse_phone("13800138000"), Ok("13800138000".into()));
        assert_eq!(parse_phone(" 138 0013 8000 "), Ok("13800138000".into()));
        assert_eq!(
            parse_phone("１９９１２３４５６７８"),
            Ok("19912345678".into())
        );
    }

    #[test]
    fn accepts_landlines() {
        for ok in [
            "0797-1234567",
            "010-12345678",
            "07971234567",
            "0797 - 1234567",
        ] {
            assert!(parse_phone(ok).is_ok(), "{ok}");
        }
        assert_eq!(parse_phone("0797 1234567"), Ok("07971234567".into()));
    }

    #[test]
    fn rejects_bad_numbers() {
        assert_eq!(parse_phone(""), Err(PhoneError::Empty));
        assert_eq!(parse_phone("  "), Err(PhoneError::Empty));
        for bad in [
            "12800138000",
            "1380013800",
            "138001380001",
            "0797-123456",
            "0797-123456789",
            "797-1234567",
            "07-1234567",
            "07971-1234567",
            "0797-12a4567",
            "0797--1234567",
            "abc",
            "1234567",
        ] {
            assert_eq!(parse_phone(bad), Err(PhoneError::Invalid), "{bad}");
        }
    }

    #[test]
    fn message_is_chinese() {
        assert!(PhoneError::Invalid.to_string().contains("0797-1234567"));
    }

    #[test]
    fn masks() {
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_phone("0797-1234567"), "0797-***4567");
        assert_eq!(mask_phone("010-12345678"), "010-****5678");
        assert_eq!(mask_phone("07971234567"), "0797-***4567");
        assert_eq!(mask_phone("01012345678"), "010-****5678");
        assert_eq!(mask_phone(""), "");
        assert_eq!(mask_phone("123"), "***");
        assert_eq!(mask_phone("电话123456"), "电话****56");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,20}") {
            let _ = parse_phone(&s);
            let _ = mask_phone(&s);
        }
    }
}
