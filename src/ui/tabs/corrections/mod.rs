//! Tab 3, 社区矫正: the register of subjects (`register.rs`), one subject's record
//! (`record.rs`, its sections in `sections.rs`), its forms (`forms.rs`, `steps.rs`), a month's check-ins in one sitting and the
//! month lock (`month.rs`), the office's alerts and the collective 宣告 (`alerts.rs`), and the
//! printouts (`print.rs`).
//!
//! Minors' names are masked everywhere but their own record (社区矫正法 art. 54); no list
//! shows a whole ID number.

use chrono::NaiveDate;

use crate::domain::corrections::{Category, Level};
use crate::store::corrections::CorrectionRow;
use crate::strings as s;

mod alerts;
mod forms;
mod month;
mod print;
mod record;
mod register;
mod sections;
pub mod settings;
mod steps;

pub use register::Corrections;

/// The name a list may show: a minor's is masked (张某).
pub fn shown_name(name: &str, minor: bool) -> String {
    if minor {
        s::corr_minor_name(name.chars().next().unwrap_or('某'))
    } else {
        name.to_string()
    }
}

/// The row's name as lists show it.
pub fn row_name(row: &CorrectionRow) -> String {
    shown_name(&row.name, row.minor)
}

/// A category short enough for a column (暂予监外执行 → 暂外).
pub fn category_short(c: Category) -> &'static str {
    match c {
        Category::Outside => s::CORR_CAT_OUTSIDE_SHORT,
        other => other.label(),
    }
}

/// "26.03.02–27.03.01": a term in 17 columns.
pub fn term_short(start: NaiveDate, end: NaiveDate) -> String {
    format!("{}–{}", start.format("%y.%m.%d"), end.format("%y.%m.%d"))
}

/// Choice labels of a level list.
pub fn level_labels() -> Vec<String> {
    Level::labels()
}
