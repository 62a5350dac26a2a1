//! Tab 5, 服务台账: today's ledger newest first with the day's totals; F2 a new entry, Enter
//! to edit one, F8 to void it, F3 to filter, F9 to print.
//!
//! ```text
//! ┌ 服务台账 ──────────────────────────────────────────────────────────┐
//! │ 今日 2026-11-29 共 12 条：法律咨询 8 · 法律援助 2 · 人民调解 2     │  header
//! │   时间        渠道 服务类型 来访人   事项类别 处理结果 摘要          │
//! │ ▶ 11-29 10:05 窗口 法律咨询 张三     劳动     当场解答 咨询拖欠…    │
//! └────────────────────────────────────────────────────────────────────┘
//! ```

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;

use super::forms::{entry_form, filter_form};
use super::print as ledger_print;
use crate::domain::format_date;
use crate::store::ledger::{self, Filter};
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::{Clock, Ctx, Layer, LayerResult};
use crate::ui::screens::list_screen::{ListSource, VoidFn};
use crate::ui::widgets::table::{Column, TableRow};

pub struct Ledger {
    clock: Clock,
    /// The day "today's list" is of; it moves on when the clock passes midnight.
    today: NaiveDate,
    /// Shared with the filter form, which writes it.
    filter: Rc<RefCell<Filter>>,
    totals: (i64, Vec<(String, i64)>),
}

impl Ledger {
    pub fn new(store: &Store, clock: Clock) -> Self {
        let today = clock.now().date();
        Ledger {
            clock,
            today,
            filter: Rc::new(RefCell::new(Filter::day(store.office_code(), today))),
            totals: (0, Vec::new()),
        }
    }

    /// The day F9 prints: the filter's last day (today unless filtered).
    fn print_day(&self) -> NaiveDate {
        let today = self.clock.now().date();
        let f = self.filter.borrow();
        if self.is_today_only() { today } else { f.to }
    }

    fn is_today_only(&self) -> bool {
        *self.filter.borrow() == Filter::day(&self.filter.borrow().office_code, self.today)
    }
}

/// "11-29 10:05" from "2026-11-29 10:05".
fn short_time(served_at: &str) -> &str {
    served_at.get(5..).unwrap_or(served_at)
}

impl ListSource for Ledger {
    fn title(&self) -> String {
        s::LEDGER_TITLE.to_string()
    }

    fn paged(&self) -> bool {
        true
    }

    fn offers(&self, action: Action) -> bool {
        // F4 has no actions in the ledger.
        action != Action::Actions
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            Column::new(s::LEDGER_COL_TIME, 11),
            Column::new(s::LEDGER_COL_CHANNEL, 4),
            Column::new(s::LEDGER_COL_SERVICE, 8),
            Column::new(s::LEDGER_COL_VISITOR, 8),
            Column::new(s::LEDGER_COL_MATTER, 8),
            Column::new(s::LEDGER_COL_OUTCOME, 8),
            Column::new(s::LEDGER_COL_SUMMARY, 0),
        ]
    }

    fn load(&self, store: &Store, cursor: Cursor, limit: usize) -> store::Result<Vec<TableRow>> {
        let rows = ledger::page(store, &self.filter.borrow(), cursor, limit)?;
        Ok(rows
            .into_iter()
            .map(|e| TableRow {
                id: e.id,
                cells: vec![
                    short_time(&e.served_at).to_string(),
                    e.channel,
                    e.service,
                    e.visitor,
                    e.matter,
                    e.outcome,
                    e.summary,
                ],
                dim: false,
            })
            .collect())
    }

    fn refresh(&mut self, store: &Store) -> store::Result<()> {
        let today = self.clock.now().date();
        if today != self.today {
            if self.is_today_only() {
                let office = self.filter.borrow().office_code.clone();
                *self.filter.borrow_mut() = Filter::day(&office, today);
            }
            self.today = today;
        }
        self.totals = ledger::totals(store, &self.filter.borrow())?;
        Ok(())
    }

    fn header(&self) -> Option<String> {
        let f = self.filter.borrow();
        let period = if self.is_today_only() {
            s::ledger_today(&format_date(self.today))
        } else if f.from == f.to {
            format_date(f.from)
        } else {
            s::ledger_range(&format_date(f.from), &format_date(f.to))
        };
        let by_service: Vec<String> = self
            .totals
            .1
            .iter()
            .map(|(label, n)| format!("{label} {n}"))
            .collect();
        let filtered = if self.is_today_only() {
            ""
        } else {
            s::LEDGER_FILTERED
        };
        Some(s::ledger_header(
            &period,
            self.totals.0,
            &by_service.join("，"),
            filtered,
        ))
    }

    fn empty(&self) -> &'static str {
        if self.is_today_only() {
            s::LEDGER_EMPTY_TODAY
        } else {
            s::LEDGER_EMPTY_FILTER
        }
    }

    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(entry_form(ctx, None)?)))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(entry_form(ctx, Some(id))?)))
    }

    fn search(&mut self, ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        match filter_form(ctx, Rc::clone(&self.filter)) {
            Ok(form) => Some(Box::new(form)),
            Err(e) => {
                ctx.say(e.to_string());
                None
            }
        }
    }

    fn voider(&self) -> Option<VoidFn> {
        Some(ledger::void)
    }

    fn print(&mut self, _ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        Some(Box::new(ledger_print::menu(self.print_day())))
    }

    fn on_result(&mut self, result: &LayerResult, ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        match result {
            LayerResult::Chosen(ledger_print::TAG, choice) => {
                ledger_print::run(ctx, *choice, self.print_day());
            }
            // A new entry goes to the top of today's list, whatever was filtered before.
            LayerResult::Created(_) => {
                self.today = self.clock.now().date();
                let office = self.filter.borrow().office_code.clone();
                *self.filter.borrow_mut() = Filter::day(&office, self.today);
            }
            _ => {}
        }
        None
    }

    /// Esc clears a filter and goes back to today.
    fn back(&mut self) -> bool {
        if self.is_today_only() {
            return false;
        }
        let office = self.filter.borrow().office_code.clone();
        *self.filter.borrow_mut() = Filter::day(&office, self.today);
        true
    }
}
