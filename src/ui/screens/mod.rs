//! Screens that are not a tab: first-run setup, who is at the desk, settings and its sections,
//! the person registry and its form. Each is a [`crate::ui::layer::Layer`].

pub mod code_choice;
pub mod codes;
pub mod form_screen;
pub mod list_screen;
pub mod operator_select;
pub mod operators;
pub mod person_form;
pub mod persons;
pub mod settings;
pub mod setup;
pub mod villages;
