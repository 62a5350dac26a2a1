//! F9 on the ledger: the day's ledger printed or exported, and the month's statistics. The
//! document is read here (a quick query); rendering, writing and printing run off the UI thread.

use chrono::{Datelike, NaiveDate};

use crate::report::output::{font, print_file, target};
use crate::report::{Format, ledger, write_file};
use crate::store::settings;
use crate::strings as s;
use crate::ui::layer::Ctx;
use crate::ui::widgets::menu::Menu;

pub const TAG: &str = "ledger-print";

/// The menu, naming the day the ledger lines print.
pub fn menu(day: NaiveDate) -> Menu {
    let items = s::report_menu(&crate::domain::format_date(day));
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    Menu::new(s::REPORT_MENU_TITLE, TAG, &items)
}

/// What each menu line makes: (monthly?, format).
const CHOICES: [(bool, Format); 7] = [
    (false, Format::Pdf),
    (false, Format::Xlsx),
    (false, Format::Csv),
    (false, Format::Txt),
    (true, Format::Pdf),
    (true, Format::Xlsx),
    (true, Format::Csv),
];

/// Makes the chosen printout of `day` (or its month) in the background.
pub fn run(ctx: &mut Ctx<'_>, choice: usize, day: NaiveDate) {
    let Some(&(monthly, format)) = CHOICES.get(choice) else {
        return;
    };
    let office = ctx.store.office_code().to_string();
    let made = if monthly {
        let first = day.with_day(1).unwrap_or(day);
        ledger::monthly(ctx.store, &office, first).map(|d| (d, first.format("%Y-%m").to_string()))
    } else {
        ledger::daily(ctx.store, &office, day, false)
            .map(|d| (d, day.format("%Y-%m-%d").to_string()))
    };
    let prefs = settings::preferences(ctx.store);
    let ((doc, period), prefs) = match (made, prefs) {
        (Ok(made), Ok(prefs)) => (made, prefs),
        (Err(e), _) | (_, Err(e)) => {
            ctx.say(e.to_string());
            return;
        }
    };
    let path = target(None, &prefs, &doc, &period, format);
    let font = font(&prefs);
    ctx.spawn(s::REPORT_WORKING, move || {
        write_file(&doc, format, &path, font.as_deref()).map_err(|e| e.to_string())?;
        if prefs.printing && format == Format::Pdf {
            print_file(&path, &prefs.printer)
        } else {
            Ok(s::report_saved(&path.display().to_string()))
        }
    });
}
