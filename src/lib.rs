//! sifa-desk: the front desk of a township judicial office (司法所) over one SQLite file.
//!
//! Layers, arrows pointing down only:
//!
//! ```text
//! main.rs / cli/     commands; opens the store; starts the TUI or runs a command
//! ui/  report/       the terminal and the printouts
//! demo               synthetic data for trying the program out (calls store)
//! store/             SQLite: open, migrations, queries, the audited write path
//! domain/            pure types and rules; no I/O
//! strings/           every user-visible Chinese text, a file per module (a leaf: imports nothing)
//! ```

pub mod cli;
pub mod demo;
pub mod domain;
pub mod report;
pub mod store;
pub mod strings;
pub mod ui;
