//! F9 on the corrections register: placeholder replaced by the report branch.

use chrono::NaiveDate;

use crate::ui::print::Printout;

pub fn printouts(_office_code: &str, _selected: Option<i64>, _today: NaiveDate) -> Vec<Printout> {
    Vec::new()
}
