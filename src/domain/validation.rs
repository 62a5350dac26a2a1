//! Per-field validation errors for input forms.

use crate::strings;

/// One problem with one form field. `field` is a stable key such as
/// `"name"`; `message` is Chinese text shown next to that field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<String>) -> FieldError {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

pub type FieldErrors = Vec<FieldError>;

/// Error when `value` has more than `max_chars` characters (counted as
/// Unicode scalar values, so one Chinese character counts as one).
pub fn check_text_len(field: &'static str, value: &str, max_chars: usize) -> Option<FieldError> {
    let count = value.chars().count();
    (count > max_chars).then(|| FieldError::new(field, strings::text_too_long(max_chars, count)))
}

/// Error when `value` is empty or only whitespace.
pub fn require(field: &'static str, value: &str) -> Option<FieldError> {
    value
        .trim()
        .is_empty()
        .then(|| FieldError::new(field, strings::REQUIRED))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_length() {
        assert_eq!(check_text_len("address", "张三", 2), None);
        let err = check_text_len("address", "张三丰", 2).unwrap();
        assert_eq!(err.field, "address");
        assert_eq!(err.message, "不能超过2个字，现有3个字");
    }

    #[test]
    fn required() {
        assert_eq!(require("name", "张"), None);
        let err = require("name", " \u{3000}").unwrap();
        assert_eq!((err.field, err.message.as_str()), ("name", "必填"));
    }
}
