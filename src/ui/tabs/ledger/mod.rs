//! Tab 5, 服务台账: today's list (`register.rs`), the entry and filter forms (`forms.rs`) and
//! the printouts (`print.rs`).

mod forms;
mod print;
mod register;

pub use register::Ledger;
