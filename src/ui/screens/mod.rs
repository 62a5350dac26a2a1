//! Screens that are not a tab: first-run setup, who is at the desk, settings and its sections,
//! the person registry, the person picker and the person form. Each is a [`crate::ui::layer::Layer`].

pub mod code_choice;
pub mod codes;
pub mod filter;
pub mod form_screen;
pub mod list_screen;
pub mod operator_select;
pub mod operators;
pub mod period;
pub mod person_form;
pub mod person_picker;
pub mod person_record;
pub mod persons;
mod record_lines;
pub mod record_screen;
pub mod settings;
pub mod setup;
pub mod villages;
pub mod void_form;
