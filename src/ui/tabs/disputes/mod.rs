//! Tab 1, 纠纷受理: the register (`register.rs`), a case whole (`case.rs`), the intake and
//! filter forms (`forms.rs`), the step forms (`step_forms.rs`) and the printouts (`print.rs`).

use chrono::NaiveDate;

use crate::domain::dispute::{Flag, flag};
use crate::store::disputes::DisputeRow;
use crate::strings as s;

mod case;
mod forms;
mod orgs;
mod print;
mod register;
mod step_forms;

pub use register::Disputes;

/// "张三 诉 李四" (both sides, names only).
pub fn parties(row: &DisputeRow) -> String {
    s::dispute_parties(&row.applicants, &row.respondents)
}

/// The register's deadline column: 剩N天 / 逾期N天 / "".
pub fn flag_text(row: &DisputeRow, today: NaiveDate) -> String {
    match flag(&row.state, today) {
        Flag::None => String::new(),
        other => other.label(),
    }
}
