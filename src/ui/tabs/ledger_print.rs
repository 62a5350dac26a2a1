//! F9 on the ledger: the day's ledger printed or exported, and the month's statistics.

use chrono::NaiveDate;

use crate::ui::layer::Ctx;
use crate::ui::widgets::menu::Menu;

pub const TAG: &str = "ledger-print";

pub fn menu() -> Menu {
    Menu::new("打印导出", TAG, &["打印今日台账"])
}

pub fn run(ctx: &mut Ctx<'_>, _choice: usize, _day: NaiveDate) {
    ctx.say("WIP");
}
