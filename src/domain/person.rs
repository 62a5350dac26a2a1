//! Validation of a person (party to a dispute) entered in a form.

use chrono::NaiveDate;

use crate::domain::dates::{format_date, parse_date};
use crate::domain::id_number::{Gender, IdNumber};
use crate::domain::phone::parse_phone;
use crate::domain::validation::{FieldError, FieldErrors, check_text_len, require};
use crate::strings;

pub const NAME_MAX_CHARS: usize = 20;
pub const ADDRESS_MAX_CHARS: usize = 100;

/// Separator dot used in transliterated names (e.g. 买买提·艾力).
const NAME_DOT: char = '·';
/// Look-alike dots that IMEs produce instead of [`NAME_DOT`].
const NAME_DOT_VARIANTS: [char; 5] = ['•', '・', '．', '.', '﹒'];

/// Raw text as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonInput {
    pub name: String,
    pub id_number: String,
    /// "男", "女" or "" (unknown).
    pub gender: String,
    pub birth_date: String,
    pub ethnicity: String,
    pub phone: String,
    pub address: String,
}

/// A validated person; text fields are trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPerson {
    pub name: String,
    pub id_number: Option<IdNumber>,
    /// Derived from the ID number when one is given.
    pub gender: Option<Gender>,
    /// Derived from the ID number when one is given.
    pub birth_date: Option<NaiveDate>,
    pub ethnicity: String,
    pub phone: Option<String>,
    pub address: String,
}

/// Trims a name and replaces look-alike dots with `·`.
fn normalize_name(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| {
            if NAME_DOT_VARIANTS.contains(&c) {
                NAME_DOT
            } else {
                c
            }
        })
        .collect()
}

/// No one alive was born before this day: an earlier date is a typing slip (1090 for 1990).
pub const EARLIEST_BIRTH: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Validates every field and collects all errors (not just the first).
/// Error keys: "name", "id_number", "gender", "birth_date", "phone", "address".
pub fn validate_person(input: &PersonInput, today: NaiveDate) -> Result<ValidPerson, FieldErrors> {
    let mut errors = FieldErrors::new();

    let name = normalize_name(&input.name);
    errors.extend(require("name", &name));
    errors.extend(check_text_len("name", &name, NAME_MAX_CHARS));

    let id_text = input.id_number.trim();
    let id_number = if id_text.is_empty() {
        None
    } else {
        IdNumber::parse(id_text, today)
            .map_err(|e| errors.push(FieldError::new("id_number", e.to_string())))
            .ok()
    };

    let typed_gender = match input.gender.trim() {
        "" => None,
        label => {
            let parsed = Gender::from_label(label);
            if parsed.is_none() {
                errors.push(FieldError::new("gender", strings::GENDER_INVALID));
            }
            parsed
        }
    };

    let typed_birth = match input.birth_date.trim() {
        "" => None,
        text => match parse_date(text) {
            Ok(d) if d > today => {
                errors.push(FieldError::new("birth_date", strings::BIRTH_DATE_IN_FUTURE));
                None
            }
            Ok(d) if d < EARLIEST_BIRTH => {
                errors.push(FieldError::new("birth_date", strings::BIRTH_DATE_TOO_EARLY));
                None
            }
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(FieldError::new("birth_date", e.to_string()));
                None
            }
        },
    };

    let (gender, birth_date) = match &id_number {
        Some(id) => {
            let (id_gender, id_birth) = (id.gender(), id.birth_date());
            if typed_gender.is_some_and(|g| g != id_gender) {
                let msg = strings::gender_conflicts_with_id(id_gender.label());
                errors.push(FieldError::new("gender", msg));
            }
            if typed_birth.is_some_and(|d| d != id_birth) {
                let msg = strings::birth_date_conflicts_with_id(&format_date(id_birth));
                errors.push(FieldError::new("birth_date", msg));
            }
            (Some(id_gender), Some(id_birth))
        }
        None => (typed_gender, typed_birth),
    };

    let phone = match input.phone.trim() {
        "" => None,
        text => parse_phone(text)
            .map_err(|e| errors.push(FieldError::new("phone", e.to_string())))
            .ok(),
    };

    let address = input.address.trim().to_string();
    errors.extend(check_text_len("address", &address, ADDRESS_MAX_CHARS));

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidPerson {
        name,
        id_number,
        gender,
        birth_date,
        ethnicity: input.ethnicity.trim().to_string(),
        phone,
        address,
    })
}

#[cfg(test)]
#[path = "person_tests.rs"]
mod tests;
