//! Pure domain layer: parsing, validation and formatting of what users type.
//! No I/O, no database, no UI.

pub mod coded;
pub mod corrections;
pub mod dates;
pub mod dispute;
pub mod hours;
pub mod id_number;
pub mod ledger;
pub mod module;
pub mod money;
pub mod office;
pub mod person;
pub mod phone;
pub mod pinyin;
pub mod text;
pub mod validation;

pub use self::dates::{
    DateError, format_date, format_month, parse_date, parse_datetime_minute, parse_month,
};
pub use self::hours::{HoursError, format_tenths, parse_tenths};
pub use self::id_number::{Gender, IdError, IdNumber, check_char, mask_id};
pub use self::money::{CountError, MoneyError, format_fen, parse_count, parse_yuan};
pub use self::person::{PersonInput, ValidPerson, validate_person};
pub use self::phone::{PhoneError, mask_phone, parse_phone};
pub use self::pinyin::{NameKeys, Query, classify_query, name_keys, surname_then_initials};
pub use self::validation::{FieldError, FieldErrors, check_text_len, require};
