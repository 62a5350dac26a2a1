//! F9 on the disputes: the 受理登记表 of the selected case, this month's register and this
//! month's statistics. The document is read here (a quick query); rendering, writing and
//! printing run off the UI thread.

use chrono::{Datelike, NaiveDate};

use crate::report::output::{font, print_file, target};
use crate::report::{Format, disputes, write_file};
use crate::store::settings;
use crate::strings as s;
use crate::ui::layer::Ctx;
use crate::ui::widgets::menu::Menu;

pub const TAG: &str = "dispute-print";

pub fn menu() -> Menu {
    Menu::new(s::DREPORT_MENU_TITLE, TAG, &s::DREPORT_MENU)
}

#[derive(Clone, Copy)]
enum Which {
    Form,
    Register,
    Monthly,
}

/// What each menu line makes.
const CHOICES: [(Which, Format); 7] = [
    (Which::Form, Format::Pdf),
    (Which::Register, Format::Pdf),
    (Which::Register, Format::Xlsx),
    (Which::Register, Format::Csv),
    (Which::Monthly, Format::Pdf),
    (Which::Monthly, Format::Xlsx),
    (Which::Monthly, Format::Csv),
];

/// Makes the chosen printout in the background: of the case `selected`, or of `today`'s month.
pub fn run(ctx: &mut Ctx<'_>, choice: usize, selected: Option<i64>, today: NaiveDate) {
    let Some(&(which, format)) = CHOICES.get(choice) else {
        return;
    };
    let office = ctx.store.office_code().to_string();
    let first = today.with_day(1).unwrap_or(today);
    let month = first.format("%Y-%m").to_string();
    let made = match which {
        Which::Form => {
            let Some(id) = selected else {
                ctx.say(s::MSG_NOTHING_SELECTED);
                return;
            };
            disputes::register_form(ctx.store, id, false).map(|d| {
                let period = d.period.clone();
                (d, period)
            })
        }
        Which::Register => {
            let last = first
                .checked_add_months(chrono::Months::new(1))
                .and_then(|d| d.pred_opt())
                .unwrap_or(today);
            disputes::register(ctx.store, &office, first, last, false).map(|d| (d, month))
        }
        Which::Monthly => disputes::monthly(ctx.store, &office, first).map(|d| (d, month)),
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
