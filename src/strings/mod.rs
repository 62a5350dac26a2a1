//! Every user-visible text, in Simplified Chinese. A leaf module: it imports nothing, so every
//! layer may use it. Code, identifiers and logs stay English.
//!
//! One file per module or concern; every text is reached as `strings::NAME`.

mod cli;
mod common;
mod corrections;
mod corrections_demo;
mod corrections_report;
mod corrections_rules;
mod disputes;
mod domain;
mod grid;
mod kit;
mod ledger;
mod lists;
mod persons;
mod records;
mod report;
mod settings;
mod shell;

pub use cli::*;
pub use common::*;
pub use corrections::*;
pub use corrections_demo::*;
pub use corrections_report::*;
pub use corrections_rules::*;
pub use disputes::*;
pub use domain::*;
pub use grid::*;
pub use kit::*;
pub use ledger::*;
pub use lists::*;
pub use persons::*;
pub use records::*;
pub use report::*;
pub use settings::*;
pub use shell::*;
