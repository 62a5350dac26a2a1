//! The office (司法所) as typed in the setup form or `init`, and its checks.

use super::money::parse_count;
use super::validation::{FieldError, FieldErrors, check_text_len, require};
use crate::strings;

/// Raw text as typed.
#[derive(Debug, Clone, Default)]
pub struct OfficeInput {
    pub name: String,
    pub code: String,
    pub county: String,
    pub population: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOffice {
    pub name: String,
    pub code: String,
    pub county: String,
    pub population: i64,
}

pub const NAME_MAX: usize = 30;
pub const CODE_MAX: usize = 20;

/// Checks every field and reports all errors at once.
pub fn validate_office(input: &OfficeInput) -> Result<ValidOffice, FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = input.name.trim();
    let code = input.code.trim();
    let county = input.county.trim();
    errors.extend(require("name", name).or_else(|| check_text_len("name", name, NAME_MAX)));
    errors.extend(require("code", code).or_else(|| {
        if !code.chars().all(|c| c.is_ascii_alphanumeric()) || code.len() > CODE_MAX {
            Some(FieldError {
                field: "code",
                message: strings::ERR_OFFICE_CODE.to_string(),
            })
        } else {
            None
        }
    }));
    errors.extend(check_text_len("county", county, NAME_MAX));
    let population = match input.population.trim() {
        "" => 0,
        p => match parse_count(p) {
            Ok(n) => i64::from(n),
            Err(e) => {
                errors.push(FieldError {
                    field: "population",
                    message: e.to_string(),
                });
                0
            }
        },
    };
    if errors.is_empty() {
        Ok(ValidOffice {
            name: name.to_string(),
            code: code.to_ascii_uppercase(),
            county: county.to_string(),
            population,
        })
    } else {
        Err(errors)
    }
}

/// A short name (an operator, a village, a code-list entry): required, at most `max` characters.
pub fn validate_name(name: &str, max: usize) -> Result<String, FieldError> {
    let name = name.trim();
    match require("name", name).or_else(|| check_text_len("name", name, max)) {
        Some(e) => Err(e),
        None => Ok(name.to_string()),
    }
}

/// A new office (first-run setup, `init`): as [`validate_office`], and the code must be the
/// township's administrative division code — 9 digits (360726101) or the 12-digit statistics
/// code. Files set up before this rule keep the code they have.
pub fn validate_new_office(input: &OfficeInput) -> Result<ValidOffice, FieldErrors> {
    let code = input.code.trim();
    let division =
        (code.len() == 9 || code.len() == 12) && code.chars().all(|c| c.is_ascii_digit());
    match validate_office(input) {
        Ok(_) if !division => Err(vec![FieldError::new("code", strings::ERR_NEW_OFFICE_CODE)]),
        Err(mut errors) if !division && !code.is_empty() => {
            if !errors.iter().any(|e| e.field == "code") {
                errors.push(FieldError::new("code", strings::ERR_NEW_OFFICE_CODE));
                errors.sort_by_key(|e| {
                    ["name", "code", "county", "population"]
                        .iter()
                        .position(|f| *f == e.field)
                });
            }
            Err(errors)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, code: &str, population: &str) -> OfficeInput {
        OfficeInput {
            name: name.into(),
            code: code.into(),
            county: "安远县".into(),
            population: population.into(),
        }
    }

    #[test]
    fn a_good_office_passes() {
        let v = validate_office(&input("版石镇司法所", "360726101", "52000")).unwrap();
        assert_eq!(v.population, 52000);
        assert_eq!(v.code, "360726101");
    }

    #[test]
    fn all_errors_are_reported_at_their_fields() {
        let errors = validate_office(&input("", "36 07", "-5")).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "code", "population"]);
    }

    #[test]
    fn a_new_office_has_a_division_code_of_9_or_12_digits() {
        for good in ["360726101", "360726101000", " 360726101 "] {
            assert!(
                validate_new_office(&input("版石镇司法所", good, "")).is_ok(),
                "{good}"
            );
        }
        for bad in ["999", "36072610", "ABC726101", "3607261010"] {
            let errors = validate_new_office(&input("版石镇司法所", bad, "")).unwrap_err();
            assert_eq!(errors[0].field, "code", "{bad}");
            assert!(errors[0].message.contains("9位"), "{bad}");
        }
        // An existing file's code is not held to it.
        assert!(validate_office(&input("版石镇司法所", "999", "")).is_ok());
    }
}
