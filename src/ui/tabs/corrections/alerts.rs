//! F4 → 预警清单: every subject of the office with an alert today, the most urgent term first;
//! Enter opens the record. F4 → 集中宣告: last month's new entrants not yet announced, and the
//! day of the collective 宣告 that sets their 入矫宣告 date.

use std::cell::RefCell;

use crate::domain::corrections::month_of;
use crate::domain::{format_date, format_month};
use crate::store::corrections::{self, AlertRow};
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::layer::{Clock, Ctx, Layer, LayerResult};
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::screens::list_screen::{ListScreen, ListSource};
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::table::{Column, TableRow};

use super::record::SubjectScreen;
use super::{category_short, row_name};

pub struct Alerts {
    clock: Clock,
    /// Read by `load`, kept for the header.
    count: RefCell<usize>,
}

pub fn alert_list(store: &Store, clock: Clock) -> ListScreen<Alerts> {
    ListScreen::new(
        Alerts {
            clock,
            count: RefCell::new(0),
        },
        store,
    )
}

fn rows_of(alerts: &[AlertRow]) -> Vec<TableRow> {
    alerts
        .iter()
        .map(|a| TableRow {
            id: a.row.id,
            cells: vec![
                row_name(&a.row),
                category_short(a.row.facts.category).to_string(),
                a.row.facts.level.label().to_string(),
                a.alerts
                    .iter()
                    .map(|x| x.kind.label())
                    .collect::<Vec<_>>()
                    .join("；"),
            ],
            dim: false,
        })
        .collect()
}

impl ListSource for Alerts {
    fn title(&self) -> String {
        s::CORR_ALERTS_TITLE.to_string()
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            Column::new(s::CORR_COL_NAME, 8),
            Column::new(s::CORR_COL_CATEGORY, 4),
            Column::new(s::CORR_COL_LEVEL, 4),
            Column::new(s::CORR_COL_ALERTS, 0),
        ]
    }

    fn load(&self, store: &Store, _cursor: Cursor, _limit: usize) -> store::Result<Vec<TableRow>> {
        let settings = corrections::settings(store)?;
        let today = self.clock.now().date();
        let alerts = corrections::alerts(store, store.office_code(), today, &settings)?;
        *self.count.borrow_mut() = alerts.len();
        Ok(rows_of(&alerts))
    }

    fn header(&self) -> Option<String> {
        Some(s::corr_alerts_header(
            &format_date(self.clock.now().date()),
            *self.count.borrow(),
        ))
    }

    fn empty(&self) -> &'static str {
        s::CORR_NO_ALERTS
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(SubjectScreen::open(
            ctx.store,
            id,
            self.clock.clone(),
        )?)))
    }
}

/// 集中宣告: last month's entrants not yet announced, announced together on one day.
pub fn announce_form(ctx: &mut Ctx<'_>) -> FormScreen {
    let this = month_of(ctx.today());
    let last = this
        .checked_sub_months(chrono::Months::new(1))
        .unwrap_or(this);
    let office = ctx.store.office_code().to_string();
    // Adults only: a minor is announced apart (社区矫正法 art. 54), on the minor's own record.
    let (ids, names) = match corrections::new_entrants(ctx.store, &office, last, true) {
        Ok(rows) => {
            let rows: Vec<_> = rows
                .into_iter()
                .filter(|r| r.facts.status == crate::domain::corrections::Status::Active)
                .filter(|r| !r.minor)
                .collect();
            let names: Vec<String> = rows.iter().map(row_name).collect();
            (rows.iter().map(|r| r.id).collect::<Vec<i64>>(), names)
        }
        Err(e) => {
            ctx.say(e.to_string());
            (Vec::new(), Vec::new())
        }
    };
    let who = if names.is_empty() {
        s::CORR_ANNOUNCE_NOBODY.to_string()
    } else {
        s::corr_announce_who(&names.join("、"), names.len())
    };
    let form = Form::new(
        s::corr_announce_title(&format_month(last)),
        vec![
            Field::fixed("who", s::CORR_ANNOUNCE_WHO, &who),
            Field::date("on", s::CORR_F_ANNOUNCED)
                .required()
                .value(&format_date(ctx.today())),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        if ids.is_empty() {
            form.set_error("on", s::CORR_ANNOUNCE_NOBODY);
            return Saving::Invalid;
        }
        let on = match crate::domain::parse_date(form.text("on")) {
            Ok(d) if d > ctx.today() => {
                form.set_error("on", s::CORR_FUTURE_DATE);
                return Saving::Invalid;
            }
            Ok(d) => d,
            Err(e) => {
                form.set_error("on", &e.to_string());
                return Saving::Invalid;
            }
        };
        match corrections::announce(ctx.store, &ids, on) {
            Ok(n) => {
                ctx.say(s::corr_announced(n));
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    FormScreen::new(form, Box::new(save))
}
